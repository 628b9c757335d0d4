using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline.Destinations;

namespace Publisher.Tests.Pdf.Export;

/// <summary>A long book, its pages painted on every core and written into one PDF.</summary>
public sealed class LongBookExportTests
{
    private const int PageCount = 90;
    private const float Width = 420;
    private const float Height = 595.3f; // not whole points, as A4 is not

    [Theory]
    [InlineData(1)]
    [InlineData(null)]
    public void Every_internal_link_lands_on_the_page_of_its_anchor(int? cores)
    {
        using var folder = new TempDirectory();
        var path = Export(folder, cores);

        var links = PdfReadBack.Links(path).Where(link => link.Uri is null).ToList();

        Assert.Equal(ExpectedLinks(), links.Select(link => (link.PageNumber, link.TargetPageNumber ?? -1)));
    }

    [Fact]
    public void Links_land_at_the_position_of_their_anchor()
    {
        using var folder = new TempDirectory();
        var destinations = Destinations(Export(folder, null));

        Assert.Equal(PageCount, destinations.Count);
        foreach (var (page, target, left, top) in destinations)
        {
            var anchor = AnchorOn(target - 1);
            Assert.Equal(TargetOf(page - 1) + 1, target);
            Assert.Equal(anchor.Position.X, left, 0.01);
            Assert.Equal(Height - anchor.Position.Y, top, 0.01);
        }
    }

    [SkippableFact]
    public void The_book_has_every_page_its_text_outline_labels_and_is_clean()
    {
        using var folder = new TempDirectory();
        var path = Export(folder, null);

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
        // One font for the one typeface, whatever the number of pages or cores.
        Assert.Single(fonts);
        var (clean, report) = PdfReadBack.QpdfCheck(path);
        Assert.True(clean, report);
    }

    [Fact]
    public void Exporting_the_book_twice_gives_identical_bytes_on_one_core_and_on_all()
    {
        var once = ExportToBytes(null);

        Assert.Equal(once, ExportToBytes(null));
        Assert.Equal(once, ExportToBytes(1));
        Assert.Equal(once, ExportToBytes(3));
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

    private static string Export(TempDirectory folder, int? cores, string name = "long.pdf")
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, ExportToBytes(cores));
        return path;
    }

    private static byte[] ExportToBytes(int? cores)
    {
        using var buffer = new MemoryStream();
        PdfExporter.Export(LongBook(), buffer, cores);
        return buffer.ToArray();
    }

    private static AnchorItem AnchorOn(int pageIndex) =>
        // One name holds letters outside ASCII and a space, which a PDF name must escape.
        new(DestinationNames.For(pageIndex, pageIndex == 45 ? "café été" : "here"), new SKPoint(40 + pageIndex % 7, 100 + pageIndex * 3));

    // Every page links to the anchor on the page mirrored across the book.
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
