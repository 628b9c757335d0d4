using Publisher.Pdf.Layout;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Layout;

public sealed class PageFlowTests
{
    [Fact]
    public void Slices_fill_a_page_then_continue_on_the_next()
    {
        var pages = PageFlow.Distribute([Box(40, "a"), Box(40, "b", spaceBefore: 10), Box(40, "c", spaceBefore: 10)], 100, new DiagnosticBag());

        Assert.Equal(2, pages.Count);
        Assert.Equal(["a", "b"], pages[0].Select(Name));
        Assert.Equal(50, pages[0][1].Y);
        Assert.Equal("c", Name(pages[1][0]));
        Assert.Equal(0, pages[1][0].Y); // space before is dropped at the top of a page
    }

    [Fact]
    public void A_heading_never_ends_a_page_it_moves_with_the_lines_it_keeps()
    {
        // The heading fits at the foot of page 1, but the paragraph's first two lines (kept together) do not.
        var slices = new List<Slice>
        {
            Box(70, "text"),
            Box(12, "heading", keepWithNext: true),
            Box(10, "line1", keepWithNext: true),
            Box(10, "line2"),
            Box(10, "line3"),
        };

        var pages = PageFlow.Distribute(slices, 100, new DiagnosticBag());

        Assert.Equal(["text"], pages[0].Select(Name));
        Assert.Equal(["heading", "line1", "line2", "line3"], pages[1].Select(Name));
    }

    [Fact]
    public void Keep_with_next_gives_way_when_the_kept_chain_is_taller_than_a_page()
    {
        var slices = Enumerable.Range(0, 15).Select(i => Box(10, $"s{i}", keepWithNext: true)).ToList();

        var pages = PageFlow.Distribute(slices, 100, new DiagnosticBag());

        Assert.Equal(2, pages.Count);
        Assert.Equal(10, pages[0].Count);
        Assert.Equal(5, pages[1].Count);
    }

    [Fact]
    public void A_paragraph_leaves_at_least_two_lines_at_the_foot_and_the_head_of_a_page()
    {
        var context = Context();
        var lines = TextBlock.Lines([new TextInline(Words(120))], context.Typography.Body, 300, Publisher.Pdf.Text.TextAlignment.Justify, context);
        Assert.True(lines.Count >= 6, "the paragraph needs several lines for this test");
        var lineHeight = lines[0].Height;
        var paragraph = TextBlock.ToSlices(lines, 0);

        foreach (var room in Enumerable.Range(0, lines.Count + 1).Select(n => n * lineHeight + 1))
        {
            var filler = Box(200 - room, "filler");
            var pages = PageFlow.Distribute([filler, .. paragraph], 200, new DiagnosticBag());
            var onFirst = pages[0].Count - 1;
            var onSecond = lines.Count - onFirst;
            Assert.True(onFirst is 0 or >= 2, $"orphan: {onFirst} line(s) at the foot with room for {room}");
            Assert.True(onSecond is 0 or >= 2, $"widow: {onSecond} line(s) at the head with room for {room}");
        }
    }

    [Fact]
    public void Content_taller_than_a_page_is_clipped_to_the_text_block_with_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var tall = new Slice(250, [
            new RectItem(new SkiaSharp.SKRect(0, 0, 10, 90), SkiaSharp.SKColors.Black),
            new RectItem(new SkiaSharp.SKRect(0, 150, 10, 240), SkiaSharp.SKColors.Black),
        ]) { Source = new SourceLocation("content/01-a.md", 7, 1) };

        var pages = PageFlow.Distribute([tall, Box(10, "after")], 100, diagnostics);

        Assert.Single(pages[0]);
        Assert.All(pages[0][0].Slice.Items, item => Assert.True(PageItems.Bottom(item) <= 100));
        Assert.Equal("after", Name(pages[1][0]));
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.ContentTooLarge, warning.Code);
        Assert.Equal(7, warning.Location?.Line);
    }

    [Fact]
    public void A_header_row_taller_than_the_page_is_cut_once_and_not_repeated_so_the_rows_after_it_still_print()
    {
        var diagnostics = new DiagnosticBag();
        var header = Box(150, "header") with { Source = new SourceLocation("content/01-a.md", 5, 1) };
        var rows = new[] { "row1", "row2" }.Select(name => Box(30, name) with { RepeatAfterBreak = [header] });

        var pages = PageFlow.Distribute([header with { KeepWithNext = true }, .. rows], 100, diagnostics);

        Assert.Equal(["header"], pages[0].Select(Name));
        Assert.Equal(["row1", "row2"], pages[1].Select(Name));
        Assert.All(pages.SelectMany(page => page), placed => Assert.True(placed.Y + placed.Slice.Height <= 100, $"{Name(placed)} runs off the page"));
        Assert.Equal(DiagnosticCodes.ContentTooLarge, Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
