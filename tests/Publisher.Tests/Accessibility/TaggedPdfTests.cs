using Publisher.Benchmarks;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Fixtures;
using Publisher.Tests.Support.TaggedPdf;

namespace Publisher.Tests.Accessibility;

/// <summary>
/// The PDFs are tagged (PDF/UA-1 structure): the rules <see cref="TaggedPdfChecker"/> reads back hold for the sample
/// book, the book with every element, and a generated 50-chapter book (the raw HTML book: see
/// <see cref="TaggedPdfStructureTests"/>).
/// </summary>
public sealed class TaggedPdfTests(SampleBookBuild sample) : IClassFixture<SampleBookBuild>
{
    [SkippableFact]
    public void The_sample_book_is_a_tagged_pdf_that_reads_like_the_book()
    {
        Validators.PdfToText.Require();
        AssertTagged(sample.Book.Pdf);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", PdfReadBack.Run(Validators.PdfInfo, [sample.Book.Pdf]).Output);
    }

    [SkippableFact]
    public void The_book_with_every_element_is_a_tagged_pdf_that_reads_like_the_book()
    {
        Validators.PdfToText.Require();
        using var book = PublishedBook.Publish(FixtureBooks.EveryElementBook, OutputFormats.Pdf);
        AssertTagged(book.Pdf);
    }

    public static TheoryData<string> OtherBooks() => new() { "seed-book", "mdbook-book", "gitbook-book", "series-book", "html-book", "minimal-book" };

    [SkippableTheory]
    [MemberData(nameof(OtherBooks))]
    public void Every_fixture_book_is_a_tagged_pdf_that_reads_like_the_book(string name)
    {
        Validators.PdfToText.Require();
        using var book = PublishedBook.Publish(Path.Combine(FixtureBooks.RepositoryRoot, "tests", "fixtures", name), OutputFormats.Pdf);
        AssertTagged(book.Pdf);
    }

    [SkippableFact]
    public void A_generated_fifty_chapter_book_is_a_tagged_pdf_that_reads_like_the_book()
    {
        Validators.PdfToText.Require();
        using var folder = new TempDirectory();
        SyntheticBook.Write(folder.Path, 50);
        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = folder.Path, Formats = OutputFormats.Pdf });
        AssertTagged(result.Artifacts.Single());
    }

    private static TaggedPdfReport AssertTagged(string pdf)
    {
        var report = TaggedPdfChecker.Check(pdf);
        Assert.True(report.Problems.Count == 0, $"{report.Problems.Count} problems:\n" + string.Join("\n", report.Problems.Take(30)));
        return report;
    }
}
