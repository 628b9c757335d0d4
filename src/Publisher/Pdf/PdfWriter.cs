using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf;

/// <summary>Typesets a BookDocument and writes it as a PDF: layout first, then export.</summary>
internal static class PdfWriter
{
    /// <summary>What the book asks of the PDF that it cannot give, said before anything is drawn (also by <c>check</c>).</summary>
    public static void Check(BookDocument document, DiagnosticBag diagnostics) => HyphenationCheck.Report(document, diagnostics);

    /// <summary>
    /// Typesets and draws every page: the part of making a PDF that keeps all cores busy. The result still has to be
    /// assembled into one file with <see cref="DrawnPdf.WriteTo"/>, which is work for a single core.
    /// </summary>
    public static DrawnPdf Draw(BookDocument document, DiagnosticBag diagnostics) => Draw(Typeset(document, diagnostics));

    /// <summary>
    /// Typesets every page: the pages, and where each begins in the document (<see cref="LaidOutBook.PageMap"/>, the
    /// EPUB's page list). With a <paramref name="cache"/> (kept by a watch between builds), unchanged chapters are not
    /// laid out again.
    /// </summary>
    public static LaidOutBook Typeset(BookDocument document, DiagnosticBag diagnostics, PdfCache? cache = null) =>
        BookTypesetter.Typeset(document, diagnostics, cache?.Layout);

    /// <summary>
    /// Draws typeset pages; see <see cref="Draw(BookDocument, DiagnosticBag)"/>. With a <paramref name="cache"/>, pages
    /// and pictures that did not change since the last build are not drawn again.
    /// </summary>
    public static DrawnPdf Draw(LaidOutBook book, PdfCache? cache = null) => PdfExporter.Draw(book, cache: cache?.Export);
}
