using Publisher.Tests.EndToEnd;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Accessibility;

/// <summary>
/// Ace by DAISY (axe-core in Chromium, plus the EPUB accessibility rules) finds nothing in the EPUBs we write: not in
/// the sample book, not in a book holding every element. Skipped with its reason where Ace or chromium is missing;
/// in CI they are installed and a missing one fails.
/// </summary>
public sealed class AceTests
{
    [Fact]
    public void The_report_reader_finds_failed_checks_and_only_those()
    {
        const string report = """
            { "assertions": [
              { "earl:testSubject": { "url": "ch01.xhtml" }, "assertions": [] },
              { "earl:testSubject": { "url": "ch02.xhtml" }, "assertions": [
                { "earl:test": { "dct:title": "color-contrast", "earl:impact": "serious" },
                  "earl:result": { "earl:outcome": "fail", "dct:description": "insufficient color contrast of 4.39" } } ] } ] }
            """;

        var violation = Assert.Single(AceByDaisy.Violations(report));

        Assert.Equal(new AceViolation("ch02.xhtml", "color-contrast", "serious", "insufficient color contrast of 4.39"), violation);
    }

    [SkippableFact]
    public void The_sample_book_has_no_violations()
    {
        AceByDaisy.Require();
        using var book = PublishedBook.Publish(FixtureBooks.SampleBook, OutputFormats.Epub);
        Assert.True(book.Result.Succeeded, string.Join("\n", book.Result.Diagnostics));

        var violations = AceByDaisy.Check(book.Epub);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [SkippableFact]
    public void A_book_with_every_element_has_no_violations()
    {
        AceByDaisy.Require();
        using var book = PublishedBook.Publish(FixtureBooks.EveryElementBook, OutputFormats.Epub);
        Assert.True(book.Result.Succeeded, string.Join("\n", book.Result.Diagnostics));

        var violations = AceByDaisy.Check(book.Epub);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [SkippableFact]
    public void A_book_written_in_raw_html_has_no_violations()
    {
        AceByDaisy.Require();
        using var book = PublishedBook.Publish(FixtureBooks.HtmlBook, OutputFormats.Epub);
        Assert.True(book.Result.Succeeded, string.Join("\n", book.Result.Diagnostics));

        var violations = AceByDaisy.Check(book.Epub);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
