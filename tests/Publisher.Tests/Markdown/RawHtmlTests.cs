using System.Xml.Linq;

namespace Publisher.Tests.Markdown;

public sealed class RawHtmlTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    internal static XElement ParseXhtml(string fragment) =>
        XElement.Parse($"<div xmlns=\"http://www.w3.org/1999/xhtml\">{fragment}</div>");

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

        var html = Assert.Single(built.Blocks.OfType<HtmlBlock>());
        var root = ParseXhtml(html.Xhtml);
        var names = root.Descendants().Select(e => e.Name.LocalName).ToList();
        Assert.DoesNotContain("script", names);
        Assert.DoesNotContain("iframe", names);
        Assert.DoesNotContain("form", names);
        Assert.DoesNotContain("input", names);
        Assert.DoesNotContain(root.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.Null(root.Descendants(Xhtml + "a").Single().Attribute("href"));
        var image = root.Descendants(Xhtml + "img").Single();
        Assert.Equal("images/chart.png", (string?)image.Attribute("src"));
        Assert.Equal("Chart", (string?)image.Attribute("alt"));
        Assert.Contains("Hello there & é", root.Value);
        Assert.Contains("Hello there & é", html.PlainText);
        Assert.DoesNotContain("alert", html.PlainText);

        var warnings = built.All(DiagnosticCodes.UnsafeHtmlRemoved).ToList();
        Assert.Equal([3, 4, 5, 7, 7], warnings.Select(w => w.Location!.Line));
        Assert.All(warnings, w => Assert.Equal("content/01-intro.md", w.Location!.File));
    }

    [Fact]
    public void Html_is_written_as_xhtml_lower_case_quoted_self_closed_and_entities_as_characters()
    {
        var built = MarkdownBook.Build("# T\n\n<TABLE BORDER=1><TR><TD Class=x>a&nbsp;b&copy;<BR><HR></TABLE>\n");

        var html = Assert.Single(built.Blocks.OfType<HtmlBlock>());
        Assert.Equal("<table><tbody><tr><td class=\"x\">a\u00a0b\u00a9<br /><hr /></td></tr></tbody></table>", html.Xhtml);
        ParseXhtml(html.Xhtml);
        Assert.True(built.Diagnostics.Count == 1, string.Join("\n", built.Diagnostics)); // the dropped BORDER attribute
        Assert.Equal(DiagnosticCodes.HtmlRepaired, built.Diagnostics[0].Code);
    }

    [Fact]
    public void Malformed_html_is_repaired_with_a_warning()
    {
        var built = MarkdownBook.Build("# T\n\n<section>\n<p>unclosed <em>emphasis\n</div>\n");

        var html = Assert.Single(built.Blocks.OfType<HtmlBlock>());
        var root = ParseXhtml(html.Xhtml);
        Assert.True(root.Elements().Count() == 1, html.Xhtml);
        Assert.Equal("section", root.Elements().Single().Name.LocalName);
        var warning = built.Diagnostics.First(d => d.Code == DiagnosticCodes.HtmlRepaired);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.InRange(warning.Location!.Line, 3, 5);
    }

    [Fact]
    public void Html_comments_are_dropped_silently()
    {
        var built = MarkdownBook.Build("# T\n\n<!-- a note to myself -->\n\nText <!-- inline --> more.\n");

        built.NoDiagnostics();
        Assert.Empty(built.Blocks.OfType<HtmlBlock>());
        Assert.Equal("Text  more.", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content));
    }

    [Fact]
    public void Common_inline_formatting_tags_become_document_inlines()
    {
        var built = MarkdownBook.Build("# T\n\nPress <kbd>Ctrl</kbd>, <b>bold <i>both</i></b>, H<sub>2</sub>O, x<sup>2</sup>, <del>old</del><br>next <abbr title=\"HyperText\">HTML</abbr>\n");

        built.NoDiagnostics();
        var content = ((ParagraphBlock)built.Blocks[1]).Content;
        Assert.Contains(new CodeInline("Ctrl"), content);
        var bold = content.OfType<StyledInline>().First();
        Assert.Equal(InlineStyle.Strong, bold.Style);
        Assert.Equal(InlineStyle.Emphasis, Assert.IsType<StyledInline>(bold.Content[1]).Style);
        Assert.Equal(
            [InlineStyle.Strong, InlineStyle.Subscript, InlineStyle.Superscript, InlineStyle.Strikethrough],
            content.OfType<StyledInline>().Select(s => s.Style));
        Assert.Single(content.OfType<LineBreak>());
        var abbr = Assert.Single(content.OfType<HtmlInline>());
        Assert.Equal("<abbr title=\"HyperText\">HTML</abbr>", abbr.Xhtml);
        Assert.Equal("HTML", abbr.PlainText);
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
    public void Inline_scripts_lose_their_content_and_other_tags_keep_their_text_with_a_warning()
    {
        var built = MarkdownBook.Build("# T\n\nA <script>alert(1)</script> B <blink>C</blink> <a href=\"javascript:x()\">D</a>\n");

        var paragraph = Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content);
        Assert.Equal("A  B C D", paragraph);
        var unsafeWarnings = built.All(DiagnosticCodes.UnsafeHtmlRemoved).ToList();
        Assert.Equal([new SourceLocation("content/01-intro.md", 3, 3), new SourceLocation("content/01-intro.md", 3, 48)], unsafeWarnings.Select(w => w.Location));
        Assert.Equal(new SourceLocation("content/01-intro.md", 3, 31), built.Single(DiagnosticCodes.HtmlRepaired).Location);
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
}

public sealed class HtmlWrapperTests
{
    [Fact]
    public void Markdown_wrapped_in_html_tags_is_kept_without_the_wrapper_and_one_warning()
    {
        var built = MarkdownBook.Build("# T\n\n<div align=\"center\">\n\n*Centered* text.\n\n</div>\n");

        Assert.Equal([typeof(HeadingBlock), typeof(ParagraphBlock)], built.Blocks.Select(b => b.GetType()));
        var warning = built.Single(DiagnosticCodes.HtmlRepaired);
        Assert.Equal(new SourceLocation("content/01-intro.md", 3, 1), warning.Location);
    }

    [Fact]
    public void A_lone_dangerous_tag_is_still_reported_as_removed()
    {
        var built = MarkdownBook.Build("# T\n\n<iframe src=\"https://evil.example\">\n\nText.\n");

        Assert.Equal(3, built.Single(DiagnosticCodes.UnsafeHtmlRemoved).Location!.Line);
        Assert.DoesNotContain(built.Blocks.OfType<HtmlBlock>(), h => h.Xhtml.Contains("iframe", StringComparison.Ordinal));
    }
}
