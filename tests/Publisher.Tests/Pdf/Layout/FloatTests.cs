using Publisher.Pdf.Layout;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Layout;

/// <summary>
/// Figures, tables and code blocks that do not fit in the room left on a page wait for the top of the next page,
/// and the text after them fills the room (pages of height 100 here).
/// </summary>
public sealed class FloatTests
{
    private static Slice Float(float height, string name) => Box(height, name) with { FloatLength = 1 };

    private static List<List<string?>> Pages(params Slice[] slices) =>
        PageFlow.Distribute(slices, 100, new DiagnosticBag()).Select(page => page.Select(Name).ToList()).ToList();

    [Fact]
    public void A_float_that_does_not_fit_goes_to_the_top_of_the_next_page_and_the_text_after_it_fills_the_gap()
    {
        var pages = Pages(Box(40, "a"), Float(70, "figure"), Box(25, "b"), Box(25, "c"), Box(25, "d"));

        Assert.Equal([["a", "b", "c"], ["figure", "d"]], pages);
        var placed = PageFlow.Distribute([Box(40, "a"), Float(70, "figure"), Box(25, "b"), Box(25, "c"), Box(25, "d")], 100, new DiagnosticBag());
        Assert.Equal([false, false, false, true, false], placed.SelectMany(page => page).Select(p => p.Slice.Floated));
    }

    [Fact]
    public void A_float_without_room_for_it_stays_in_place_when_no_text_follows_it_in_its_chapter()
    {
        Assert.Equal([["a"], ["figure"]], Pages(Box(40, "a"), Float(70, "figure")));
    }

    [Fact]
    public void A_pinned_figure_or_one_that_fits_keeps_its_place()
    {
        Assert.Equal([["a"], ["figure", "b"]], Pages(Box(40, "a"), Box(70, "figure"), Box(20, "b")));
        Assert.Equal([["a", "figure", "b"]], Pages(Box(40, "a"), Float(40, "figure"), Box(20, "b")));
    }

    [Fact]
    public void Floats_that_cannot_share_the_next_page_wait_one_page_at_most_and_keep_their_order()
    {
        var pages = Pages(Box(40, "a"), Float(70, "one"), Box(20, "b"), Float(70, "two"), Box(20, "c"), Box(20, "d"), Box(20, "e"));

        Assert.Equal([["a", "b"], ["one", "c"], ["two", "d"], ["e"]], pages);
    }

    [Fact]
    public void Two_floats_that_fit_on_one_page_wait_together_while_the_text_fills_the_page_before()
    {
        var pages = Pages(Box(60, "a"), Float(50, "one"), Box(10, "b"), Float(40, "two"), Box(20, "c"), Box(20, "d"));

        Assert.Equal([["a", "b", "c"], ["one", "two"], ["d"]], pages);
    }

    [Fact]
    public void A_float_that_fits_stays_by_its_text_while_an_earlier_one_waits()
    {
        var pages = Pages(Box(30, "a"), Float(80, "table"), Box(20, "b"), Float(20, "code"), Box(20, "c"), Box(20, "d"));

        Assert.Equal([["a", "b", "code", "c"], ["table", "d"]], pages);
    }

    [Fact]
    public void A_float_after_a_heading_that_keeps_with_it_does_not_leave_the_heading_behind()
    {
        var pages = Pages(Box(40, "a"), Box(15, "heading", keepWithNext: true), Float(70, "figure"), Box(20, "b"));

        Assert.Equal([["a"], ["heading", "figure"], ["b"]], pages);
    }

    [Fact]
    public void A_float_does_not_wait_when_the_rest_of_its_chapter_would_end_before_it()
    {
        Assert.Equal([["a"], ["figure", "b"]], Pages(Box(40, "a"), Float(70, "figure"), Box(20, "b")));
    }

    [Fact]
    public void A_table_begins_where_it_stands_when_the_text_before_the_next_float_could_not_fill_its_page()
    {
        // Waiting would leave the first page with only "a" and "b": the rows break across the pages instead.
        var rows = new[] { Box(20, "row 1") with { FloatLength = 4 }, Box(20, "row 2"), Box(20, "row 3"), Box(20, "row 4") };

        var pages = Pages([Box(40, "a"), .. rows, Box(10, "b"), Float(70, "figure"), Box(20, "c"), Box(20, "d")]);

        Assert.Equal([["a", "row 1", "row 2", "row 3"], ["row 4", "b", "figure"], ["c", "d"]], pages);
    }

    [Fact]
    public void A_table_still_waits_when_the_text_after_it_fills_the_page()
    {
        var rows = new[] { Box(20, "row 1") with { FloatLength = 4 }, Box(20, "row 2"), Box(20, "row 3"), Box(20, "row 4") };

        var pages = Pages([Box(40, "a"), .. rows, Box(30, "b"), Box(30, "c"), Box(30, "d")]);

        Assert.Equal([["a", "b", "c"], ["row 1", "row 2", "row 3", "row 4"], ["d"]], pages);
    }
}
