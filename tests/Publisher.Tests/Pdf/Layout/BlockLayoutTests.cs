using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Layout;

public sealed class BlockLayoutTests
{
    private static float RightEdge(TextRunItem run) =>
        run.X + run.GlyphX[^1] + FontSet.Bundled.Shape(FontFace.Serif, run.Text[(int)run.Clusters[^1]..]).Advance * run.FontSize;

    [Fact]
    public void Justified_lines_end_at_the_right_margin_and_the_last_line_is_ragged()
    {
        var context = Context();
        const float width = 300;
        var lines = TextBlock.Lines([new TextInline(Words(80))], context.Typography.Body, width, TextAlignment.Justify, context);

        Assert.True(lines.Count >= 3);
        foreach (var line in lines.SkipLast(1))
        {
            var last = line.Items.OfType<TextRunItem>().Last();
            Assert.InRange(RightEdge(last), width - 0.5f, width + 0.5f);
        }

        Assert.True(RightEdge(lines[^1].Items.OfType<TextRunItem>().Last()) < width - 5);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_and_stays_inside_the_text_block()
    {
        var context = Context();
        const float width = 120;
        var url = "https://example.org/" + new string('x', 80) + "/" + new string('y', 60);
        var lines = TextBlock.Lines([new TextInline("See " + url + " now, and " + new string('z', 90))], context.Typography.Body, width, TextAlignment.Justify, context);

        Assert.True(lines.Count > 3);
        var runs = lines.SelectMany(l => l.Items.OfType<TextRunItem>()).ToList();
        Assert.All(runs, run => Assert.True(run.X >= 0 && RightEdge(run) <= width + 0.5f, $"'{run.Text}' ends at {RightEdge(run)}"));
        string NoSpaces(string text) => text.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(NoSpaces("See " + url + " now, and " + new string('z', 90)), NoSpaces(string.Concat(runs.Select(r => r.Text))));
    }

    [Fact]
    public void Text_runs_keep_their_spaces_so_copied_text_reads_right()
    {
        var context = Context();
        var lines = TextBlock.Lines([new TextInline("The quick brown fox")], context.Typography.Body, 300, TextAlignment.Justify, context);

        var run = Assert.Single(lines.Single().Items.OfType<TextRunItem>());
        Assert.Equal("The quick brown fox", run.Text);
        Assert.Equal(run.Glyphs.Length, run.Clusters.Length);
    }

    [Theory]
    [InlineData(4000, 1000, 300, 75)]   // wide: scaled to the text width
    [InlineData(400, 4000, 30, 300)]    // tall: scaled to 60% of the text height
    [InlineData(40, 20, 30, 15)]        // tiny: never enlarged
    public void Figures_scale_down_to_fit_keep_their_aspect_and_are_centred(int pixelWidth, int pixelHeight, float expectedWidth, float expectedHeight)
    {
        var context = Context(pageWidth: 400, pageHeight: 600, margin: 50); // text block 300 x 500
        var image = DocumentSamples.Png("images/x.png", pixelWidth, pixelHeight);
        var figure = new FigureBlock(image, "alt", [new TextInline("Caption")]);

        var slices = FigureLayout.Layout(figure, 300, context.Typography.Body, context);

        var placed = Assert.Single(slices[0].Items.OfType<ImageItem>());
        Assert.Equal(expectedWidth, placed.Rect.Width, 0.5f);
        Assert.Equal(expectedHeight, placed.Rect.Height, 0.5f);
        Assert.Equal(150, placed.Rect.MidX, 0.5f);
        Assert.True(slices[0].KeepWithNext, "the figure stays with its caption");
        Assert.Contains(slices.Skip(1).SelectMany(s => s.Items).OfType<TextRunItem>(), r => r.Text == "Caption");
    }

    [Fact]
    public void Table_header_rows_repeat_at_the_top_of_the_next_page()
    {
        var context = Context();
        var header = new TableRow([new TableCell([new TextInline("Name")]), new TableCell([new TextInline("Value")])]);
        var rows = Enumerable.Range(1, 60).Select(i => new TableRow([new TableCell([new TextInline($"row {i}")]), new TableCell([new TextInline($"{i * 7}")])])).ToList();
        var table = new TableBlock([ColumnAlignment.Left, ColumnAlignment.Right], [header], rows);

        var slices = TableLayout.Layout(table, 300, context.Typography.Body, context);
        var pages = PageFlow.Distribute(slices, 300, new DiagnosticBag());

        Assert.True(pages.Count >= 2);
        foreach (var page in pages)
        {
            var firstRun = page[0].Slice.Items.OfType<TextRunItem>().First();
            Assert.Equal("Name", firstRun.Text);
        }

        var bodyRows = pages.SelectMany(p => p.Skip(1)).Count();
        Assert.Equal(60, bodyRows);
    }

    [Fact]
    public void Table_columns_take_widths_from_their_content_and_fit_the_measure()
    {
        var context = Context();
        var rows = new[]
        {
            new TableRow([new TableCell([new TextInline("id")]), new TableCell([new TextInline(Words(60))])]),
        };
        var table = new TableBlock([ColumnAlignment.Left, ColumnAlignment.Left], [], rows);

        var slices = TableLayout.Layout(table, 300, context.Typography.Body, context);

        var runs = slices.SelectMany(s => s.Items).OfType<TextRunItem>().ToList();
        var idRun = runs.First(r => r.Text == "id");
        var textRuns = runs.Where(r => r.Text != "id").ToList();
        Assert.True(textRuns.Count > 2, "the long cell wraps");
        Assert.True(textRuns.Min(r => r.X) < 80, "the short column stays narrow");
        Assert.True(idRun.X < textRuns.Min(r => r.X));
    }

    [Fact]
    public void Urls_break_after_slashes_but_never_inside_a_double_slash()
    {
        var context = Context();
        var pieces = InlineCollector.Collect("see https://spec.example.org/path/to/page now", context.Typography.Body, context);

        Assert.Contains(pieces, p => p.Text == "https://" && p.CanBreakAfter);
        Assert.DoesNotContain(pieces, p => p.Text == "https:/");
        Assert.Contains(pieces, p => p.Text == "path/" && p.CanBreakAfter);
    }
}
