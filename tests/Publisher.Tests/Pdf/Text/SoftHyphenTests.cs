using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Text;

/// <summary>An author's soft hyphen (U+00AD) is a place a word may break, shown as a hyphen only when it does.</summary>
public sealed class SoftHyphenTests
{
    private const string SoftHyphen = "\u00AD";

    private static float RightEdge(TextRunItem run) =>
        run.X + run.GlyphX[^1] + FontSet.Bundled.Shape(FontFace.Serif, run.Text[(int)run.Clusters[^1]..]).Advance * run.FontSize;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_line_broken_at_a_soft_hyphen_ends_with_a_hyphen_inside_the_measure(bool justified)
    {
        var alignment = justified ? TextAlignment.Justify : TextAlignment.Left;
        var context = Context();
        var body = context.Typography.Body;
        // Room for "tiny words extra-" but not for "tiny words extraordinary".
        var width = new TextPiece("tiny words extra-", body).Width + 2;
        Assert.True(new TextPiece("tiny words extraordinary", body).Width > width);

        var lines = TextBlock.Lines([new TextInline($"tiny words extra{SoftHyphen}ordinary")], body, width, alignment, context);

        Assert.Equal(2, lines.Count);
        var runs = lines[0].Items.OfType<TextRunItem>().ToList();
        var hyphen = runs[^1];
        Assert.True(hyphen.IsBreakHyphen, "the hyphen added at the break is a run of its own, marked so extraction can leave it out");
        Assert.Equal("-", hyphen.Text);
        Assert.EndsWith("extra", runs[^2].Text, StringComparison.Ordinal);
        Assert.False(runs[^2].IsBreakHyphen);
        Assert.True(RightEdge(hyphen) <= width + 0.01f, $"the hyphen ends at {RightEdge(hyphen)}, past {width}");
        Assert.StartsWith("ordinary", lines[1].Items.OfType<TextRunItem>().First().Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A word wider than the line is cut by characters; when a soft hyphen follows it, its last part leaves room for
    /// the hyphen a line ending there shows (found by the line-breaking property test, seed bF7KJJQxho_1).
    /// </summary>
    [Fact]
    public void A_word_cut_to_the_measure_before_a_soft_hyphen_leaves_room_for_that_hyphen()
    {
        var context = Context();
        var body = context.Typography.Body;
        Inline[] content = [new LineBreak(), new TextInline($"\u2014   ten-{new string('W', 28)}{SoftHyphen}a  ,typesetting{SoftHyphen}nominimum\u2014https://example.org/a/very/long/path/to/a/pagewten"), new LineBreak()];
        var pieces = InlineCollector.Collect(content, body, context);

        var spans = TotalFitLineBreaker.Break(pieces, 52.87121f, continuationIndent: 11);

        Assert.All(spans.Skip(1), span =>
        {
            var line = LineComposer.Compose(pieces, span, 41.87121f, TextAlignment.Justify, body, 1.4f);
            Assert.True(line.Width <= 41.87121f + 0.01f, $"a line is {line.Width} wide on a 41.87 measure");
        });
    }

    [Fact]
    public void A_soft_hyphen_where_the_line_does_not_break_leaves_no_mark()
    {
        var context = Context();

        var lines = TextBlock.Lines([new TextInline($"an extra{SoftHyphen}ordinary word")], context.Typography.Body, 300, TextAlignment.Justify, context);

        var run = Assert.Single(Assert.Single(lines).Items.OfType<TextRunItem>());
        Assert.Equal("an extraordinary word", run.Text);
        Assert.Equal(run.Text.Length, run.Glyphs.Length);
    }

    [Fact]
    public void A_soft_hyphen_before_a_space_or_at_the_start_of_a_word_is_no_break_and_no_hyphen()
    {
        var context = Context();

        var pieces = InlineCollector.Collect($"{SoftHyphen}word{SoftHyphen} next", context.Typography.Body, context);

        Assert.Equal(["word", "next"], pieces.Select(p => p.Text));
        Assert.All(pieces, piece => Assert.False(piece.SoftHyphenAfter));
    }

    [SkippableFact]
    public void Copied_text_of_a_built_pdf_has_hyphens_only_where_lines_broke_and_never_a_soft_hyphen()
    {
        const string word = "in\u00ADcom\u00ADpre\u00ADhen\u00ADsi\u00ADbil\u00ADi\u00ADty";
        var settings = new PdfSettings { PageWidth = 300, PageHeight = 500, MarginTop = 50, MarginBottom = 50, MarginInner = 50, MarginOuter = 50, FontSize = 10 };
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? word : "it is"));
        var book = Publisher.Tests.Pdf.Layout.LayoutSamples.Book(settings, Chapter(0, "Words", Paragraph(text)));
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "hyphens.pdf");
        using (var file = File.Create(path))
        {
            PdfExporter.Export(BookTypesetter.Typeset(book, new DiagnosticBag()), file);
        }

        // pdftotext joins a word hyphenated at a line end, as a reader copying the text wants; -raw keeps the lines.
        var copied = PdfReadBack.Text(path);
        var lines = PdfReadBack.Run(Validators.PdfToText, ["-raw", "-enc", "UTF-8", path, "-"]).Output.Split('\n');

        Assert.DoesNotContain('\u00AD', copied);
        Assert.Contains("incomprehensibility", copied, StringComparison.Ordinal);
        Assert.DoesNotContain("-", copied.Replace("urn:uuid:", "", StringComparison.Ordinal).Split("Words").Last(), StringComparison.Ordinal);
        var parts = word.Split('\u00AD');
        var brokenAtSoftHyphen = lines.Zip(lines.Skip(1)).Any(pair => Enumerable.Range(1, parts.Length - 1).Any(split =>
            pair.First.EndsWith(" " + string.Concat(parts.Take(split)) + "-", StringComparison.Ordinal) &&
            pair.Second.StartsWith(string.Concat(parts.Skip(split)) + " ", StringComparison.Ordinal)));
        Assert.True(brokenAtSoftHyphen, "no line broke at a soft hyphen:\n" + string.Join('\n', lines));
    }
}
