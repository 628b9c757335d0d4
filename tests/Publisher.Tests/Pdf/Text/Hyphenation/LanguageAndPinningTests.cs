using System.Xml.Linq;
using Publisher.Epub;
using Publisher.Pdf.Layout;
using Publisher.Tests.Markdown;
using Publisher.Tests.Support;

namespace Publisher.Tests.Pdf.Text.Hyphenation;

/// <summary>What the author and the book say about languages and pinned blocks, and how the writers carry it.</summary>
public sealed class LanguageAndPinningTests
{
    private static BookDocument BookIn(string language, params Block[] blocks) =>
        new(DocumentSamples.Metadata() with { Language = language }, [new ChapterDocument(0, "content/01-a.md", "ch01", "A", blocks, [])], []);

    [Fact]
    public void A_language_without_patterns_is_reported_once_as_information()
    {
        var paragraph = new ParagraphBlock([new TextInline("text")]) { Line = 4, ContentLanguage = "xx" };
        var diagnostics = new DiagnosticBag();

        HyphenationCheck.Report(BookIn("ja", paragraph, paragraph with { Line = 9 }, new ParagraphBlock([new TextInline("more")]) { ContentLanguage = "de" }), diagnostics);

        var reported = diagnostics.ToSortedList().Where(d => d.Code == DiagnosticCodes.NoHyphenationPatterns).ToList();
        Assert.Equal(2, reported.Count);
        Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(reported, d => d.Message.Contains("'ja'", StringComparison.Ordinal) && d.Location is null);
        var span = Assert.Single(reported, d => d.Message.Contains("'xx'", StringComparison.Ordinal));
        Assert.Equal(new SourceLocation("content/01-a.md", 4, 1), span.Location);
    }

    [Fact]
    public void A_book_in_a_hyphenated_language_or_one_that_turns_hyphenation_off_hears_nothing()
    {
        var english = new DiagnosticBag();
        HyphenationCheck.Report(BookIn("en-GB"), english);
        var off = new DiagnosticBag();
        var book = BookIn("ja");
        HyphenationCheck.Report(book with { Metadata = book.Metadata with { Pdf = new PdfSettings { Hyphenate = false } } }, off);

        Assert.Empty(english.ToSortedList());
        Assert.Empty(off.ToSortedList());
    }

    [Fact]
    public void The_epub_marks_content_in_another_language_with_lang_and_xml_lang()
    {
        var book = BookIn("en");
        var renderer = new XhtmlRenderer(book, book.Chapters[0], PageBreakMarkers.None);
        Block paragraph = new ParagraphBlock(
        [
            new TextInline("An English sentence with "),
            new TextInline("ein deutsches Wort") { ContentLanguage = "de" },
        ]) { ContentLanguage = "en-GB" };

        var element = Assert.IsType<XElement>(Assert.Single(renderer.Block(paragraph)));

        Assert.Equal("en-GB", (string?)element.Attribute("lang"));
        Assert.Equal("en-GB", (string?)element.Attribute(XNamespace.Xml + "lang"));
        var span = Assert.Single(element.Elements());
        Assert.Equal("span", span.Name.LocalName);
        Assert.Equal("de", (string?)span.Attribute("lang"));
        Assert.Equal("ein deutsches Wort", span.Value);
    }

    [Fact]
    public void Here_pins_a_figure_or_a_code_block_and_others_may_float()
    {
        var built = MarkdownBook.Build(
            """
            # A

            ![Pinned](images/chart.png){.here}

            ![Free](images/chart.png)

            ```python {.here}
            print("pinned")
            ```

            ```python
            print("free")
            ```
            """,
            "images/chart.png");

        built.NoDiagnostics();
        Assert.Equal([true, false], built.Blocks.OfType<FigureBlock>().Select(f => f.Pinned));
        Assert.Equal([true, false], built.Blocks.OfType<CodeBlock>().Select(c => c.Pinned));
    }

    [Fact]
    public void Only_unpinned_figures_tables_and_code_of_the_chapter_itself_may_float()
    {
        var context = Publisher.Tests.Pdf.Layout.LayoutSamples.Context();
        var code = new CodeBlock("python", "print(1)\nprint(2)");
        Block[] blocks =
        [
            new ParagraphBlock([new TextInline("Text.")]),
            code,
            code with { Pinned = true },
            new QuoteBlock([code]),
        ];

        var slices = new BlockLayouter(context).Layout(blocks, 300, context.Typography.Body, floats: true);

        Assert.Equal([0, 2, 0, 0, 0, 0, 0], slices.Select(s => s.FloatLength));
    }
}
