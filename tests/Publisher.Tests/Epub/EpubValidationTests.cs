namespace Publisher.Tests.Epub;

public sealed class EpubValidationTests
{
    [Fact]
    public void The_rich_sample_passes_EPUBCheck_without_errors_or_warnings() =>
        AssertValid(DocumentSamples.Rich());

    [Fact]
    public void A_book_with_a_cover_passes_EPUBCheck_without_errors_or_warnings()
    {
        var book = DocumentSamples.Rich();
        var cover = DocumentSamples.Png("images/cover.png", 600, 900);
        AssertValid(book with { Metadata = book.Metadata with { CoverImage = cover } });
    }

    private static void AssertValid(BookDocument book)
    {
        using var folder = new TempDirectory();
        var path = folder.Write("book.epub", EpubFile.WriteBytes(book));

        var report = EpubCheck.Run(path);

        Assert.True(report.IsClean, report.ToString());
    }
}
