namespace Publisher.Tests.Markdown;

/// <summary>A chapter shaped like the books this tool is for: numbered files, a next-chapter link, a picture from images/.</summary>
public sealed class SeedShapedChapterTests
{
    [Fact]
    public void A_numbered_chapter_links_to_the_next_and_shows_its_picture()
    {
        var built = MarkdownBook.Build(
            [
                ("content/11-ai-engineer.md", """
                    # The AI Engineer

                    ## A New Frontier

                    - Role: builds things.

                    > A quote.

                    Read [the course list](https://example.org/courses?utm_source=share&x=1).

                    ![ai-eng vs data sci](images/11-1.png)

                    [Next](./12-ethics.md)
                    """),
                ("content/12-ethics.md", "# Ethics\n"),
            ],
            "images/11-1.png");

        built.NoDiagnostics();
        var chapter = built.Chapter;
        Assert.Equal("The AI Engineer", chapter.Title);
        Assert.Equal(["the-ai-engineer", "a-new-frontier"], chapter.Headings.Select(h => h.Id));
        var figure = Assert.Single(chapter.Blocks.OfType<FigureBlock>());
        Assert.Equal("images/11-1.png", figure.Image.SourcePath);
        var next = (LinkInline)((ParagraphBlock)chapter.Blocks[^1]).Content.Single();
        Assert.Equal(new InternalTarget(1, null), next.Target);
        var web = ((ParagraphBlock)chapter.Blocks[4]).Content.OfType<LinkInline>().Single();
        Assert.Equal(new ExternalTarget("https://example.org/courses?utm_source=share&x=1"), web.Target);
    }

    [Fact]
    public void Links_in_raw_html_point_at_the_chapter_files_of_the_ebook()
    {
        var built = MarkdownBook.Build([
            ("content/01-a.md", "# A\n\n<p><a href=\"02-b.md#top\">b</a> <a href=\"02-b.md#nope\">c</a> <a href=\"#a\">self</a></p>\n"),
            ("content/02-b.md", "# B\n\n## Top\n"),
        ]);

        var paragraph = Assert.IsType<ParagraphBlock>(built.Blocks[1]);
        var links = paragraph.Content.OfType<LinkInline>().Select(l => l.Target).ToList();
        Assert.Equal([new InternalTarget(1, "top"), new InternalTarget(0, "a")], links);
        Assert.Equal("b c self", Inlines.ToPlainText(paragraph.Content));
        var error = built.Single(DiagnosticCodes.AnchorUnresolved);
        Assert.Equal(3, error.Location!.Line);
        Assert.Equal("did you mean '#top'?", error.Hint);
    }
}
