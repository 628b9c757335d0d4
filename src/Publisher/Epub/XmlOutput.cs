using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Publisher.Epub;

/// <summary>Serializes XML documents the same way every time: UTF-8 without BOM, LF line ends.</summary>
internal static class XmlOutput
{
    /// <summary>
    /// The document's bytes. XHTML content must not be indented: whitespace between inline elements is significant.
    /// </summary>
    public static byte[] ToBytes(XDocument document, bool indent)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = indent,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Text without the characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string CleanText(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
