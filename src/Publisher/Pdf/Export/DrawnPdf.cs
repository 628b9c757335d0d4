using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// A book's pages painted into content streams, with its fonts cut and images encoded: everything that keeps all
/// cores busy is done; what remains is writing the objects into one file.
/// </summary>
internal sealed class DrawnPdf(LaidOutBook book, DocumentResources resources, IReadOnlyList<PaintedPage> pages)
{
    /// <summary>Writes the PDF: pages, fonts, images, links, destinations, outline, page labels and metadata.</summary>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        DocumentWriter.Write(book, resources, pages, output);
    }
}
