using System.Reflection;

namespace Publisher.Tests.Architecture;

/// <summary>
/// The stages depend one way: Book → Markdown → Document ← Epub, Pdf; the Preview shows the Document with the EPUB's
/// page makers; Publishing orchestrates; the command line calls only Publishing. Inside Pdf: Text ← Layout ← Export,
/// and Export sees only laid-out pages.
/// </summary>
public sealed class StageRulesTests
{
    private const string Book = "Publisher.Book";
    private const string Markdown = "Publisher.Markdown";
    private const string Document = "Publisher.Document";
    private const string Highlighting = "Publisher.Highlighting";
    private const string Epub = "Publisher.Epub";
    private const string Pdf = "Publisher.Pdf";
    private const string PdfText = "Publisher.Pdf.Text";
    private const string PdfLayout = "Publisher.Pdf.Layout";
    private const string PdfExport = "Publisher.Pdf.Export";
    private const string Preview = "Publisher.Preview";
    private const string Publishing = "Publisher.Publishing";
    private const string Cli = "Publisher.Cli";
    private const string Markdig = "Markdig";

    private static readonly Assembly Library = typeof(Publisher.Publishing.BookPublisher).Assembly;
    // Loaded by name: a type reference would make these tests import the command line themselves.
    private static readonly Assembly CommandLine = Assembly.Load("Publisher.Cli");

    public static TheoryData<StageRule> LibraryRules =>
    [
        new("Publisher.Diagnostics", [Book, Markdown, Document, Highlighting, Epub, Pdf, Preview, Publishing], "every stage reports through it"),
        new(Document, [Book, Markdown, Highlighting, Epub, Pdf, Preview, Publishing, Markdig, "SkiaSharp", "PdfSharp", "AngleSharp"], "the format-neutral book depends on no stage"),
        new(Book, [Markdown, Highlighting, Epub, Pdf, Preview, Publishing, Markdig], "reading the book comes first"),
        new(Markdown, [Highlighting, Epub, Pdf, Preview, Publishing], "Markdown hands over the Document and knows no writer"),
        new(Highlighting, [Book, Markdown, Epub, Pdf, Preview, Publishing], "both writers share it"),
        new(Epub, [Book, Markdown, Pdf, Preview, Publishing, Markdig], "the EPUB writer reads only the Document"),
        new(Pdf, [Book, Markdown, Epub, Preview, Publishing, Markdig], "the PDF writer reads only the Document"),
        new(Preview, [Book, Markdown, Pdf, Publishing, Markdig], "the preview shows the Document through the EPUB's page makers, never the PDF"),
        new(PdfText, [PdfLayout, PdfExport], "fonts and line breaking know nothing of pages"),
        new(PdfLayout, [PdfExport], "layout decides, export draws"),
        new(PdfExport, [Document, Highlighting], "the exporter sees only laid-out pages"),
        new("Publisher", [Cli], "only the command line's own tests import it"),
    ];

    [Theory]
    [MemberData(nameof(LibraryRules))]
    public void Library_stages_depend_one_way(StageRule rule)
    {
        Assert.Empty(rule.Violations(Library));
    }

    [Fact]
    public void The_command_line_calls_only_the_publishing_facade()
    {
        var rule = new StageRule(Cli, [Book, Markdown, Document, Highlighting, Epub, Pdf, Preview], "the facade is the library's only door");

        Assert.Empty(rule.Violations(CommandLine));
    }

    [Fact]
    public void Only_the_command_line_tests_import_the_command_line()
    {
        var rule = new StageRule("Publisher.Tests", [Cli], "the command line is tested through its own tests")
        {
            Except = ["Publisher.Tests.Cli"],
        };

        Assert.Empty(rule.Violations(typeof(StageRulesTests).Assembly));
    }

    [Fact]
    public void The_rule_checker_reports_a_stage_that_reaches_where_it_must_not()
    {
        var rule = new StageRule(typeof(Probe.Document.ReachesIntoPdf).Namespace!, [Pdf], "a probe that breaks the rule on purpose");

        var violation = Assert.Single(rule.Violations(typeof(StageRulesTests).Assembly));
        Assert.StartsWith(typeof(Probe.Document.ReachesIntoPdf).FullName!, violation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_checker_holds_the_namespaces_below_a_stage_to_its_rule()
    {
        var rule = new StageRule("Publisher.Tests.Architecture.Probe", [Pdf], "the probe's parent namespace");

        Assert.Single(rule.Violations(typeof(StageRulesTests).Assembly));
    }

    [Fact]
    public void The_rule_checker_passes_a_stage_that_keeps_to_its_rules()
    {
        var rule = new StageRule(typeof(Probe.Document.ReachesIntoPdf).Namespace!, [Epub, Markdown], "the probe touches neither");

        Assert.Empty(rule.Violations(typeof(StageRulesTests).Assembly));
    }
}
