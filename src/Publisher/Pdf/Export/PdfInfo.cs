using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>The PDF's document information dictionary, taken from the book's metadata.</summary>
internal static class PdfInfo
{
    public const string Creator = "Publisher";

    // Skia sizes pages in whole raster pixels, so any other resolution would round the page size
    // (595 pt becomes 594.96 at 300 dpi). Effects PDF cannot express are rare in a book (SVG filters).
    private const float RasterDpi = 72;

    public static SKDocumentPdfMetadata From(BookMetadata metadata)
    {
        // Both dates come from the build timestamp, never the clock, so rebuilds are byte-identical.
        var timestamp = metadata.Modified.UtcDateTime;
        return new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Author = string.Join(", ", metadata.Authors),
            Subject = metadata.Description ?? string.Empty,
            Keywords = string.Join(", ", metadata.Subjects),
            Creator = Creator,
            Producer = Creator,
            Creation = timestamp,
            Modified = timestamp,
            RasterDpi = RasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
    }
}
