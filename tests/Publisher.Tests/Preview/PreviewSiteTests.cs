using System.Text;
using System.Xml.Linq;
using Publisher.Epub;
using Publisher.Preview;

namespace Publisher.Tests.Preview;

/// <summary>
/// The preview as a web site: the EPUB's own pages with a bar on top, every link and picture leading somewhere,
/// the problems of the page first, and nothing served but the book in memory and the ebooks just written.
/// </summary>
public sealed class PreviewSiteTests
{
    private static readonly XNamespace X = EpubNames.Xhtml;
    private readonly BookDocument _book = DocumentSamples.Rich();

    [Fact]
    public void Every_link_and_picture_on_every_page_leads_to_a_page_or_file_the_preview_serves()
    {
        var snapshot = Snapshot();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var checkedLinks = 0;
        while (queue.TryDequeue(out var path))
        {
            if (!visited.Add(path))
            {
                continue;
            }

            var page = Page(snapshot, path);
            foreach (var (reference, target) in LocalReferences(page, path))
            {
                var (targetPath, fragment) = Split(target);
                var answer = PreviewSite.Respond(snapshot, targetPath);
                Assert.True(answer is not null and not PreviewResponse.Content { Status: not 200 }, $"{path}: '{reference}' leads to {targetPath}, which the preview does not serve");
                checkedLinks++;
                if (answer is PreviewResponse.Content { MediaType: var type } && type.StartsWith("application/xhtml+xml", StringComparison.Ordinal))
                {
                    if (fragment is not null)
                    {
                        Assert.True(Page(snapshot, targetPath).Descendants().Any(e => (string?)e.Attribute("id") == fragment), $"{path}: '{reference}' names no element of {targetPath}");
                    }

                    queue.Enqueue(targetPath);
                }
            }
        }

        Assert.Contains("/ch01.xhtml", visited);
        Assert.Contains("/ch02.xhtml", visited);
        Assert.Contains("/title.xhtml", visited);
        Assert.True(checkedLinks > 10, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void A_chapter_page_shows_exactly_what_the_epub_chapter_shows_below_the_bar()
    {
        var chapter = _book.Chapters[1];
        var page = Page(Snapshot(), "/" + EpubNames.ChapterFile(chapter));
        var epubPage = ChapterPage.Create(_book, chapter);

        var previewBody = page.Root!.Element(X + "body")!.Elements().Where(e => (string?)e.Attribute("id") != PreviewBar.Id);
        Assert.Equal(
            epubPage.Root!.Element(X + "body")!.Elements().Select(e => e.ToString(SaveOptions.DisableFormatting)),
            previewBody.Select(e => e.ToString(SaveOptions.DisableFormatting)));
        Assert.Equal("/_preview/live.js", page.Descendants(X + "script").Single().Attribute("src")!.Value);
    }

    [Fact]
    public void The_problems_of_the_page_come_first_with_file_line_and_column_and_the_others_below()
    {
        var here = new Diagnostic(DiagnosticSeverity.Error, "PUB201", "The link './nowhere.md' points to a chapter file that is not in this book",
            new SourceLocation(_book.Chapters[0].SourcePath, 12, 7), "did you mean 'content/02-second.md'?");
        var elsewhere = new Diagnostic(DiagnosticSeverity.Warning, "PUB203", "A footnote reference has no definition", new SourceLocation(_book.Chapters[1].SourcePath, 3, 1));
        var snapshot = Snapshot() with { State = BuildState.Failed, Diagnostics = [here, elsewhere], Build = 4, DocumentBuild = 3 };

        var bar = Page(snapshot, "/ch01.xhtml").Descendants().Single(e => (string?)e.Attribute("id") == PreviewBar.Id);
        var lists = bar.Elements(X + "details").ToList();

        Assert.Equal(["On this page (1)", "Elsewhere in the book (1)"], lists.Select(l => l.Element(X + "summary")!.Value));
        Assert.Equal(
            $"{_book.Chapters[0].SourcePath}(12,7): error PUB201: The link './nowhere.md' points to a chapter file that is not in this book (did you mean 'content/02-second.md'?)",
            lists[0].Descendants(X + "li").Single().Value);
        Assert.Equal("/ch02.xhtml", lists[1].Descendants(X + "a").Single().Attribute("href")!.Value);
        Assert.Contains("Build 4 failed", bar.Value, StringComparison.Ordinal);
        Assert.Contains("showing the last good build (3)", bar.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/book.yml")]
    [InlineData("/content/01-first.md")]
    [InlineData("/../book.yml")]
    [InlineData("/images/../../book.yml")]
    [InlineData("/images/")]
    [InlineData("/images")]
    [InlineData("/styles/")]
    [InlineData("/etc/passwd")]
    [InlineData("/CH01.XHTML")]
    [InlineData("/_preview/")]
    [InlineData("/_preview/files/")]
    [InlineData("/_preview/files/../book.yml")]
    [InlineData("/_preview/files/other.pdf")]
    [InlineData("/_preview/files/the-book.pdf/..")]
    public void Nothing_but_the_book_in_memory_and_the_ebooks_just_written_is_served(string path)
    {
        Assert.Null(PreviewSite.Respond(Snapshot(), path));
    }

    [Theory]
    [InlineData("/ch09.xhtml")]
    [InlineData("/Ch01.xhtml")]
    [InlineData("/../content.opf.xhtml")]
    public void A_page_the_book_does_not_have_says_so_and_keeps_listening_for_the_next_build(string path)
    {
        var answer = Assert.IsType<PreviewResponse.Content>(PreviewSite.Respond(Snapshot(), path));
        var page = XDocument.Parse(Encoding.UTF8.GetString(answer.Body));

        Assert.Equal(404, answer.Status);
        Assert.Contains("The book has no such page", page.Root!.Value, StringComparison.Ordinal);
        Assert.Equal("/_preview/live.js", page.Descendants(X + "script").Single().Attribute("src")!.Value);
    }

    [Fact]
    public void An_ebook_is_served_only_by_the_name_the_last_good_build_wrote()
    {
        var snapshot = Snapshot() with { Artifacts = [new PreviewArtifact("the-book.pdf", "/tmp/out/the-book.pdf")] };

        var answer = Assert.IsType<PreviewResponse.Artifact>(PreviewSite.Respond(snapshot, "/_preview/files/the-book.pdf"));

        Assert.Equal(("application/pdf", "/tmp/out/the-book.pdf"), (answer.MediaType, answer.FullPath));
    }

    [Fact]
    public void Before_the_first_good_build_the_contents_page_lists_the_problems_and_no_chapter_is_served()
    {
        var problem = new Diagnostic(DiagnosticSeverity.Error, "PUB100", "book.yml not found", new SourceLocation("book.yml", 0, 0));
        var snapshot = new PreviewSnapshot { Session = "s", Build = 1, State = BuildState.Failed, Diagnostics = [problem] };

        var page = Page(snapshot, "/");

        Assert.Contains("book.yml: error PUB100: book.yml not found", page.Root!.Value, StringComparison.Ordinal);
        Assert.Null(PreviewSite.Respond(snapshot, "/ch01.xhtml"));
    }

    private PreviewSnapshot Snapshot() => new()
    {
        Session = "test",
        Revision = 7,
        Build = 3,
        DocumentBuild = 3,
        State = BuildState.Succeeded,
        Document = _book,
        FinishedAt = DateTimeOffset.UnixEpoch,
    };

    private static XDocument Page(PreviewSnapshot snapshot, string path)
    {
        var answer = Assert.IsType<PreviewResponse.Content>(PreviewSite.Respond(snapshot, path));
        Assert.StartsWith("application/xhtml+xml", answer.MediaType, StringComparison.Ordinal);
        Assert.Equal(200, answer.Status);
        return XDocument.Parse(Encoding.UTF8.GetString(answer.Body));
    }

    /// <summary>Every href and src of the page that stays on the preview's site, resolved against the page's path.</summary>
    private static IEnumerable<(string Reference, string Target)> LocalReferences(XDocument page, string pagePath)
    {
        var site = new Uri("http://preview.test");
        var pageUri = new Uri(site, pagePath);
        foreach (var attribute in page.Descendants().Attributes().Where(a => a.Name.LocalName is "href" or "src"))
        {
            var target = new Uri(pageUri, attribute.Value);
            if (target.Host == site.Host)
            {
                yield return (attribute.Value, target.AbsolutePath + target.Fragment);
            }
        }
    }

    private static (string Path, string? Fragment) Split(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (target, null) : (target[..hash], Uri.UnescapeDataString(target[(hash + 1)..]));
    }
}
