using System.Globalization;
using System.Security;
using System.Text;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// The document's XMP metadata packet, written by us rather than by PDFsharp so that it says what a PDF/UA-1 file
/// must (<c>pdfuaid:part 1</c>, <c>dc:title</c>, <c>dc:language</c>) and carries the document's own IDs: the same
/// book always gives the same bytes. It is stored uncompressed, as metadata should be, for tools that read it without
/// parsing the PDF.
/// </summary>
internal static class XmpMetadata
{
    /// <summary>
    /// Writes <paramref name="pdf"/> (as PDFsharp saved it) to <paramref name="output"/> with its XMP packet replaced
    /// by <paramref name="packet"/>. PDFsharp makes its own packet as it saves, without pdfuaid, and writes that stream
    /// as the last object before the cross-reference table: replacing it moves no other object, so only the
    /// <c>startxref</c> offset changes.
    /// </summary>
    public static void WriteWithPacket(ReadOnlySpan<byte> pdf, string packet, Stream output)
    {
        var begin = pdf.LastIndexOf("<?xpacket begin="u8);
        var dictionary = begin < 0 ? -1 : pdf[..begin].LastIndexOf("<</Type/Metadata"u8);
        var end = begin < 0 ? -1 : pdf[begin..].IndexOf("\nendstream\nendobj\nxref\n"u8);
        var startXref = pdf.LastIndexOf("startxref\n"u8);
        if (dictionary < 0 || end < 0 || startXref < 0)
        {
            throw new InvalidOperationException("PDFsharp no longer writes its XMP packet as the file's last object");
        }

        var xref = begin + end + "\nendstream\nendobj\n".Length;
        var numberStart = startXref + "startxref\n".Length;
        var numberEnd = numberStart + pdf[numberStart..].IndexOf((byte)'\n');
        var bytes = Encoding.UTF8.GetBytes(packet);
        var head = Encoding.ASCII.GetBytes($"<</Type/Metadata/Subtype/XML/Length {bytes.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n");
        var tail = "\nendstream\nendobj\n"u8;
        var newXref = dictionary + head.Length + bytes.Length + tail.Length;

        output.Write(pdf[..dictionary]);
        output.Write(head);
        output.Write(bytes);
        output.Write(tail);
        output.Write(pdf[xref..numberStart]);
        output.Write(Encoding.ASCII.GetBytes(newXref.ToString(CultureInfo.InvariantCulture)));
        output.Write(pdf[numberEnd..]);
    }

    public static string Packet(PdfDocumentInfo info, string producer, Guid bookId, Guid contentId)
    {
        var date = info.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xmp = new StringBuilder(2048);
        xmp.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xmp.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        xmp.Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xmp.Append("  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        xmp.Append("   <pdfuaid:part>1</pdfuaid:part>\n");
        xmp.Append("  </rdf:Description>\n");
        xmp.Append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        xmp.Append("   <dc:format>application/pdf</dc:format>\n");
        xmp.Append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (info.Authors.Count > 0)
        {
            xmp.Append("   <dc:creator><rdf:Seq>");
            foreach (var author in info.Authors)
            {
                xmp.Append("<rdf:li>").Append(Escape(author)).Append("</rdf:li>");
            }

            xmp.Append("</rdf:Seq></dc:creator>\n");
        }

        if (!string.IsNullOrWhiteSpace(info.Subject))
        {
            xmp.Append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        xmp.Append("   <dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        xmp.Append("  </rdf:Description>\n");
        xmp.Append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        xmp.Append("   <pdf:Producer>").Append(Escape(producer)).Append("</pdf:Producer>\n");
        if (info.Keywords.Count > 0)
        {
            xmp.Append("   <pdf:Keywords>").Append(Escape(string.Join(", ", info.Keywords))).Append("</pdf:Keywords>\n");
        }

        xmp.Append("  </rdf:Description>\n");
        xmp.Append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        xmp.Append("   <xmp:CreatorTool>").Append(DocumentWriter.Creator).Append("</xmp:CreatorTool>\n");
        xmp.Append("   <xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n");
        xmp.Append("   <xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n");
        xmp.Append("   <xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n");
        xmp.Append("  </rdf:Description>\n");
        xmp.Append("  <rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n");
        xmp.Append("   <xmpMM:DocumentID>uuid:").Append(bookId.ToString("D")).Append("</xmpMM:DocumentID>\n");
        xmp.Append("   <xmpMM:InstanceID>uuid:").Append(contentId.ToString("D")).Append("</xmpMM:InstanceID>\n");
        xmp.Append("  </rdf:Description>\n");
        xmp.Append(" </rdf:RDF>\n");
        xmp.Append("</x:xmpmeta>\n");
        xmp.Append("<?xpacket end=\"r\"?>");
        return xmp.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
