using Publisher.Book;
using Publisher.Book.Layouts;
using Publisher.Markdown;
using Publisher.Tests.Markdown;

namespace Publisher.Tests.Layouts;

/// <summary>Links as mdBook and GitBook books write them: to .html pages, into the repository, to the web edition.</summary>
public sealed class LayoutLinkTests
{
    private static readonly LinkSite Site = new(
        RepositoryAddress.Parse("https://github.com/example/manual", "main"),
        new Uri("https://example.org/manual/"),
        "src",
        path => path switch
        {
            "listings/main.rs" => BookPathKind.File,
            "listings" => BookPathKind.Folder,
            _ => BookPathKind.Missing,
        });

    private static (List<LinkTarget?> Targets, IReadOnlyList<Diagnostic> Diagnostics) Links(string markdown, LinkSite? site = null)
    {
        var diagnostics = new DiagnosticBag();
        var chapters = new[]
        {
            new ChapterSource(0, "src/guide/start.md", markdown),
            new ChapterSource(1, "src/guide/wiring.md", "# Wiring\n\n## Cable Colours\n"),
            new ChapterSource(2, "src/README.md", "# Introduction\n"),
        };
        var document = DocumentBuilder.Build(DocumentSamples.Metadata(), chapters, new FakeContentFiles([]), diagnostics, site: site ?? Site);
        var targets = DocumentTree.Inlines(document.Chapters[0].Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Content))
            .Select(inline => inline is LinkInline link ? link.Target : null)
            .ToList();
        return (targets.Where(t => t is not null).ToList(), diagnostics.ToSortedList());
    }

    [Fact]
    public void A_link_to_a_chapters_html_page_is_a_link_to_the_chapter_and_index_html_is_its_readme()
    {
        var (targets, diagnostics) = Links("# Start\n\n[a](wiring.html#cable-colours) [b](../index.html) [c](wiring.htm)\n");

        Assert.Empty(diagnostics);
        Assert.Equal<LinkTarget?>([new InternalTarget(1, "cable-colours"), new InternalTarget(2, null), new InternalTarget(1, null)], targets);
    }

    [Fact]
    public void A_link_to_a_repository_file_or_folder_goes_to_the_repository_with_an_info()
    {
        var (targets, diagnostics) = Links("# Start\n\n[code](../../listings/main.rs) [all](../../listings/)\n");

        Assert.Equal<LinkTarget?>(
            [
                new ExternalTarget("https://github.com/example/manual/blob/main/listings/main.rs"),
                new ExternalTarget("https://github.com/example/manual/tree/main/listings"),
            ],
            targets);
        Assert.Equal(["PUB215", "PUB215"], diagnostics.Select(d => d.Code));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void A_link_that_leaves_the_books_pages_resolves_against_the_web_edition_from_the_chapters_own_page()
    {
        var (targets, diagnostics) = Links("# Start\n\n[std](../../std/index.html#traits) [up](../../../other.html) [root](/search.html)\n");

        Assert.Equal<LinkTarget?>(
            [
                new ExternalTarget("https://example.org/std/index.html#traits"),
                new ExternalTarget("https://example.org/other.html"),
                new ExternalTarget("https://example.org/search.html"),
            ],
            targets);
        Assert.Equal(["PUB216", "PUB216", "PUB216"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Without_repository_and_url_the_errors_stay_and_name_the_key_that_fixes_them()
    {
        var (targets, diagnostics) = Links("# Start\n\n[code](../../listings/main.rs) [std](../../std/index.html)\n", Site with { Repository = null, WebEdition = null });

        Assert.Empty(targets);
        Assert.Equal(["PUB201", "PUB201"], diagnostics.Select(d => d.Code));
        Assert.Contains("'repository:'", diagnostics[0].Hint);
        Assert.Contains("'url:'", diagnostics[1].Hint);
    }

    [Fact]
    public void A_link_to_a_chapter_written_from_the_wrong_folder_suggests_the_chapter_with_that_file_name()
    {
        var (targets, diagnostics) = Links("# Start\n\n[intro](README.md) [wire](../wiring.md)\n", LinkSite.None);

        Assert.Empty(targets);
        Assert.Equal(["did you mean '../README.md'?", "did you mean 'wiring.md'?"], diagnostics.Select(d => d.Hint));
        Assert.All(diagnostics, d => Assert.Equal("PUB201", d.Code));
    }

    [Fact]
    public void An_anchor_that_matches_only_without_case_links_there_with_a_warning()
    {
        var (targets, diagnostics) = Links("# Start\n\n[a](wiring.md#Cable-Colours)\n");

        Assert.Equal<LinkTarget?>([new InternalTarget(1, "cable-colours")], targets);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("PUB217", DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
    }

    [Theory]
    [InlineData("<https://example.org/a b.pdf>", "https://example.org/a%20b.pdf")]
    [InlineData("<https://example.org/a\\b?q=`x`>", "https://example.org/a/b?q=%60x%60")]
    [InlineData("https://example.org/100%", "https://example.org/100%25")]
    [InlineData("https://example.org/ünïcode#a#b", "https://example.org/%C3%BCn%C3%AFcode#a%23b")]
    [InlineData("https://bücher.example/x", "https://xn--bcher-kva.example/x")]
    [InlineData("https://example.org/ok?x=1&y=%20", "https://example.org/ok?x=1&y=%20")]
    public void A_web_address_that_is_not_a_valid_uri_is_percent_encoded_as_browsers_do(string written, string expected)
    {
        var (targets, diagnostics) = Links($"# Start\n\n[link]({written}) and <{expected}>\n");

        Assert.Equal<LinkTarget?>([new ExternalTarget(expected), new ExternalTarget(expected)], targets);
        Assert.All(diagnostics, d => Assert.Equal(("PUB219", DiagnosticSeverity.Info), (d.Code, d.Severity)));
        Assert.Equal(written.Trim('<', '>') == expected ? 0 : 1, diagnostics.Count);
    }

    [Fact]
    public void A_link_with_an_unregistered_scheme_keeps_its_text_with_an_info()
    {
        var (targets, diagnostics) = Links("# Start\n\n[clone](git://example.org/x.git) [call](tel:+123) [chat](irc://irc.example.org/book)\n");

        Assert.Equal<LinkTarget?>([new ExternalTarget("tel:+123"), new ExternalTarget("irc://irc.example.org/book")], targets);
        var info = Assert.Single(diagnostics);
        Assert.Equal(("PUB218", DiagnosticSeverity.Info), (info.Code, info.Severity));
    }
}
