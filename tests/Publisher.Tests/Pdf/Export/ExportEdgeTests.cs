using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Tests.Pdf.Export;

public sealed class ExportEdgeTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [SkippableFact]
    public void A_book_without_outline_is_clean_and_opens_without_the_bookmarks_panel()
    {
        var path = Export(new LaidOutBook([Page(PageNumberStyle.Decimal, 1)], [], DocumentSamples.Info()));

        var (clean, report) = PdfReadBack.QpdfCheck(path);
        Assert.True(clean, report);
        Assert.Empty(PdfReadBack.Outline(path));
    }

    [Fact]
    public void Deeply_nested_outline_entries_keep_their_nesting()
    {
        var pages = Enumerable.Range(1, 3).Select(n => Page(PageNumberStyle.Decimal, n)).ToList();
        OutlineEntry[] outline = [new("Part", 0, 50, [new("Chapter", 1, 50, [new("Section", 2, 100, [new("Subsection", 2, 200, [])])])])];

        var read = PdfReadBack.Outline(Export(new LaidOutBook(pages, outline, DocumentSamples.Info())));

        var part = Assert.Single(read);
        var chapter = Assert.Single(part.Children);
        var section = Assert.Single(chapter.Children);
        var subsection = Assert.Single(section.Children);
        Assert.Equal([1, 2, 3, 3], new[] { part, chapter, section, subsection }.Select(entry => entry.PageNumber));
    }

    [SkippableFact]
    public void Page_labels_follow_a_jump_in_the_printed_numbers()
    {
        var path = Export(new LaidOutBook(
            [Page(PageNumberStyle.LowerRoman, 1), Page(PageNumberStyle.Decimal, 1), Page(PageNumberStyle.Decimal, 5)], [], DocumentSamples.Info()));

        Assert.Equal(["i", "1", "5"], PdfReadBack.PageLabels(path));
    }

    [Fact]
    public void Titles_outside_latin1_survive_in_the_outline()
    {
        var path = Export(new LaidOutBook([Page(PageNumberStyle.Decimal, 1)], [new("Глава — Κεφάλαιο “один”", 0, 10, [])], DocumentSamples.Info()));

        Assert.Equal("Глава — Κεφάλαιο “один”", Assert.Single(PdfReadBack.Outline(path)).Title);
    }

    [Fact]
    public void A_book_without_pages_is_a_programming_error()
    {
        using var buffer = new MemoryStream();

        Assert.Throws<ArgumentException>(() => PdfExporter.Export(new LaidOutBook([], [], DocumentSamples.Info()), buffer));
    }

    [Fact]
    public void An_outline_entry_past_the_last_page_is_a_programming_error()
    {
        using var buffer = new MemoryStream();
        var book = new LaidOutBook([Page(PageNumberStyle.Decimal, 1)], [new("Lost", 3, 0, [])], DocumentSamples.Info());

        Assert.Throws<ArgumentException>(() => PdfExporter.Export(book, buffer));
    }

    public void Dispose() => _folder.Dispose();

    private static PageFrame Page(PageNumberStyle style, int number) =>
        new(300, 400, style, number, [ShapedRuns.Shape($"page {number}", 20, 40), new LineItem(new SKPoint(20, 50), new SKPoint(280, 50), 1, SKColors.Black)]);

    private string Export(LaidOutBook book)
    {
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".pdf");
        using var file = File.Create(path);
        PdfExporter.Export(book, file);
        return path;
    }
}
