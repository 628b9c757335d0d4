namespace Publisher.Tests.Markdown;

public sealed class LinkTests
{
    private const string Ethics = "# Ethics\n\n## Fairness\n\nText.\n";

    private static Built BuildWith(string aiChapter) =>
        MarkdownBook.Build([("content/11-ai.md", aiChapter), ("content/12-ethics.md", Ethics)], "images/a.png");

    private static List<LinkInline> Links(Built built) =>
        DocumentTree.Inlines(built.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Content)).OfType<LinkInline>().ToList();

    [Fact]
    public void Links_to_chapter_files_and_anchors_become_places_in_the_book()
    {
        var built = BuildWith("""
            # AI

            ## Risks

            [Next](./12-ethics.md) [fair](12-ethics.md#fairness) [up](#risks) [root](../content/12-ethics.md) [q](12-ethics.md?x=1#fairness)
            """);

        built.NoDiagnostics();
        Assert.Equal(
            [new InternalTarget(1, null), new InternalTarget(1, "fairness"), new InternalTarget(0, "risks"), new InternalTarget(1, null), new InternalTarget(1, "fairness")],
            Links(built).Select(l => l.Target));
    }

    [Fact]
    public void Web_and_mail_links_stay_external()
    {
        var built = BuildWith("# AI\n\n[web](https://example.org/x \"Title\") [mail](mailto:a@example.org)\n");

        built.NoDiagnostics();
        Assert.Equal(
            [new ExternalTarget("https://example.org/x"), new ExternalTarget("mailto:a@example.org")],
            Links(built).Select(l => l.Target));
        Assert.Equal("Title", Links(built)[0].Title);
    }

    [Fact]
    public void A_character_entity_that_xml_cannot_hold_is_dropped_from_a_raw_html_link()
    {
        var built = BuildWith("# AI\n\nSee <a href=\"https://example.org/a&#0;b\">the site</a>.\n");

        Assert.Equal([new ExternalTarget("https://example.org/ab")], Links(built).Select(l => l.Target));
    }

    [Fact]
    public void A_link_to_an_unknown_chapter_file_is_an_error_suggesting_the_nearest_chapter()
    {
        var built = BuildWith("# AI\n\nRead [this](./12-ethic.md) next.\n");

        var error = built.Single(DiagnosticCodes.ChapterLinkUnresolved);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation("content/11-ai.md", 3, 6), error.Location);
        Assert.Contains("content/12-ethics.md", error.Hint);
        Assert.Empty(Links(built));
        Assert.Equal("Read this next.", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content));
    }

    [Fact]
    public void A_link_to_an_unknown_anchor_is_an_error_suggesting_the_nearest_id()
    {
        var built = BuildWith("# AI\n\n[x](12-ethics.md#fairnes)\n\n[y](#risk)\n\n## Risks\n");

        var errors = built.All(DiagnosticCodes.AnchorUnresolved).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(new SourceLocation("content/11-ai.md", 3, 1), errors[0].Location);
        Assert.Equal("did you mean '#fairness'?", errors[0].Hint);
        Assert.Equal(new SourceLocation("content/11-ai.md", 5, 1), errors[1].Location);
        Assert.Equal("did you mean '#risks'?", errors[1].Hint);
    }

    [Fact]
    public void Past_a_hundred_broken_links_in_a_chapter_the_errors_come_without_a_hint_so_reporting_stays_linear()
    {
        var markdown = "# AI\n\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"## Topic {i}\n\n[t](#topc-{i})\n\n"));
        var built = BuildWith(markdown);

        var errors = built.All(DiagnosticCodes.AnchorUnresolved).ToList();
        Assert.Equal(150, errors.Count);
        Assert.Equal("did you mean '#topic-0'?", errors[0].Hint);
        Assert.Equal("did you mean '#topic-99'?", errors[99].Hint);
        Assert.All(errors.Skip(100), error => Assert.Null(error.Hint));
    }

    [Fact]
    public void A_link_to_a_file_that_is_not_a_chapter_is_an_error_unless_it_is_an_image()
    {
        var built = BuildWith("# AI\n\n[manual](../docs/manual.pdf)\n\n[picture](../images/a.png)\n");

        var error = built.Single(DiagnosticCodes.ChapterLinkUnresolved);
        Assert.Equal(new SourceLocation("content/11-ai.md", 3, 1), error.Location);
        Assert.Empty(Links(built));
        Assert.Equal("picture", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[2]).Content));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("vbscript:msgbox")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData(" java\tscript:alert(1)")]
    public void Script_and_data_urls_are_removed_and_the_text_kept(string url)
    {
        var built = MarkdownBook.Build($"# T\n\n[click me](<{url}>)\n");

        var warning = built.Single(DiagnosticCodes.UnsafeHtmlRemoved);
        Assert.Equal(3, warning.Location!.Line);
        Assert.Empty(Links(built));
        Assert.Equal("click me", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content));
    }

    [Fact]
    public void Ids_declared_in_raw_html_are_link_targets()
    {
        var built = BuildWith("# AI\n\n<a id=\"here\"></a>Text.\n\n[back](#here)\n");

        built.NoDiagnostics();
        Assert.Equal(new InternalTarget(0, "here"), Assert.Single(Links(built)).Target);
    }
}
