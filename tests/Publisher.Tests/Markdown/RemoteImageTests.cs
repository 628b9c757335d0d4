namespace Publisher.Tests.Markdown;

/// <summary>
/// An image on the network is never fetched: its description becomes a link to its address (its text alone when it
/// is already inside a link), with a PUB211 warning at its place.
/// </summary>
public sealed class RemoteImageTests
{
    [Fact]
    public void A_markdown_image_on_the_web_becomes_a_link_with_its_description()
    {
        var built = MarkdownBook.Build("# T\n\nSee ![the chart](https://example.org/chart.png) here.\n\n![Logo](//cdn.example.org/logo.png)\n");

        var inline = Assert.IsType<LinkInline>(((ParagraphBlock)built.Blocks[1]).Content[1]);
        Assert.Equal(new ExternalTarget("https://example.org/chart.png"), inline.Target);
        Assert.Equal("the chart", Inlines.ToPlainText(inline.Content));
        var alone = Assert.IsType<LinkInline>(Assert.Single(((ParagraphBlock)built.Blocks[2]).Content));
        Assert.Equal(new ExternalTarget("https://cdn.example.org/logo.png"), alone.Target);
        Assert.Empty(built.Document.Images);
        var warnings = built.All(DiagnosticCodes.RemoteImage).ToList();
        Assert.Equal([(3, 5), (5, 1)], warnings.Select(w => (w.Location!.Line, w.Location.Column)));
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal(2, built.Diagnostics.Count);
    }

    [Fact]
    public void A_badge_inside_a_link_keeps_only_its_text_so_links_do_not_nest()
    {
        var built = MarkdownBook.Build("# T\n\n[![build passing](https://img.example.org/badge.svg)](https://ci.example.org/run)\n");

        var link = Assert.IsType<LinkInline>(Assert.Single(((ParagraphBlock)built.Blocks[1]).Content));
        Assert.Equal(new ExternalTarget("https://ci.example.org/run"), link.Target);
        Assert.Equal([new TextInline("build passing")], link.Content);
        built.Single(DiagnosticCodes.RemoteImage);
    }

    [Fact]
    public void An_image_without_a_description_is_linked_by_its_address()
    {
        var built = MarkdownBook.Build("# T\n\nA ![](http://example.org/a.png) b\n");

        var link = ((ParagraphBlock)built.Blocks[1]).Content.OfType<LinkInline>().Single();
        Assert.Equal("http://example.org/a.png", Inlines.ToPlainText(link.Content));
    }

    [Fact]
    public void Raw_html_images_on_the_web_become_links_and_their_other_sources_are_dropped()
    {
        var built = MarkdownBook.Build(
            """
            # T

            Inline <img src="https://example.org/i.png" alt="inline picture"> and <a href="https://example.org"><img src="https://example.org/j.png" alt="linked"></a>.

            <div>
            <img src="https://example.org/b.png" alt="block picture" srcset="https://example.org/b2.png 2x">
            <picture><source srcset="https://example.org/c.webp"><img src="https://example.org/c.png" alt="in a picture"></picture>
            <video poster="https://example.org/p.png"></video>
            <span style="background: url(https://example.org/d.png)">styled</span>
            <a href="https://example.org/e"><img src="https://example.org/e.png" alt="badge"></a>
            </div>
            """);

        var paragraph = (ParagraphBlock)built.Blocks[1];
        var inline = paragraph.Content.OfType<LinkInline>().ToList();
        Assert.Equal(new ExternalTarget("https://example.org/i.png"), inline[0].Target);
        Assert.Equal("inline picture", Inlines.ToPlainText(inline[0].Content));
        Assert.Equal(new ExternalTarget("https://example.org"), inline[1].Target);
        Assert.Equal("linked", Inlines.ToPlainText(inline[1].Content));

        Assert.Empty(built.Document.Images);
        var blockLinks = DocumentWalk.AllInlines(built.Document).OfType<LinkInline>().Skip(2)
            .Select(link => (((ExternalTarget)link.Target).Url, Inlines.ToPlainText(link.Content)))
            .ToList();
        Assert.Equal(
            [("https://example.org/b.png", "block picture"), ("https://example.org/c.png", "in a picture"), ("https://example.org/e", "badge")],
            blockLinks);
        var text = Inlines.ToPlainText(DocumentWalk.AllInlines(built.Document));
        Assert.DoesNotContain("c.webp", text);
        Assert.DoesNotContain("d.png", text);
        Assert.Equal(5, built.All(DiagnosticCodes.RemoteImage).Count());
    }
}
