using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf;

/// <summary>Typesets a BookDocument and writes it as a PDF: layout first, then export.</summary>
internal static class PdfWriter
{
    public static void Write(BookDocument document, Stream output, DiagnosticBag diagnostics)
    {
        var book = BookTypesetter.Typeset(document, diagnostics);
        PdfExporter.Export(book, document.Metadata, output);
    }
}
