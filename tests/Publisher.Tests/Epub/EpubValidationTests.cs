namespace Publisher.Tests.Epub;

public sealed class EpubValidationTests
{
    [SkippableFact]
    public void The_rich_sample_passes_EPUBCheck_without_errors_or_warnings() =>
        AssertValid(DocumentSamples.Rich());

    [SkippableFact]
    public void A_right_to_left_book_with_cover_inline_svg_and_deep_toc_passes_EPUBCheck()
    {
        var book = DocumentSamples.Rich();
        var chapter = book.Chapters[0] with
        {
            Blocks =
            [
                .. book.Chapters[0].Blocks,
                new ContainerBlock(ContainerKind.Details, [new ParagraphBlock([new SpanInline([new TextInline("Bonjour")]) { ContentLanguage = "fr" }, new AnchorInline("here")])]) { Label = [new TextInline("Answer")], ContentLanguage = "en" },
                new ParagraphBlock([new StyledInline(InlineStyle.Highlight, [new TextInline("marked")]), new StyledInline(InlineStyle.Underline, [new TextInline("under")]), new SpanInline([new TextInline("HTML")]) { Title = "HyperText" }]) { Alignment = BlockAlignment.Center, AnchorId = "centred" },
                new ParagraphBlock([new TextInline("Once more"), new FootnoteReference("fn-1", "fnref-1-2", 1)]),
                new HeadingBlock(4, "deep", [new TextInline("Deep")]),
                new CodeBlock("html", "<p class=\"x\">hi <script>alert(1)</script></p>"),
                new CodeBlock("json", "{ \"a\": [1, true, null] }"),
            ],
        };
        var edge = book with
        {
            Chapters = [chapter, book.Chapters[1]],
            Metadata = book.Metadata with
            {
                CoverImage = DocumentSamples.Png("images/cover.png", 600, 900),
                Language = "he",
                TocDepth = 6,
                Date = "sometime in spring",
                Subtitle = null,
            },
        };

        AssertValid(edge);
    }

    private static void AssertValid(BookDocument book)
    {
        using var folder = new TempDirectory();
        var path = folder.Write("book.epub", EpubFile.WriteBytes(book));

        var report = EpubCheck.Run(path);

        Assert.True(report.IsClean, report.ToString());
    }
}
