using System.Xml;
using Publisher.Document;

namespace Publisher.Pdf.Layout;

/// <summary>The characters an SVG image may draw as text, so the font subsets its text is drawn with include them.</summary>
internal static class SvgTextCharacters
{
    /// <summary>Every code point in the image's character data, outside style sheets and scripts; none when it is not XML.</summary>
    public static IEnumerable<int> Of(byte[] svg)
    {
        var codepoints = new HashSet<int>();
        var settings = SafeXml.ReaderSettings();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "style" or "script" && !reader.IsEmptyElement)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                {
                    foreach (var rune in reader.Value.EnumerateRunes())
                    {
                        codepoints.Add(rune.Value);
                    }
                }
            }
        }
        catch (XmlException)
        {
            // The image was checked when the book was loaded; a file that is not XML draws no text.
        }

        return codepoints;
    }
}
