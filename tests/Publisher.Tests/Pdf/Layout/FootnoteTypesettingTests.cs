using Publisher.Pdf.Layout;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Layout;

/// <summary>Footnotes in typeset books: real text, real rules, the notes at the foot of the page of their reference.</summary>
public sealed class FootnoteTypesettingTests
{
    // Unhyphenated, so that a reference lands where the word counts below put it.
    private static readonly PdfSettings Small = new() { PageWidth = 360, PageHeight = 500, MarginTop = 50, MarginBottom = 50, MarginInner = 50, MarginOuter = 40, FontSize = 10, Hyphenate = false };

    private static float TextBottom => Small.PageHeight - Small.MarginBottom;

    /// <summary>A chapter whose paragraph has the reference <c>[^n]</c> after <paramref name="before"/> words.</summary>
    private static ChapterDocument ChapterWithNote(int before, string note, int after = 120) =>
        Chapter(0, "Notes Chapter",
            new ParagraphBlock([new TextInline(Words(before, 1)), new FootnoteReference("fn-1", "fnref-1", 1), new TextInline(" " + Words(after, 2))]) { Line = 3 })
        with
        {
            Footnotes = [new Footnote("fn-1", 1, [new ParagraphBlock([new TextInline(note)]) { Line = 9 }])],
        };

    private static int PageOf(LaidOutBook book, string anchor) =>
        book.Pages.Select((page, index) => (page, index)).Single(p => p.page.Items.OfType<AnchorItem>().Any(a => a.Name == anchor)).index;

    /// <summary>The short rule above the notes: a line in the text block no wider than half of it.</summary>
    private static LineItem? NoteRule(PageFrame page) => page.Items.OfType<LineItem>()
        .Where(l => l.From.Y == l.To.Y && l.From.Y > Small.MarginTop && l.From.Y < TextBottom && l.To.X - l.From.X < (Small.PageWidth - 90) / 2)
        .OrderByDescending(l => l.From.Y)
        .FirstOrDefault();

    [Fact]
    public void The_note_is_set_smaller_under_a_short_rule_below_the_last_body_line_of_its_references_page()
    {
        var book = BookTypesetter.Typeset(LayoutSamples.Book(Small, ChapterWithNote(60, "A short note about the harbour wall.")), new DiagnosticBag());

        var page = book.Pages[PageOf(book, DestinationNames.For(0, "fnref-1"))];
        Assert.Equal(PageOf(book, DestinationNames.For(0, "fnref-1")), PageOf(book, DestinationNames.For(0, "fn-1")));
        var rule = NoteRule(page);
        Assert.NotNull(rule);
        var inBlock = page.Items.OfType<TextRunItem>().Where(t => t.Baseline > Small.MarginTop && t.Baseline <= TextBottom).ToList();
        var body = inBlock.Where(t => t.Baseline < rule.From.Y).ToList();
        var notes = inBlock.Where(t => t.Baseline > rule.From.Y).ToList();
        Assert.NotEmpty(body);
        Assert.Contains("harbour wall", string.Concat(notes.Select(t => t.Text)), StringComparison.Ordinal);
        Assert.True(body.Max(t => t.Baseline) + Small.FontSize * 0.5f < rule.From.Y, "space between the body and the rule");
        var bodySize = body.Where(t => t.Text.Length > 3).Max(t => t.FontSize);
        Assert.All(notes, t => Assert.True(t.FontSize < bodySize, $"'{t.Text}' is set at {t.FontSize} pt, the body at {bodySize} pt"));
        var noteAnchor = page.Items.OfType<AnchorItem>().Single(a => a.Name == DestinationNames.For(0, "fn-1"));
        Assert.True(noteAnchor.Position.Y > rule.From.Y, "the note's destination is below the rule");
    }

    [Fact]
    public void The_reference_links_to_its_note_and_the_notes_number_links_back_on_the_same_page()
    {
        var book = BookTypesetter.Typeset(DocumentSamples.Rich(), new DiagnosticBag());

        foreach (var chapter in new[] { 0, 1 })
        {
            var page = PageOf(book, DestinationNames.For(chapter, "fnref-1"));
            Assert.Equal(page, PageOf(book, DestinationNames.For(chapter, "fn-1")));
            var links = book.Pages[page].Items.OfType<LinkItem>().ToList();
            Assert.Contains(links, l => l.DestinationName == DestinationNames.For(chapter, "fn-1"));
            Assert.Contains(links, l => l.DestinationName == DestinationNames.For(chapter, "fnref-1"));
        }
    }

    [Fact]
    public void The_chapter_no_longer_ends_with_a_notes_heading()
    {
        var book = BookTypesetter.Typeset(DocumentSamples.Rich(), new DiagnosticBag());

        Assert.DoesNotContain(book.Pages.SelectMany(p => p.Items.OfType<TextRunItem>()), t => t.Text.Trim() == "Notes");
    }

    [Fact]
    public void A_reference_at_the_foot_of_a_full_page_moves_on_so_it_shares_a_page_with_its_note()
    {
        // Place the reference on every line of the chapter's first pages in turn: wherever it falls, the note is
        // on its page, and nothing runs below the text block.
        var note = Words(40, 5);
        var referencePages = new HashSet<int>();
        for (var before = 150; before <= 450; before += 9)
        {
            var diagnostics = new DiagnosticBag();
            var book = BookTypesetter.Typeset(LayoutSamples.Book(Small, ChapterWithNote(before, note, after: 300)), diagnostics);

            var referencePage = PageOf(book, DestinationNames.For(0, "fnref-1"));
            Assert.Equal(referencePage, PageOf(book, DestinationNames.For(0, "fn-1")));
            referencePages.Add(referencePage);
            foreach (var page in book.Pages.Where(p => p.NumberStyle == PageNumberStyle.Decimal))
            {
                var folio = page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.All(
                    page.Items.OfType<TextRunItem>().Where(t => t.Baseline > Small.MarginTop && t.Text != folio),
                    t => Assert.True(t.Baseline <= TextBottom, $"'{t.Text}' below the text block"));
            }

            Assert.Empty(diagnostics.ToSortedList());
        }

        Assert.True(referencePages.Count >= 3, "the reference should fall at the foot of several pages");
    }

    [Fact]
    public void A_very_long_note_continues_on_the_next_page_and_loses_no_word()
    {
        var note = Words(700, 9);
        var diagnostics = new DiagnosticBag();
        var book = BookTypesetter.Typeset(LayoutSamples.Book(Small, ChapterWithNote(200, note, after: 200)), diagnostics);

        var noteWords = new List<string>();
        foreach (var page in book.Pages.Where(p => p.NumberStyle == PageNumberStyle.Decimal))
        {
            if (NoteRule(page) is not { } rule)
            {
                continue;
            }

            var lines = page.Items.OfType<TextRunItem>()
                .Where(t => t.Baseline > rule.From.Y && t.Baseline <= TextBottom && t.FontSize < Small.FontSize)
                .OrderBy(t => t.Baseline).ThenBy(t => t.X);
            noteWords.AddRange(string.Join(' ', lines.Select(t => t.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        Assert.Equal(["1.", .. note.Split(' ')], noteWords);
        Assert.True(book.Pages.Count(p => NoteRule(p) is not null) >= 2, "the note needs more than one page's note area");
        Assert.Empty(diagnostics.ToSortedList());
    }
}
