namespace Publisher.Tests.Markdown;

/// <summary>
/// Presentational HTML: what a book can keep (alignment, a picture's width) is kept; what it cannot (colours,
/// borders, fonts) is dropped with one warning per kind and chapter, however often it repeats.
/// </summary>
public sealed class HtmlPresentationTests
{
    [Fact]
    public void Alignment_and_image_sizes_are_kept_without_warnings()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <p align="right">Right</p>
            <p style="text-align: center">Centre</p>
            <p align="center"><img src="images/photo.png" height="120"></p>
            <img src="images/photo.png" style="width: 40%; float: right">
            """,
            "images/photo.png");

        built.NoDiagnostics();
        var blocks = built.Blocks.Skip(1).ToList();
        Assert.Equal([BlockAlignment.Right, BlockAlignment.Center, BlockAlignment.Center, BlockAlignment.Right], blocks.Select(b => b.Alignment));
        Assert.Equal(ImageWidth.Pixels(160), ((FigureBlock)blocks[2]).Width);
        Assert.Equal(ImageWidth.Percent(40), ((FigureBlock)blocks[3]).Width);
    }

    [Fact]
    public void Presentation_a_book_cannot_keep_is_dropped_with_one_warning_per_kind_and_chapter()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <table border="1" cellpadding="4">
            <tr><td bgcolor="#eee" valign="top">a</td><td bgcolor="#eee">b</td></tr>
            <tr><td bgcolor="#eee">c</td><td>d</td></tr>
            </table>

            <p><font color="red" face="Arial">Red</font> <span style="color: blue; font-size: 20px">blue</span></p>
            """);

        var warnings = built.All(DiagnosticCodes.HtmlPresentationDropped).ToList();
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal(8, warnings.Count);
        var bgcolor = Assert.Single(warnings, w => w.Message.Contains("'bgcolor'", StringComparison.Ordinal));
        Assert.Contains("3 times", bgcolor.Message);
        Assert.Equal(new SourceLocation("content/01-intro.md", 4, 5), bgcolor.Location);
        Assert.Equal("Red blue", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[^1]).Content));
    }

    [Fact]
    public void Event_handlers_are_removed_as_unsafe()
    {
        var built = MarkdownBook.Build("# T\n\n<p onclick=\"x()\" onmouseover=\"y()\">Text</p>\n");

        Assert.Equal(2, built.All(DiagnosticCodes.UnsafeHtmlRemoved).Count());
        Assert.Equal("Text", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content));
    }
}
