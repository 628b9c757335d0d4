using PdfSharp.Pdf;

namespace Publisher.Pdf.Export;

/// <summary>PDF text strings (ISO 32000-1, 7.9.2.2): printable ASCII as it is, anything else in UTF-16 with a byte-order mark.</summary>
internal static class TextStrings
{
    public static PdfString Of(string text) =>
        text.All(c => c is >= ' ' and < '\u007f') ? new PdfString(text) : new PdfString(text, PdfStringEncoding.Unicode);
}
