using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf;

/// <summary>Typesets a BookDocument and writes it as a PDF: layout first, then export.</summary>
internal static class PdfWriter
{
    /// <summary>
    /// Typesets and draws every page: the part of making a PDF that keeps all cores busy. The result still has to be
    /// assembled into one file with <see cref="DrawnPdf.WriteTo"/>, which is work for a single core. With a
    /// <paramref name="cache"/> (kept by a watch between builds), unchanged chapters are not laid out again.
    /// </summary>
    public static DrawnPdf Draw(BookDocument document, DiagnosticBag diagnostics, PdfCache? cache = null)
    {
        var book = BookTypesetter.Typeset(document, diagnostics, cache?.Layout);
        return PdfExporter.Draw(book);
    }
}
