namespace Publisher.Tests.Markdown;

/// <summary>Raw HTML is made safe: active content removed, broken markup repaired, all at its line.</summary>
public sealed class RawHtmlTests
{
    [Fact]
    public void Active_content_is_removed_from_html_blocks_with_a_warning_at_its_line()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <div class="box" onclick="steal()">
            <script>alert(1)</script>
            <p>Hello <a href="javascript:alert(1)">there</a> &amp; &eacute;<br>
            <IMG SRC="images/chart.png" ALT=Chart>
            <iframe src="https://evil.example"></iframe><form><input name="q"></form>
            </div>
            """,
            "images/chart.png");

        var paragraph = Assert.IsType<ParagraphBlock>(built.Blocks[1]);
        Assert.Equal("Hello there & é Chart", Inlines.ToPlainText(paragraph.Content));
        Assert.DoesNotContain(paragraph.Content, i => i is LinkInline);
        var image = Assert.Single(paragraph.Content.OfType<ImageInline>());
        Assert.Equal("images/chart.png", image.Image.SourcePath);
        Assert.Equal("Chart", image.AltText);
        Assert.DoesNotContain("alert", string.Concat(DocumentWalk.AllInlines(built.Document).OfType<TextInline>().Select(t => t.Text)));

        var warnings = built.All(DiagnosticCodes.UnsafeHtmlRemoved).ToList();
        Assert.Equal([3, 4, 5, 7, 7], warnings.Select(w => w.Location!.Line));
        Assert.All(warnings, w => Assert.Equal("content/01-intro.md", w.Location!.File));
    }

    [Fact]
    public void Malformed_html_is_repaired_the_way_a_browser_reads_it_with_a_warning_at_the_repair()
    {
        var built = MarkdownBook.Build("# T\n\n<section>\n<p>unclosed <em>emphasis</p>\n</div>\n");

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(built.Blocks.Skip(1)));
        Assert.Equal(InlineStyle.Emphasis, Assert.IsType<StyledInline>(paragraph.Content[1]).Style);
        var warning = built.Diagnostics.First(d => d.Code == DiagnosticCodes.HtmlRepaired);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("content/01-intro.md", 4, 25), warning.Location);
    }

    [Fact]
    public void An_unquoted_url_is_read_as_browsers_read_it_without_a_warning()
    {
        var built = MarkdownBook.Build("# T\n\n<p><a href=https://example.org/watch?v=1>Source</a></p>\n");

        built.NoDiagnostics();
        var link = Assert.IsType<LinkInline>(Assert.IsType<ParagraphBlock>(built.Blocks[1]).Content.Single());
        Assert.Equal(new ExternalTarget("https://example.org/watch?v=1"), link.Target);
    }

    [Fact]
    public void Html_comments_are_dropped_silently()
    {
        var built = MarkdownBook.Build("# T\n\n<!-- a note to myself -->\n\nText <!-- inline --> more.\n");

        built.NoDiagnostics();
        Assert.Equal(2, built.Blocks.Count);
        Assert.Equal("Text  more.", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content));
    }

    [Fact]
    public void Common_inline_formatting_tags_become_document_inlines()
    {
        var built = MarkdownBook.Build("# T\n\nPress <kbd>Ctrl</kbd>, <b>bold <i>both</i></b>, H<sub>2</sub>O, x<sup>2</sup>, <del>old</del><br>next <abbr title=\"HyperText\">HTML</abbr>, <mark>marked</mark> <u>under</u>\n");

        built.NoDiagnostics();
        var content = ((ParagraphBlock)built.Blocks[1]).Content;
        Assert.Contains(new CodeInline("Ctrl"), content);
        var bold = content.OfType<StyledInline>().First();
        Assert.Equal(InlineStyle.Strong, bold.Style);
        Assert.Equal(InlineStyle.Emphasis, Assert.IsType<StyledInline>(bold.Content[1]).Style);
        Assert.Equal(
            [InlineStyle.Strong, InlineStyle.Subscript, InlineStyle.Superscript, InlineStyle.Strikethrough, InlineStyle.Highlight, InlineStyle.Underline],
            content.OfType<StyledInline>().Select(s => s.Style));
        Assert.Single(content.OfType<LineBreak>());
        var abbr = Assert.Single(content.OfType<SpanInline>());
        Assert.Equal("HyperText", abbr.Title);
        Assert.Equal("HTML", Inlines.ToPlainText(abbr.Content));
    }

    [Fact]
    public void Inline_links_in_html_are_resolved_like_markdown_links()
    {
        var built = MarkdownBook.Build("# T\n\n<a href=\"https://example.org\" title=\"Ex\">site</a> and <a href=\"#t\">top</a>\n");

        built.NoDiagnostics();
        var links = ((ParagraphBlock)built.Blocks[1]).Content.OfType<LinkInline>().ToList();
        Assert.Equal([new ExternalTarget("https://example.org"), new InternalTarget(0, "t")], links.Select(l => l.Target));
        Assert.Equal("Ex", links[0].Title);
    }

    [Fact]
    public void Inline_scripts_lose_their_content_and_unknown_tags_keep_their_text_with_an_info()
    {
        var built = MarkdownBook.Build("# T\n\nA <script>alert(1)</script> B <blink>C</blink> <a href=\"javascript:x()\">D</a>\n");

        var paragraph = Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content);
        Assert.Equal("A  B C D", paragraph);
        var unsafeWarnings = built.All(DiagnosticCodes.UnsafeHtmlRemoved).ToList();
        Assert.Equal([new SourceLocation("content/01-intro.md", 3, 3), new SourceLocation("content/01-intro.md", 3, 48)], unsafeWarnings.Select(w => w.Location));
        var unknown = built.Single(DiagnosticCodes.HtmlUnknownElement);
        Assert.Equal(DiagnosticSeverity.Info, unknown.Severity);
        Assert.Equal(new SourceLocation("content/01-intro.md", 3, 31), unknown.Location);
    }

    [Fact]
    public void Unclosed_and_stray_inline_tags_are_repaired_with_warnings()
    {
        var built = MarkdownBook.Build("# T\n\nAn <em>open tag and a stray</span> close.\n");

        var content = ((ParagraphBlock)built.Blocks[1]).Content;
        Assert.Equal("An ", ((TextInline)content[0]).Text);
        Assert.Equal(InlineStyle.Emphasis, ((StyledInline)content[1]).Style);
        var warnings = built.All(DiagnosticCodes.HtmlRepaired).Select(w => w.Location!.Column).ToList();
        Assert.Equal([4, 28], warnings);
    }

    [Fact]
    public void A_lone_dangerous_tag_is_reported_and_the_markdown_after_it_is_kept()
    {
        var built = MarkdownBook.Build("# T\n\n<iframe src=\"https://evil.example\">\n\nText.\n");

        Assert.Equal(3, built.Single(DiagnosticCodes.UnsafeHtmlRemoved).Location!.Line);
        Assert.Equal("Text.", Inlines.ToPlainText(Assert.IsType<ParagraphBlock>(built.Blocks[^1]).Content));
    }

    [Fact]
    public void A_block_element_inside_a_markdown_paragraph_keeps_its_text_there_with_a_warning()
    {
        var built = MarkdownBook.Build("# T\n\nBefore <div>inside</div> after.\n");

        Assert.Equal("Before inside after.", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content));
        Assert.Equal(3, built.Single(DiagnosticCodes.HtmlElementMoved).Location!.Line);
    }

    [Fact]
    public void A_link_inside_a_link_keeps_only_its_text()
    {
        var built = MarkdownBook.Build("# T\n\n<a href=\"https://a.example\">\n\nsee [inner](https://b.example)\n\n</a>\n");

        var link = Assert.IsType<LinkInline>(Assert.IsType<ParagraphBlock>(built.Blocks[1]).Content.Single());
        Assert.Equal(new ExternalTarget("https://a.example"), link.Target);
        Assert.DoesNotContain(DocumentTree.Inlines(link.Content), i => i is LinkInline);
        Assert.Equal("see inner", Inlines.ToPlainText(link.Content));
        Assert.Equal(DiagnosticSeverity.Warning, built.Single(DiagnosticCodes.HtmlElementDropped).Severity);
    }

    [Fact]
    public void Markdown_inside_html_nested_too_deeply_is_kept_as_flat_content()
    {
        var opening = string.Concat(Enumerable.Range(0, 300).Select(_ => "<div>\n\n"));
        var built = MarkdownBook.Build("# T\n\n" + opening + "Deep **Markdown** text.\n");

        Assert.NotEmpty(built.All(DiagnosticCodes.NestingTooDeep));
        var text = string.Concat(DocumentWalk.AllInlines(built.Document).OfType<TextInline>().Select(t => t.Text));
        Assert.Contains("Deep", text);
        Assert.Contains("Markdown", text);
        DocumentWalk.Xhtml(built.Document);
    }
}
