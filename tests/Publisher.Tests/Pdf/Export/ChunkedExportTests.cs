using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline.Destinations;

namespace Publisher.Tests.Pdf.Export;

/// <summary>A book long enough that its pages are drawn in chunks in parallel and joined into one PDF.</summary>
public sealed class ChunkedExportTests
{
    private const int PageCount = 90;
    private const float Width = 420;
    private const float Height = 595.3f; // not whole points, as A4 is not

    [Fact]
    public void Short_books_are_drawn_whole_and_long_books_in_contiguous_chunks_of_near_equal_size()
    {
        Assert.Equal([new PageChunk(0, 39)], PageChunks.Split(39, 4));
        Assert.Equal([new PageChunk(0, 500)], PageChunks.Split(500, 1));
        Assert.Equal([new PageChunk(0, 41), new PageChunk(41, 40)], PageChunks.Split(81, 2));
        Assert.Equal(
            [new PageChunk(0, 25), new PageChunk(25, 25), new PageChunk(50, 24), new PageChunk(74, 24)],
            PageChunks.Split(98, 4));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_internal_link_lands_on_the_page_of_its_anchor_across_chunks(int chunkCount)
    {
        using var folder = new TempDirectory();
        var path = Export(folder, chunkCount);

        var links = PdfReadBack.Links(path).Where(link => link.Uri is null).ToList();

        Assert.Equal(ExpectedLinks(), links.Select(link => (link.PageNumber, link.TargetPageNumber ?? -1)));
    }

    [Fact]
    public void Links_land_exactly_where_they_land_when_the_book_is_drawn_whole()
    {
        using var folder = new TempDirectory();
        var whole = Destinations(Export(folder, chunkCount: 1, "whole.pdf"));
        var split = Destinations(Export(folder, chunkCount: 2, "split.pdf"));

        Assert.Equal(PageCount, whole.Count);
        Assert.Equal(whole.Select(d => (d.Page, d.Target)), split.Select(d => (d.Page, d.Target)));
        for (var i = 0; i < whole.Count; i++)
        {
            Assert.Equal(whole[i].Left, split[i].Left, 0.01);
            Assert.Equal(whole[i].Top, split[i].Top, 0.01);
        }
    }

    [SkippableFact]
    public void The_joined_book_has_every_page_its_text_outline_labels_and_is_clean()
    {
        using var folder = new TempDirectory();
        var path = Export(folder, 2);

        using (var pdf = PdfDocument.Open(path))
        {
            Assert.Equal(PageCount, pdf.NumberOfPages);
        }

        for (var i = 0; i < PageCount; i += 29)
        {
            Assert.Contains($"Page text {i}", PdfReadBack.Text(path, page: i + 1));
        }

        Assert.Equal(Enumerable.Range(1, PageCount).Select(n => n.ToString()), PdfReadBack.PageLabels(path));
        Assert.Equal(PageCount / 10, PdfReadBack.Outline(path).Count);
        var fonts = PdfReadBack.Fonts(path);
        Assert.All(fonts, font => Assert.True(font.Embedded && font.Subset && font.HasToUnicode, font.Name));
        // Each chunk embeds its own subsets; no two different subsets may share a name.
        Assert.Equal(fonts.Count, fonts.Select(font => font.Name).Distinct().Count());
        Assert.True(fonts.Count >= 2, "each chunk should embed its own subsets");
        var (clean, report) = PdfReadBack.QpdfCheck(path);
        Assert.True(clean, report);
    }

    [Fact]
    public void Exporting_a_chunked_book_twice_gives_identical_bytes()
    {
        Assert.Equal(ExportToBytes(2), ExportToBytes(2));
    }

    private static List<(int Page, int Target, double Left, double Top)> Destinations(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return pdf.GetPages()
            .SelectMany(page => page.GetAnnotations().Where(a => a.Type == AnnotationType.Link).Select(link =>
            {
                var destination = Assert.IsAssignableFrom<AbstractGoToAction>(link.Action).Destination;
                Assert.Equal(ExplicitDestinationType.XyzCoordinates, destination.Type);
                return (page.Number, destination.PageNumber, destination.Coordinates.Left!.Value, destination.Coordinates.Top!.Value);
            }))
            .ToList();
    }

    private static string Export(TempDirectory folder, int chunkCount, string name = "long.pdf")
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, ExportToBytes(chunkCount));
        return path;
    }

    private static byte[] ExportToBytes(int chunkCount)
    {
        using var buffer = new MemoryStream();
        PdfExporter.Export(LongBook(), buffer, chunkCount);
        return buffer.ToArray();
    }

    private static AnchorItem AnchorOn(int pageIndex) =>
        // One name holds letters outside ASCII and a space, which a PDF name must escape.
        new(DestinationNames.For(pageIndex, pageIndex == 45 ? "café été" : "here"), new SKPoint(40 + pageIndex % 7, 100 + pageIndex * 3));

    // Every page links to the anchor on the page mirrored across the book, so links cross every chunk boundary.
    private static int TargetOf(int pageIndex) => PageCount - 1 - pageIndex;

    private static IEnumerable<(int, int)> ExpectedLinks() =>
        Enumerable.Range(0, PageCount).Select(i => (i + 1, TargetOf(i) + 1));

    private static LaidOutBook LongBook()
    {
        var pages = Enumerable.Range(0, PageCount).Select(i => new PageFrame(Width, Height, PageNumberStyle.Decimal, i + 1,
        [
            AnchorOn(i),
            ShapedRuns.Shape($"Page text {i}", 60, 120),
            ShapedRuns.Shape(i % 2 == 0 ? "Greek Καλημέρα" : "Cyrillic Привет", 60, 140),
            ShapedRuns.Shape($"See page {TargetOf(i) + 1}", 60, 300),
            new LinkItem(new SKRect(60, 288, 200, 304), null, AnchorOn(TargetOf(i)).Name),
        ])).ToList();
        var outline = Enumerable.Range(0, PageCount / 10)
            .Select(c => new OutlineEntry($"Part {c}", c * 10, 100 + c * 10 * 3, []))
            .ToList();
        return new LaidOutBook(pages, outline, DocumentSamples.Info());
    }
}
