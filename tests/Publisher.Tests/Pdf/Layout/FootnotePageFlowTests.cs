using Publisher.Pdf.Layout;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Layout;

/// <summary>
/// Footnotes in the page flow, with boxes of known height: body slices are named by letters, the rule above the
/// notes is "rule", and a note's lines are "id.0", "id.1", ...
/// </summary>
public sealed class FootnotePageFlowTests
{
    private const float Height = 200;
    private const float RuleHeight = 10;
    private const float NoteGap = 2;

    /// <summary>A chapter's notes: each with its count of lines of the given height.</summary>
    private static ChapterNotes Notes(params (string Id, int Lines, float LineHeight)[] notes) => new(
        Box(RuleHeight, "rule"),
        notes.ToDictionary(
            note => note.Id,
            note => (IReadOnlyList<Slice>)Enumerable.Range(0, note.Lines)
                .Select(k => Box(note.LineHeight, $"{note.Id}.{k}", spaceBefore: k == 0 ? NoteGap : 0))
                .ToList()));

    private static Slice Referencing(Slice slice, params string[] ids) => slice with { FootnoteIds = ids };

    private static bool IsNote(PlacedSlice placed) => Name(placed) is { } name && (name == "rule" || name.Contains('.'));

    private static List<PlacedSlice> Body(List<PlacedSlice> page) => page.Where(p => !IsNote(p)).ToList();

    private static List<PlacedSlice> NoteLines(List<PlacedSlice> page) => page.Where(p => IsNote(p) && Name(p) != "rule").ToList();

    private static int PageOf(List<List<PlacedSlice>> pages, string name) => pages.FindIndex(page => page.Any(p => Name(p) == name));

    [Fact]
    public void A_note_lands_at_the_foot_of_its_references_page_under_a_rule_below_the_last_body_line()
    {
        var slices = new[] { Box(20, "a"), Referencing(Box(20, "b"), "n1"), Box(20, "c", spaceBefore: 5) };

        var pages = PageFlow.Distribute(slices, Height, new DiagnosticBag(), Notes(("n1", 2, 12)));

        var page = Assert.Single(pages);
        Assert.Equal(["a", "b", "c", "rule", "n1.0", "n1.1"], page.Select(Name));
        var lastBody = Body(page).Max(p => p.Y + p.Slice.Height);
        var rule = page.Single(p => Name(p) == "rule");
        Assert.True(rule.Y >= lastBody, $"the rule at {rule.Y} overlaps the body ending at {lastBody}");
        Assert.Equal(rule.Y + RuleHeight, NoteLines(page)[0].Y, 0.01f);
        Assert.Equal(Height, NoteLines(page)[^1].Y + NoteLines(page)[^1].Slice.Height, 0.01f); // at the foot, not after the text
    }

    [Fact]
    public void A_reference_line_near_the_foot_moves_to_the_next_page_together_with_its_note()
    {
        // Alone the reference line fits (150 + 20 <= 200); with the rule and its note (10 + 2 x 15) it does not.
        var slices = new[] { Box(150, "filler"), Referencing(Box(20, "ref"), "n1"), Box(20, "after") };

        var pages = PageFlow.Distribute(slices, Height, new DiagnosticBag(), Notes(("n1", 2, 15)));

        Assert.Equal(["filler"], pages[0].Select(Name));
        Assert.Equal(["ref", "after", "rule", "n1.0", "n1.1"], pages[1].Select(Name));
    }

    [Fact]
    public void A_reference_line_kept_with_the_line_before_takes_that_line_and_the_note_along()
    {
        // line1 and line2 open a paragraph (kept together, no orphan); line2's note does not fit on page 1.
        var slices = new[]
        {
            Box(140, "filler"),
            Box(20, "line1", keepWithNext: true),
            Referencing(Box(20, "line2"), "n1"),
            Box(20, "line3"),
        };

        var pages = PageFlow.Distribute(slices, Height, new DiagnosticBag(), Notes(("n1", 3, 12)));

        Assert.Equal(["filler"], pages[0].Select(Name));
        Assert.Equal(["line1", "line2", "line3", "rule", "n1.0", "n1.1", "n1.2"], pages[1].Select(Name));
    }

    [Fact]
    public void Notes_undone_by_a_page_break_go_with_their_reference_and_appear_once()
    {
        // The heading's chain (heading, line1 with a note, line2) does not fit, so all three move on:
        // the note placed with line1 must move with it.
        var slices = new[]
        {
            Box(120, "filler"),
            Box(15, "heading", keepWithNext: true),
            Referencing(Box(15, "line1", keepWithNext: true), "n1"),
            Box(40, "line2"),
        };

        var pages = PageFlow.Distribute(slices, Height, new DiagnosticBag(), Notes(("n1", 1, 12)));

        Assert.Equal(["filler"], pages[0].Select(Name));
        Assert.Equal(["heading", "line1", "line2", "rule", "n1.0"], pages[1].Select(Name));
    }

    [Fact]
    public void Two_notes_referenced_on_one_page_stack_in_order_of_reference()
    {
        var slices = new[] { Referencing(Box(20, "a"), "n2"), Box(20, "b"), Referencing(Box(20, "c"), "n1", "n2") };

        var pages = PageFlow.Distribute(slices, Height, new DiagnosticBag(), Notes(("n1", 2, 12), ("n2", 1, 12)));

        var page = Assert.Single(pages);
        Assert.Equal(["n2.0", "n1.0", "n1.1"], NoteLines(page).Select(Name)); // n2 is referenced first; a second reference adds nothing
        Assert.Equal(NoteLines(page)[0].Y + 12 + NoteGap, NoteLines(page)[1].Y, 0.01f);
    }

    [Fact]
    public void Body_and_notes_together_never_exceed_the_text_height_and_every_note_sits_with_its_reference()
    {
        var random = new Random(7);
        for (var run = 0; run < 200; run++)
        {
            var notes = Enumerable.Range(0, 12).Select(n => ($"n{n}", random.Next(1, 5), 8f + random.Next(0, 8))).ToArray();
            var slices = Enumerable.Range(0, 40).Select(k =>
            {
                var slice = Box(8 + random.Next(0, 30), $"s{k}", keepWithNext: random.Next(4) == 0, spaceBefore: random.Next(0, 6));
                return random.Next(3) == 0 ? Referencing(slice, notes[random.Next(notes.Length)].Item1) : slice;
            }).ToList();

            var pages = PageFlow.Distribute(slices, Height, new DiagnosticBag(), Notes(notes));

            Assert.Equal(slices.Select(s => Name(new PlacedSlice(s, 0))), pages.SelectMany(Body).Select(Name));
            foreach (var page in pages)
            {
                var bodyBottom = Body(page).Select(p => p.Y + p.Slice.Height).DefaultIfEmpty(0).Max();
                var noteTop = page.Where(IsNote).Select(p => p.Y).DefaultIfEmpty(Height).Min();
                var noteBottom = page.Where(IsNote).Select(p => p.Y + p.Slice.Height).DefaultIfEmpty(0).Max();
                Assert.True(bodyBottom <= noteTop + 0.01f, $"run {run}: body ends at {bodyBottom}, notes start at {noteTop}");
                Assert.True(noteBottom <= Height + 0.01f, $"run {run}: notes end at {noteBottom}");
            }

            var referenced = slices.Where(s => s.FootnoteIds is not null).SelectMany(s => s.FootnoteIds!).Distinct().ToList();
            foreach (var id in referenced)
            {
                var firstReference = slices.First(s => s.FootnoteIds?.Contains(id) == true);
                var notePages = pages.Select((page, index) => (page, index)).Where(p => p.page.Any(x => Name(x)?.StartsWith(id + ".", StringComparison.Ordinal) == true)).ToList();
                Assert.Equal(PageOf(pages, Name(new PlacedSlice(firstReference, 0))!), notePages[0].index);
                Assert.Equal(notes.Single(n => n.Item1 == id).Item2, notePages.Sum(p => p.page.Count(x => Name(x)?.StartsWith(id + ".", StringComparison.Ordinal) == true)));
            }
        }
    }

    [Fact]
    public void With_long_notes_among_short_ones_every_note_line_appears_once_in_order_and_nothing_overflows()
    {
        var random = new Random(11);
        for (var run = 0; run < 200; run++)
        {
            var notes = Enumerable.Range(0, 8).Select(n => ($"n{n}", random.Next(4) == 0 ? random.Next(10, 40) : random.Next(1, 4), 8f + random.Next(0, 8))).ToArray();
            var slices = Enumerable.Range(0, 30).Select(k =>
            {
                var slice = Box(8 + random.Next(0, 30), $"s{k}", keepWithNext: random.Next(4) == 0, spaceBefore: random.Next(0, 6));
                return random.Next(3) == 0 ? Referencing(slice, notes[random.Next(notes.Length)].Item1) : slice;
            }).ToList();
            var diagnostics = new DiagnosticBag();

            var pages = PageFlow.Distribute(slices, Height, diagnostics, Notes(notes));

            var referencedInOrder = slices.Where(s => s.FootnoteIds is not null).SelectMany(s => s.FootnoteIds!).Distinct();
            var expectedLines = referencedInOrder.SelectMany(id => Enumerable.Range(0, notes.Single(n => n.Item1 == id).Item2).Select(k => $"{id}.{k}"));
            Assert.Equal(expectedLines, pages.SelectMany(NoteLines).Select(Name));
            Assert.All(pages, page => Assert.True(page.Max(p => p.Y + p.Slice.Height) <= Height + 0.01f, $"run {run}: a page overflows"));
            Assert.Empty(diagnostics.ToSortedList());
        }
    }

    [Fact]
    public void A_note_taller_than_half_the_page_is_split_and_all_its_lines_appear_on_the_following_pages()
    {
        var slices = new[] { Box(60, "a"), Referencing(Box(20, "ref"), "long"), Box(60, "b"), Box(60, "c"), Box(60, "d") };

        var diagnostics = new DiagnosticBag();
        var pages = PageFlow.Distribute(slices, Height, diagnostics, Notes(("long", 20, 12)));

        var lines = pages.SelectMany(NoteLines).Select(Name).ToList();
        Assert.Equal(Enumerable.Range(0, 20).Select(k => $"long.{k}"), lines);
        Assert.Equal(PageOf(pages, "ref"), PageOf(pages, "long.0"));
        Assert.All(pages, page => Assert.True(page.Max(p => p.Y + p.Slice.Height) <= Height + 0.01f));
        Assert.Empty(diagnostics.ToSortedList()); // nothing was clipped
    }

    [Fact]
    public void The_rest_of_a_split_note_at_the_end_of_a_chapter_gets_its_own_page()
    {
        var slices = new[] { Box(150, "a"), Referencing(Box(20, "ref"), "long") };

        var pages = PageFlow.Distribute(slices, Height, new DiagnosticBag(), Notes(("long", 30, 12)));

        Assert.Equal(Enumerable.Range(0, 30).Select(k => $"long.{k}"), pages.SelectMany(NoteLines).Select(Name));
        Assert.True(pages.Count >= 3);
        Assert.Empty(Body(pages[^1]));
        Assert.All(pages, page => Assert.True(page.Max(p => p.Y + p.Slice.Height) <= Height + 0.01f));
    }
}
