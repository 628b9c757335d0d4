using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>Draws laid-out pages with Skia's PDF backend, then adds outline, page labels and metadata.</summary>
internal static class PdfExporter
{
    public static void Export(LaidOutBook book, BookMetadata metadata, Stream output) =>
        throw new NotImplementedException("PdfExporter is built by the PDF export stage");
}
