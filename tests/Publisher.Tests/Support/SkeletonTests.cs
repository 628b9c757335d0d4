namespace Publisher.Tests.Support;

public sealed class DocumentSampleTests
{
    [Fact]
    public void The_rich_sample_has_two_chapters_with_their_own_footnotes()
    {
        var book = DocumentSamples.Rich();

        Assert.Equal(2, book.Chapters.Count);
        Assert.All(book.Chapters, c => Assert.Single(c.Footnotes));
        Assert.NotEqual(
            Inlines.ToPlainText(((ParagraphBlock)book.Chapters[0].Footnotes[0].Blocks[0]).Content),
            Inlines.ToPlainText(((ParagraphBlock)book.Chapters[1].Footnotes[0].Blocks[0]).Content));
    }
}
