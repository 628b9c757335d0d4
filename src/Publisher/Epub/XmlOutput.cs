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
}
