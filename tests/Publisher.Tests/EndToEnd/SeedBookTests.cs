using Publisher.Tests.Fixtures;
using System.Xml.Linq;
using Publisher.Tests.Epub;

namespace Publisher.Tests.EndToEnd;

/// <summary>A book shaped like real input: numbered chapters, Next links between files, images/ from content/, mojibake.</summary>
public sealed class SeedBookTests
{
    private static readonly XNamespace Xhtml = EpubFile.Xhtml;

    [Fact]
    public void The_seed_book_builds_with_exactly_the_expected_mojibake_warning()
    {
        using var book = PublishedBook.Publish(FixtureBooks.SeedBook);
        var expected = ExpectedDiagnostic.ParseFile(Path.Combine(FixtureBooks.SeedBook, ExpectedDiagnostic.FileName));

        Assert.True(book.Result.Succeeded, string.Join('\n', book.Result.Diagnostics));
        Assert.Equal(
            expected.Select(e => e.ToString()),
            book.Result.Diagnostics.Select(d => $"{d.Code} {d.Location?.File} {d.Location?.Line}"));
    }

    [Fact]
    public void EpubCheck_reports_no_errors_and_no_warnings_for_the_seed_book()
    {
        using var book = PublishedBook.Publish(FixtureBooks.SeedBook, OutputFormats.Epub);

        var report = EpubCheck.Run(book.Epub);

        Assert.True(report.IsClean, report.ToString());
    }

    [Fact]
    public void The_next_link_between_chapter_files_becomes_a_link_to_the_next_chapter_inside_the_book()
    {
        using var book = PublishedBook.Publish(FixtureBooks.SeedBook, OutputFormats.Epub);
        using var epub = EpubFile.Read(book.Epub);

        var next = epub.Page("ch01.xhtml").Descendants(Xhtml + "a").Single(a => a.Value == "Next");
        var target = (string)next.Attribute("href")!;

        Assert.StartsWith("ch02.xhtml", target);
        Assert.Contains("Ethics", epub.Page("ch02.xhtml").Descendants(Xhtml + "h1").Single().Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_image_written_as_images_slash_from_content_is_found_in_the_book_root_and_carried_as_png()
    {
        using var book = PublishedBook.Publish(FixtureBooks.SeedBook, OutputFormats.Epub);
        using var epub = EpubFile.Read(book.Epub);

        var image = epub.Page("ch01.xhtml").Descendants(Xhtml + "img").Single();
        var href = (string)image.Attribute("src")!;
        var item = epub.Package.Descendants(EpubFile.Opf + "item").Single(i => (string?)i.Attribute("href") == href);

        Assert.Equal("image/png", (string?)item.Attribute("media-type"));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(FixtureBooks.SeedBook, "images", "11-1.png")),
            ReadEntry(epub, "OEBPS/" + href));
    }

    [Fact]
    public void The_seed_book_pdf_carries_both_chapters_and_the_image()
    {
        using var book = PublishedBook.Publish(FixtureBooks.SeedBook, OutputFormats.Pdf);

        var outline = PdfReadBack.Outline(book.Pdf);
        var text = PdfReadBack.Text(book.Pdf);

        Assert.Equal(2, outline.Count);
        Assert.All(outline, chapter => Assert.Contains(chapter.Title, text, StringComparison.Ordinal));
        Assert.True(PdfReadBack.QpdfCheck(book.Pdf).Clean);
    }

    private static byte[] ReadEntry(EpubFile epub, string name)
    {
        using var stream = epub.Zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
