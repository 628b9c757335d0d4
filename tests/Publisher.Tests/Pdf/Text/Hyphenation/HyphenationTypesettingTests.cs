using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using Publisher.Pdf.Text.Hyphenation;
using Publisher.Tests.Support;
using Publisher.Tests.Pdf.Layout;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Text.Hyphenation;

/// <summary>
/// Justified text breaks words at the hyphenation points of its language, by the rules a typesetter keeps, and a
/// reader copying the text gets the words whole.
/// </summary>
public sealed class HyphenationTypesettingTests
{
    private static readonly string[] LongWords =
    [
        "typesetting", "responsibility", "international", "communication", "understanding", "extraordinary",
        "organization", "independence", "representative", "mathematics", "photography", "philosophy",
        "the", "of", "and", "a", "book", "is", "with", "care",
    ];

    private static readonly PdfSettings Narrow = new() { PageWidth = 260, PageHeight = 420, MarginTop = 40, MarginBottom = 40, MarginInner = 40, MarginOuter = 40, FontSize = 10 };

    private static string Text(int count, int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => LongWords[random.Next(LongWords.Length)]));
    }

    /// <summary>The lines of the book's body pages, read back from the laid-out runs: (text, ends with a break hyphen).</summary>
    private static List<(string Text, bool Hyphenated)> BodyLines(LaidOutBook book) =>
        book.Pages.Where(p => p.NumberStyle == PageNumberStyle.Decimal)
            .SelectMany(p => p.Items.OfType<TextRunItem>().Where(t => t.Baseline > Narrow.MarginTop && t.Baseline < Narrow.PageHeight - Narrow.MarginBottom)
                .GroupBy(t => t.Baseline)
                .Select(line => line.OrderBy(t => t.X).ToList()))
            .Select(runs => (string.Concat(runs.Where(r => !r.IsBreakHyphen).Select(r => r.Text)), runs[^1].IsBreakHyphen))
            .Where(line => line.Item1 != "Words") // the chapter title
            .ToList();

    [Fact]
    public void Justified_lines_break_inside_words_at_hyphenation_points_and_read_back_as_the_whole_words()
    {
        var words = Text(400, seed: 3);
        var book = BookTypesetter.Typeset(LayoutSamples.Book(Narrow, Chapter(0, "Words", Paragraph(words))), new DiagnosticBag());

        var lines = BodyLines(book);
        Assert.Contains(lines, line => line.Hyphenated);
        var joined = string.Concat(lines.Select(line => line.Hyphenated ? line.Text : line.Text + " "));
        Assert.Equal(words.Split(' '), joined.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var english = HyphenationLanguages.For("en")!;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (lines[i].Hyphenated)
            {
                var fragment = lines[i].Text.Split(' ')[^1];
                var word = fragment + lines[i + 1].Text.Split(' ')[0];
                Assert.Contains(word, LongWords);
                Assert.Contains(fragment.Length, english.Breaks(word));
            }
        }
    }

    [Fact]
    public void Copied_text_of_the_pdf_has_every_hyphenated_word_whole()
    {
        var words = Text(300, seed: 5);
        var book = BookTypesetter.Typeset(LayoutSamples.Book(Narrow, Chapter(0, "Words", Paragraph(words))), new DiagnosticBag());
        Assert.Contains(BodyLines(book), line => line.Hyphenated);
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "hyphenated.pdf");
        using (var file = File.Create(path))
        {
            PdfExporter.Export(book, file);
        }

        // Body words are lower case; the running heads and the title ("A Sample Book", "Words") are not.
        var firstBodyPage = book.Pages.ToList().FindIndex(p => p.NumberStyle == PageNumberStyle.Decimal) + 1;
        var bodyText = PdfReadBack.Run(Validators.PdfToText, ["-enc", "UTF-8", "-f", $"{firstBodyPage}", path, "-"]).Output;
        var copied = bodyText.Split([' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLower(w[0]) || (w.Length > 1 && char.IsLower(w[1]) && !char.IsUpper(w[0])))
            .ToList();
        Assert.All(copied, word => Assert.Contains(word, LongWords));
        Assert.Equal(words.Split(' ').Length, copied.Count);
    }

    [Fact]
    public void No_paragraph_has_three_hyphenated_lines_in_a_row_or_a_hyphen_before_its_last_line()
    {
        var context = Context(pageWidth: 240);
        context.Language = "en";
        for (var seed = 0; seed < 40; seed++)
        {
            var lines = TextBlock.Lines([new TextInline(Text(90, seed))], context.Typography.Body, 140, TextAlignment.Justify, context, hyphenate: true);
            var hyphenated = lines.Select(line => line.EndsWithHyphen).ToList();
            Assert.False(hyphenated[^1]);
            if (lines.Count >= 2)
            {
                Assert.False(hyphenated[^2], $"seed {seed}: the last line starts with the end of a broken word");
            }

            for (var i = 2; i < hyphenated.Count; i++)
            {
                Assert.False(hyphenated[i] && hyphenated[i - 1] && hyphenated[i - 2], $"seed {seed}: three hyphenated lines in a row end at line {i}");
            }
        }
    }

    [Fact]
    public void Headings_code_urls_and_words_with_digits_are_never_hyphenated()
    {
        var context = Context();
        context.Language = "en";
        var body = context.Typography.Body;
        Inline[] content =
        [
            new TextInline("see https://example.org/internationalization and responsibility2024 or "),
            new CodeInline("internationalization"),
            new TextInline(" internationalization"),
        ];

        var pieces = InlineCollector.Collect(content, body, context, hyphenate: true);
        var points = pieces.Where(p => p.HyphenationPointAfter).Select(p => p.Text).ToList();
        Assert.Equal(["in", "ter", "na", "tion", "al", "iza"], points);
        Assert.DoesNotContain(InlineCollector.Collect(content, body, context), p => p.HyphenationPointAfter);

        var heading = new HeadingBlock(2, "h", [new TextInline("internationalization responsibility")]);
        var slices = new BlockLayouter(context).Layout([heading], 60, body);
        Assert.DoesNotContain(slices, slice => slice.EndsWithHyphen);
    }

    [Fact]
    public void An_authors_soft_hyphen_wins_over_the_patterns()
    {
        var context = Context();
        context.Language = "en";
        var pieces = InlineCollector.Collect([new TextInline("internation\u00ADalization")], context.Typography.Body, context, hyphenate: true);

        Assert.Equal(["internation", "alization"], pieces.Select(p => p.Text));
        Assert.True(pieces[0].SoftHyphenAfter);
        Assert.DoesNotContain(pieces, p => p.HyphenationPointAfter);
    }

    [Fact]
    public void A_span_in_another_language_is_hyphenated_in_that_language_and_one_without_patterns_not_at_all()
    {
        var context = Context();
        context.Language = "en";
        var german = HyphenationLanguages.For("de")!;
        Inline[] content =
        [
            new TextInline("The word "),
            new StyledInline(InlineStyle.Emphasis, [new TextInline("Silbentrennung")]) { ContentLanguage = "de" },
            new TextInline(" and "),
            new StyledInline(InlineStyle.Emphasis, [new TextInline("internationalization")]) { ContentLanguage = "ja" },
        ];

        var pieces = InlineCollector.Collect(content, context.Typography.Body, context, hyphenate: true);

        var syllables = pieces.SkipWhile(p => p.Text != "Sil").TakeWhile(p => p.Text != "and").Select(p => p.Text).ToList();
        Assert.Equal(["Sil", "ben", "tren", "nung"], syllables);
        Assert.Equal([3, 6, 10], german.Breaks("Silbentrennung"));
        Assert.Contains(pieces, p => p.Text == "internationalization" && !p.HyphenationPointAfter);
    }

    [Fact]
    public void A_book_that_turns_hyphenation_off_breaks_no_word()
    {
        var book = BookTypesetter.Typeset(LayoutSamples.Book(Narrow with { Hyphenate = false }, Chapter(0, "Words", Paragraph(Text(300, seed: 5)))), new DiagnosticBag());

        Assert.DoesNotContain(BodyLines(book), line => line.Hyphenated);
    }

    [Fact]
    public void A_page_does_not_end_with_a_hyphenated_line_when_the_line_before_can_end_it()
    {
        static Slice Line(string name, bool hyphen = false, bool keep = false) => Box(20, name, keep) with { EndsWithHyphen = hyphen };

        var pages = PageFlow.Distribute([Line("1", keep: true), Line("2"), Line("3"), Line("4", hyphen: true), Line("5"), Line("6", keep: true), Line("7")], 80, new DiagnosticBag());

        Assert.Equal([["1", "2", "3"], ["4", "5", "6", "7"]], pages.Select(page => page.Select(Name).ToList()));
    }
}
