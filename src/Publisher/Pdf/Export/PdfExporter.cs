using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>Draws laid-out pages with Skia's PDF backend, then adds outline, page labels and metadata.</summary>
internal static class PdfExporter
{
    /// <summary>Writes <paramref name="book"/> as a PDF to <paramref name="output"/>; the same input gives the same bytes.</summary>
    public static void Export(LaidOutBook book, Stream output) =>
        Export(book, output, PageChunks.DefaultChunkCount);

    /// <summary>
    /// Writes <paramref name="book"/> as a PDF, drawing its pages in up to <paramref name="chunkCount"/> chunks in
    /// parallel; the same input and chunk count give the same bytes.
    /// </summary>
    public static void Export(LaidOutBook book, Stream output, int chunkCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        Draw(book, chunkCount).WriteTo(output);
    }

    /// <summary>Draws the pages of <paramref name="book"/>, in chunks on all cores, ready to be written as one PDF.</summary>
    public static DrawnPdf Draw(LaidOutBook book, int chunkCount = PageChunks.DefaultChunkCount)
    {
        ArgumentNullException.ThrowIfNull(book);
        if (book.Pages.Count == 0)
        {
            throw new ArgumentException("a laid-out book has at least one page", nameof(book));
        }

        var chunks = PageChunks.Split(book.Pages.Count, chunkCount);
        return new DrawnPdf(book, SkiaPdfRenderer.Render(book.Pages, book.Fonts, chunks, PdfInfo.From(book.Info)));
    }
}
