using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Tests.Fixtures;
using UglyToad.PdfPig;

namespace Publisher.Tests.EndToEnd;

/// <summary>The raw HTML book (tests/fixtures/html-book), published once for every test that reads it.</summary>
public sealed class HtmlBookBuild : IDisposable
{
    internal PublishedBook Book { get; } = PublishedBook.Publish(FixtureBooks.HtmlBook);

    public void Dispose() => Book.Dispose();
}

/// <summary>
/// A book written for GitHub, full of raw HTML, shows the same content in both ebooks: every picture, every
/// caption and every word of the EPUB is in the PDF, and the EPUB is valid, not only well-formed.
/// </summary>
public sealed partial class HtmlBookTests(HtmlBookBuild build) : IClassFixture<HtmlBookBuild>
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void The_book_builds_with_exactly_its_expected_diagnostics()
    {
        var expected = ExpectedDiagnostic.ParseFile(Path.Combine(FixtureBooks.HtmlBook, ExpectedDiagnostic.FileName));

        var reported = build.Book.Result.Diagnostics.Select(d => $"{d.Code} {d.Location?.File} {d.Location?.Line}");

        Assert.True(build.Book.Result.Succeeded);
        Assert.Equal(expected.Select(e => e.ToString()).Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EPUBCheck_reports_no_error_and_no_warning()
    {
        var report = EpubCheck.Run(build.Book.Epub);

        Assert.True(report.IsClean, report.ToString());
    }

    [Fact]
    public void Every_picture_of_the_html_is_in_the_epub_and_in_the_pdf()
    {
        var written = Directory.GetFiles(Path.Combine(FixtureBooks.HtmlBook, "content"), "*.md")
            .Sum(file => ImgTag().Matches(File.ReadAllText(file)).Count);
        var epubPictures = ChapterPages().SelectMany(page => page.Descendants(X + "img")).Count();
        using var pdf = PdfDocument.Open(build.Book.Pdf);
        var pdfPictures = pdf.GetPages().Sum(page => page.GetImages().Count());

        Assert.Equal(13, written);
        Assert.Equal(written, epubPictures);
        Assert.Equal(written, pdfPictures);
    }

    [Fact]
    public void Every_word_of_the_epub_chapters_is_in_the_pdf_as_often()
    {
        var epubWords = Words(string.Join(" ", ChapterPages().SelectMany(TextBlocks)));
        var pdfWords = Words(PdfReadBack.Text(build.Book.Pdf));

        var missing = epubWords
            .Where(word => pdfWords.GetValueOrDefault(word.Key) < word.Value)
            .Select(word => $"{word.Key} ({word.Value} in the EPUB, {pdfWords.GetValueOrDefault(word.Key)} in the PDF)")
            .ToList();
        Assert.True(epubWords.Values.Sum() > 200, $"only {epubWords.Values.Sum()} words");
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    [Fact]
    public void Captions_markdown_inside_html_and_unknown_elements_reach_both_ebooks()
    {
        var epubText = string.Join("\n", ChapterPages().Select(page => page.Root!.Value));
        var pdfText = Whitespace().Replace(PdfReadBack.Text(build.Book.Pdf), " ");

        foreach (var phrase in new[]
        {
            "Figure 1.1: The architecture at a glance", "Source: Pipelines explained", "Two pictures that share one caption",
            "What does this chapter show?", "Markdown inside HTML", "this paragraph is wrapped in an element", "inner cell two",
            "print(\"left\")", "Spans two columns", "A heading written in HTML",
        })
        {
            Assert.Contains(phrase, Whitespace().Replace(epubText, " "));
            Assert.Contains(phrase, pdfText);
        }
    }

    [Fact]
    public void The_epub_writes_html_structure_as_valid_elements()
    {
        var pages = ChapterPages();
        var figures = pages[0].Descendants(X + "figure").ToList();
        Assert.Equal("Figure 1.1: The architecture at a glance", figures.Single(f => f.Descendants(X + "img").Any(i => (string?)i.Attribute("src") == "images/architecture.png")).Element(X + "figcaption")!.Value);
        Assert.Equal("Figure 1.3 A screenshot, captioned by a second centred block", figures.Single(f => f.Descendants(X + "img").Any(i => (string?)i.Attribute("src") == "images/screenshot.png")).Element(X + "figcaption")!.Value);
        Assert.Contains(pages[1].Descendants(X + "details"), d => d.Element(X + "summary")!.Value == "What does this chapter show?");
        Assert.Contains(pages[1].Descendants(X + "td"), td => (string?)td.Attribute("colspan") == "2");
        Assert.Equal("de", (string?)pages[2].Descendants(X + "p").Single(p => p.Value.StartsWith("Dieser", StringComparison.Ordinal)).Attribute("lang"));
        Assert.Contains(pages[2].Descendants(X + "kbd").Concat(pages[2].Descendants(X + "code")), e => e.Value == "Ctrl");
        Assert.DoesNotContain(pages.SelectMany(p => p.Descendants()), e => e.Name.LocalName is "center" or "font" or "note");
    }

    [Fact]
    public void Links_from_raw_html_land_on_their_targets_in_both_ebooks()
    {
        var pages = ChapterPages();
        var hrefs = pages[2].Descendants(X + "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.Contains("ch02.xhtml#html-heading", hrefs);
        Assert.Contains("#anchor-target", hrefs);
        Assert.Single(pages[1].Descendants(), e => (string?)e.Attribute("id") == "html-heading");
        Assert.Single(pages[2].Descendants(), e => (string?)e.Attribute("id") == "anchor-target");

        var links = PdfReadBack.Links(build.Book.Pdf);
        Assert.Contains(links, l => l.Uri == "https://example.org/diagram");
        Assert.Contains(links, l => l.Uri == "https://example.org/pipelines?source=guide");
    }

    private List<XDocument> ChapterPages()
    {
        using var zip = ZipFile.OpenRead(build.Book.Epub);
        return [.. zip.Entries
            .Where(e => Regex.IsMatch(e.FullName, @"ch\d+\.xhtml$"))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream);
            })];
    }

    /// <summary>The text of each innermost block as a reader sees it: inline elements join (H<sub>2</sub>O), a line break is a space.</summary>
    private static IEnumerable<string> TextBlocks(XDocument page)
    {
        string[] blocks = ["p", "li", "td", "th", "dt", "dd", "figcaption", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "div"];
        var body = new XElement(page.Descendants(X + "body").Single());
        foreach (var lineBreak in body.Descendants(X + "br").ToList())
        {
            lineBreak.ReplaceWith(new XText(" "));
        }

        return body.Descendants()
            .Where(e => blocks.Contains(e.Name.LocalName) && !e.Descendants().Any(d => blocks.Contains(d.Name.LocalName)))
            .Select(e => e.Value);
    }

    private static Dictionary<string, int> Words(string text) =>
        WordPattern().Matches(text).GroupBy(m => m.Value.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"<img\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
