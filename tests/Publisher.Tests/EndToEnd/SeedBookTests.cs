using System.Xml.Linq;
using Publisher.Tests.Epub;
using Publisher.Tests.Fixtures;
using SkiaSharp;
using UglyToad.PdfPig;

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

    [SkippableFact]
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

    [SkippableFact]
    public void Both_chapters_and_the_image_are_in_the_epub_and_in_the_pdf()
    {
        using var book = PublishedBook.Publish(FixtureBooks.SeedBook);
        var picture = File.ReadAllBytes(Path.Combine(FixtureBooks.SeedBook, "images", "11-1.png"));
        using var original = SKBitmap.Decode(picture);

        // The EPUB carries the picture as it is, shown in chapter 11.
        using (var epub = EpubFile.Read(book.Epub))
        {
            Assert.Equal(["The Book Designer's Profession", "The Ethics of Book Design"], new[] { "ch01.xhtml", "ch02.xhtml" }.Select(page => epub.Page(page).Descendants(Xhtml + "h1").Single().Value));
            var src = (string)epub.Page("ch01.xhtml").Descendants(Xhtml + "img").Single().Attribute("src")!;
            Assert.Equal(picture, ReadEntry(epub, "OEBPS/" + src));
        }

        // The PDF draws it, at its full resolution and with its colours, on a page of chapter 11, inside the page.
        var outline = PdfReadBack.Outline(book.Pdf);
        Assert.Equal(2, outline.Count);
        var text = PdfReadBack.Text(book.Pdf);
        Assert.All(outline, chapter => Assert.Contains(chapter.Title, text, StringComparison.Ordinal));
        using var pdf = PdfDocument.Open(book.Pdf);
        var images = Enumerable.Range(outline[0].PageNumber, outline[1].PageNumber - outline[0].PageNumber)
            .SelectMany(number => pdf.GetPage(number).GetImages().Select(image => (Page: pdf.GetPage(number), Image: image)))
            .ToList();
        var (page, drawn) = Assert.Single(images);
        Assert.Equal((original.Width, original.Height), (drawn.WidthInSamples, drawn.HeightInSamples));
        Assert.True(drawn.TryGetPng(out var png), "the embedded image cannot be read back");
        using var embedded = SKBitmap.Decode(png);
        AssertSamePixels(original, embedded);
        Assert.InRange(drawn.BoundingBox.Left, 0, page.Width);
        Assert.InRange(drawn.BoundingBox.Right, drawn.BoundingBox.Left + 100, page.Width);
        Assert.True(PdfReadBack.QpdfCheck(book.Pdf).Clean);
    }

    private static void AssertSamePixels(SKBitmap expected, SKBitmap actual)
    {
        for (var y = 0; y < expected.Height; y += 37)
        {
            for (var x = 0; x < expected.Width; x += 41)
            {
                var (want, got) = (expected.GetPixel(x, y), actual.GetPixel(x, y));
                Assert.True(
                    Math.Abs(want.Red - got.Red) <= 2 && Math.Abs(want.Green - got.Green) <= 2 && Math.Abs(want.Blue - got.Blue) <= 2,
                    $"pixel ({x},{y}) is {got} in the PDF, {want} in the picture");
            }
        }
    }

    private static byte[] ReadEntry(EpubFile epub, string name)
    {
        using var stream = epub.Zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
