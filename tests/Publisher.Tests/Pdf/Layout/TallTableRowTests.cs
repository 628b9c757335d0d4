using Publisher.Pdf.Layout;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Layout;

public sealed class TallTableRowTests
{
    private const float Tolerance = 0.01f;

    private static TableRow Row(params string[] cells) =>
        new([.. cells.Select(text => new TableCell([new TextInline(text)]))]);

    private static IEnumerable<string> WordsOf(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The page's items where they land in the text block, in drawing order.</summary>
    private static List<PageItem> Placed(List<PlacedSlice> page) =>
        page.SelectMany(placed => PageItems.Translate(placed.Slice.Items, 0, placed.Y)).ToList();

    private static float Top(PageItem item) => item switch
    {
        TextRunItem text => text.Baseline - text.FontSize,
        RectItem rect => rect.Rect.Top,
        LineItem line => Math.Min(line.From.Y, line.To.Y),
        _ => PageItems.Bottom(item),
    };

    private static float Left(PageItem item) => item switch
    {
        TextRunItem text => text.X,
        RectItem rect => rect.Rect.Left,
        LineItem line => Math.Min(line.From.X, line.To.X),
        _ => 0,
    };

    private static float Right(PageItem item) => item switch
    {
        RectItem rect => rect.Rect.Right,
        LineItem line => Math.Max(line.From.X, line.To.X),
        _ => 0,
    };

    [Fact]
    public void A_row_taller_than_a_page_splits_between_lines_onto_consecutive_pages_and_loses_no_word()
    {
        var context = Context(pageWidth: 300, pageHeight: 400, margin: 40); // text block 220 x 320
        var type = context.Typography;
        var text = Words(600, seed: 3);
        var table = new TableBlock([ColumnAlignment.Left, ColumnAlignment.Left], [Row("Term", "Meaning")],
            [Row("short", "one line"), Row("long", text), Row("after", "the end")]);

        var slices = TableLayout.Layout(table, type.TextWidth, type.Body, context);
        var pages = PageFlow.Distribute([Box(40, "before"), .. slices], type.TextHeight, context.Diagnostics);

        Assert.DoesNotContain(context.Diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.ContentTooLarge);
        var tablePages = pages.Select((page, index) => (Page: page, Index: index))
            .Where(p => Placed(p.Page).OfType<TextRunItem>().Any(run => run.Text == "Term"))
            .Select(p => p.Index)
            .ToList();
        Assert.True(tablePages.Count >= 4, $"600 words in a narrow cell need several pages, got {tablePages.Count}");
        Assert.Equal(Enumerable.Range(tablePages[0], tablePages.Count), tablePages);
        Assert.Equal(0, tablePages[0]); // the table starts under the content before it, not on a fresh page

        foreach (var index in tablePages.Skip(1))
        {
            var runs = Placed(pages[index]).OfType<TextRunItem>().ToList();
            Assert.Equal(["Term", "Meaning"], runs.Take(2).Select(r => r.Text));
            var headerRule = pages[index][0].Slice.Items.OfType<LineItem>().Max(line => line.From.Y);
            Assert.True(Top(runs[2]) > headerRule + type.BodySize * 0.3f, "the continued text clears the header's rule");
        }

        var words = pages.SelectMany(Placed).OfType<TextRunItem>()
            .SelectMany(run => WordsOf(run.Text))
            .Where(word => word is not ("Term" or "Meaning"))
            .ToList();
        Assert.Equal(["short", "one", "line", "long", .. WordsOf(text), "after", "the", "end"], words);
    }

    [Fact]
    public void The_parts_of_a_split_row_stay_inside_the_text_block()
    {
        var context = Context(pageWidth: 300, pageHeight: 400, margin: 40);
        var type = context.Typography;
        var table = new TableBlock([ColumnAlignment.Left, ColumnAlignment.Right], [Row("Term", "Meaning")],
            [Row(Words(150, seed: 5), Words(600, seed: 7))]);

        var slices = TableLayout.Layout(table, type.TextWidth, type.Body, context);
        var pages = PageFlow.Distribute(slices, type.TextHeight, context.Diagnostics);

        Assert.True(pages.Count >= 3);
        Assert.Empty(context.Diagnostics.ToSortedList());
        foreach (var item in pages.SelectMany(Placed))
        {
            Assert.InRange(Top(item), -Tolerance, type.TextHeight);
            Assert.InRange(PageItems.Bottom(item), 0, type.TextHeight + Tolerance);
            Assert.InRange(Left(item), -Tolerance, type.TextWidth);
            Assert.InRange(Right(item), 0, type.TextWidth + Tolerance);
        }
    }

    [Fact]
    public void A_split_row_never_leaves_a_single_line_at_the_foot_or_head_of_a_page()
    {
        var context = Context(pageWidth: 300, pageHeight: 400, margin: 40);
        var type = context.Typography;
        var table = new TableBlock([ColumnAlignment.Left], [], [Row(Words(500, seed: 9))]);
        var slices = TableLayout.Layout(table, type.TextWidth, type.Body, context);

        foreach (var room in Enumerable.Range(0, 12).Select(n => n * 7f + 1))
        {
            var pages = PageFlow.Distribute([Box(type.TextHeight - room, "filler"), .. slices], type.TextHeight, new DiagnosticBag());
            var linesOnFirst = pages[0].Count - 1;
            var linesOnLast = pages[^1].Count;
            Assert.True(linesOnFirst is 0 or >= 2, $"one line of the row at the foot with room for {room}");
            Assert.True(linesOnLast >= 2, $"one line of the row alone at the head with room for {room}");
        }
    }

    [Fact]
    public void Rows_that_fit_a_page_stay_one_slice_each()
    {
        var context = Context(pageWidth: 300, pageHeight: 400, margin: 40);
        var type = context.Typography;
        var rows = new[] { Row("a", Words(20)), Row("b", Words(150, seed: 2)), Row("c", "short") };
        var table = new TableBlock([ColumnAlignment.Left, ColumnAlignment.Left], [Row("Key", "Text")], rows);

        var slices = TableLayout.Layout(table, type.TextWidth, type.Body, context);

        Assert.Equal(4, slices.Count);
        Assert.True(slices[2].Height > type.TextHeight / 2, "the long row is tall yet still fits");
        Assert.All(slices.Skip(1), slice => Assert.Same(slices[1].RepeatAfterBreak, slice.RepeatAfterBreak));
    }

    [Fact]
    public void In_a_typeset_book_a_tall_row_loses_no_word_and_its_footnote_lands_on_the_page_of_its_reference()
    {
        var settings = new PdfSettings { PageWidth = 360, PageHeight = 500, MarginTop = 50, MarginBottom = 50, MarginInner = 50, MarginOuter = 40, FontSize = 10 };
        var before = Words(400, seed: 11);
        var after = Words(300, seed: 12);
        var cell = new TableCell([new TextInline(before), new FootnoteReference("fn-1", "fnref-1", 1), new TextInline(" " + after)]);
        var table = new TableBlock([ColumnAlignment.Left, ColumnAlignment.Left], [Row("Key", "Text")], [Row("one", "two"), new TableRow([new TableCell([new TextInline("long")]), cell])]) { Line = 5 };
        var chapter = Chapter(0, "Tall", Paragraph(Words(50, seed: 10)), table) with
        {
            Footnotes = [new Footnote("fn-1", 1, [new ParagraphBlock([new TextInline("Zed note.")]) { Line = 9 }])],
        };
        var diagnostics = new DiagnosticBag();

        var book = BookTypesetter.Typeset(LayoutSamples.Book(settings, chapter), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        string[] vocabulary = [.. WordsOf(Words(2000, seed: 99)).Distinct(), "one", "two", "long"];
        var words = book.Pages.Where(page => page.NumberStyle == PageNumberStyle.Decimal).SelectMany(page => page.Items.OfType<TextRunItem>())
            .SelectMany(run => WordsOf(run.Text))
            .Where(vocabulary.Contains)
            .ToList();
        Assert.Equal([.. WordsOf(Words(50, seed: 10)), "one", "two", "long", .. WordsOf(before), .. WordsOf(after)], words);

        int PageOf(string anchor) => book.Pages.Select((page, index) => (page, index))
            .Single(p => p.page.Items.OfType<AnchorItem>().Any(a => a.Name == anchor)).index;
        Assert.Equal(PageOf(DestinationNames.For(0, "fnref-1")), PageOf(DestinationNames.For(0, "fn-1")));
    }
}
