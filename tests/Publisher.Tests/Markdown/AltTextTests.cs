namespace Publisher.Tests.Markdown;

/// <summary>
/// Pictures need alt text (PUB255, with file and line); an author marks a decorative one with an empty alt on
/// purpose, in HTML (<c>alt=""</c>) or after a Markdown image (<c>{alt=""}</c>), and it is not reported.
/// </summary>
public sealed class AltTextTests
{
    [Fact]
    public void A_markdown_figure_without_alt_text_is_a_warning_at_its_line()
    {
        var built = MarkdownBook.Build("# T\n\nText.\n\n![](images/photo.png)\n", "images/photo.png");

        var warning = built.Single(DiagnosticCodes.ImageWithoutAltText);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(("content/01-intro.md", 5), (warning.Location?.File, warning.Location?.Line));
        Assert.Contains("images/photo.png", warning.Message, StringComparison.Ordinal);
        Assert.False(Assert.IsType<FigureBlock>(built.Blocks[^1]).Decorative);
    }

    [Fact]
    public void An_html_image_without_an_alt_attribute_is_a_warning_and_an_inline_one_too()
    {
        var built = MarkdownBook.Build("# T\n\n<img src=\"images/photo.png\">\n\nAn icon ![](images/icon.png) in text.\n", "images/photo.png", "images/icon.png");

        Assert.Equal([3, 5], built.All(DiagnosticCodes.ImageWithoutAltText).Select(d => d.Location!.Line).Order());
    }

    [Fact]
    public void An_empty_alt_on_purpose_marks_a_picture_decorative_without_a_warning()
    {
        var built = MarkdownBook.Build(
            "# T\n\n![](images/photo.png){alt=\"\"}\n\n<img src=\"images/photo.png\" alt=\"\">\n\nAn icon <img src=\"images/icon.png\" alt=\"\"> in text.\n",
            "images/photo.png",
            "images/icon.png");

        built.NoDiagnostics();
        var pictures = DocumentWalk.AllBlocks(built.Document).OfType<FigureBlock>().ToList();
        Assert.Equal(2, pictures.Count);
        Assert.All(pictures, figure => Assert.True(figure.Decorative));
        Assert.True(Assert.Single(DocumentWalk.AllInlines(built.Document).OfType<ImageInline>()).Decorative);
    }

    [Fact]
    public void A_picture_with_alt_text_is_neither_reported_nor_decorative()
    {
        var built = MarkdownBook.Build("# T\n\n![A photo of the quay](images/photo.png)\n\n<img src=\"images/photo.png\" alt=\"The quay\">\n", "images/photo.png");

        built.NoDiagnostics();
        Assert.All(DocumentWalk.AllBlocks(built.Document).OfType<FigureBlock>(), figure => Assert.False(figure.Decorative));
    }
}
