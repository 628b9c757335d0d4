using Publisher.Tests.Fixtures;
using System.Text.RegularExpressions;

namespace Publisher.Tests.EndToEnd;

public sealed partial class SampleBookPdfTests(SampleBookBuild build) : IClassFixture<SampleBookBuild>
{
    [SkippableFact]
    public void The_cover_named_in_book_yml_is_the_first_page_a_full_page_image_without_folio()
    {
        var images = PdfReadBack.Run(Validators.PdfImages, ["-list", build.Book.Pdf]).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        // images/cover.png is 1600 x 2560 pixels.
        var cover = Assert.Single(images, cells => cells[0] == "1" && cells[2] == "image");
        Assert.Equal(("1600", "2560"), (cover[3], cover[4]));
        Assert.Equal(string.Empty, PdfReadBack.Text(build.Book.Pdf, page: 1).Trim());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Book.Pdf);
        var placed = Assert.Single(pdf.GetPage(1).GetImages());
        var page = pdf.GetPage(1);
        // The image covers the whole page (it may overhang where its proportions differ from the page's).
        Assert.True(placed.BoundingBox.Left <= 0.01 && placed.BoundingBox.Bottom <= 0.01, $"{placed.BoundingBox}");
        Assert.True(placed.BoundingBox.Right >= page.Width - 0.01 && placed.BoundingBox.Top >= page.Height - 0.01, $"{placed.BoundingBox}");
    }

    [SkippableFact]
    public void Qpdf_finds_the_sample_pdf_structurally_clean()
    {
        var (clean, report) = PdfReadBack.QpdfCheck(build.Book.Pdf);

        Assert.True(clean, report);
    }

    [SkippableFact]
    public void Every_font_is_embedded_as_a_subset_with_a_unicode_map()
    {
        var fonts = PdfReadBack.Fonts(build.Book.Pdf);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            Assert.True(font.Embedded, $"{font.Name} is not embedded");
            Assert.True(font.Subset, $"{font.Name} is not subset");
            Assert.True(font.HasToUnicode, $"{font.Name} has no ToUnicode map");
        });
    }

    [Fact]
    public void The_outline_lists_every_chapter_with_its_sections_nested()
    {
        var outline = PdfReadBack.Outline(build.Book.Pdf);

        Assert.Equal(build.ChapterTitles, outline.Select(b => b.Title));
        Assert.All(outline.Take(outline.Count - 1), chapter => Assert.NotEmpty(chapter.Children));
        Assert.Equal(outline.Select(b => b.PageNumber).Distinct().Count(), outline.Count);
    }

    [SkippableFact]
    public void Front_matter_is_numbered_in_roman_and_the_first_chapter_starts_on_page_1()
    {
        var labels = PdfReadBack.PageLabels(build.Book.Pdf);
        var firstChapterPage = PdfReadBack.Outline(build.Book.Pdf)[0].PageNumber;

        Assert.Equal("1", labels[firstChapterPage - 1]);
        // The sample book names a cover: the first page, labelled by name; the front matter after it is roman.
        Assert.Equal("Cover", labels[0]);
        Assert.Contains("i", labels.Skip(1).Take(firstChapterPage - 2));
        Assert.All(labels.Skip(1).Take(firstChapterPage - 2).Where(l => l.Length > 0), l => Assert.Matches("^[ivxlc]+$", l));
        Assert.Equal(1, firstChapterPage % 2);
        Assert.Equal(
            Enumerable.Range(1, labels.Count - firstChapterPage + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            labels.Skip(firstChapterPage - 1));
    }

    [SkippableFact]
    public void The_table_of_contents_prints_the_page_label_where_each_chapter_starts()
    {
        var labels = PdfReadBack.PageLabels(build.Book.Pdf);
        var outline = PdfReadBack.Outline(build.Book.Pdf);
        var frontMatter = PdfReadBack.Run(Validators.PdfToText, ["-layout", "-enc", "UTF-8", "-l", $"{outline[0].PageNumber - 1}", build.Book.Pdf, "-"]).Output;
        var tocLines = frontMatter.Split('\n').Select(line => line.Trim()).ToList();

        foreach (var chapter in outline)
        {
            var line = tocLines.FirstOrDefault(l => l.StartsWith(chapter.Title, StringComparison.Ordinal) && TrailingNumber().IsMatch(l));
            Assert.True(line is not null, $"no TOC line for '{chapter.Title}' in:\n{frontMatter}");
            Assert.Equal(labels[chapter.PageNumber - 1], TrailingNumber().Match(line!).Groups[1].Value);
        }
    }

    [SkippableFact]
    public void Internal_links_go_to_pages_of_the_book_and_external_links_carry_their_urls()
    {
        var links = PdfReadBack.Links(build.Book.Pdf);
        var pageCount = PdfReadBack.PageLabels(build.Book.Pdf).Count;

        var internalLinks = links.Where(l => l.Uri is null).ToList();
        Assert.True(internalLinks.Count > 30, $"only {internalLinks.Count} internal links");
        Assert.All(internalLinks, l => Assert.InRange(l.TargetPageNumber ?? 0, 1, pageCount));
        Assert.Contains(links, l => l.Uri?.StartsWith("https://", StringComparison.Ordinal) == true);
    }

    [SkippableFact]
    public void The_text_of_every_chapter_can_be_extracted_in_reading_order()
    {
        var outline = PdfReadBack.Outline(build.Book.Pdf);
        var body = Normalize(PdfReadBack.Run(Validators.PdfToText, ["-enc", "UTF-8", "-f", $"{outline[0].PageNumber}", build.Book.Pdf, "-"]).Output);

        var position = 0;
        foreach (var chapter in build.ChapterFiles)
        {
            var opening = FirstSentenceWords(File.ReadAllLines(Path.Combine(FixtureBooks.SampleBook, chapter)));
            var found = body.IndexOf(opening, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{opening}' from {chapter} not found after position {position}");
            position = found;
        }
    }

    /// <summary>The first five words of the chapter's first plain paragraph.</summary>
    private static string FirstSentenceWords(string[] lines)
    {
        var paragraph = lines.Skip(1).First(l => l.Length > 40 && char.IsLetter(l[0]) && !l.Contains('[') && !l.Contains('`') && !l.Contains('*'));
        return string.Join(' ', paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5));
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"(\d+)$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
