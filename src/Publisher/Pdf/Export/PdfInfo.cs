using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>The PDF's document information dictionary, taken from the book's metadata.</summary>
internal static class PdfInfo
{
    public const string Creator = "Publisher";

    // Skia sizes pages in whole raster pixels, so any other resolution would round the page size
    // (595 pt becomes 594.96 at 300 dpi). Effects PDF cannot express are rare in a book (SVG filters).
    private const float RasterDpi = 72;

    public static SKDocumentPdfMetadata From(PdfDocumentInfo info)
    {
        // Both dates come from the build timestamp, never the clock, so rebuilds are byte-identical.
        var timestamp = info.Timestamp.UtcDateTime;
        return new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = string.Join(", ", info.Authors),
            Subject = info.Subject ?? string.Empty,
            Keywords = string.Join(", ", info.Keywords),
            Creator = Creator,
            Producer = Creator,
            Creation = timestamp,
            Modified = timestamp,
            RasterDpi = RasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
    }
}
