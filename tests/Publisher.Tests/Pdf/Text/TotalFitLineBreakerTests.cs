using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;
using static Publisher.Tests.Pdf.Text.Paragraphs;

namespace Publisher.Tests.Pdf.Text;

public sealed class TotalFitLineBreakerTests
{
    /// <summary>
    /// The classic case: ten short words fill the first line exactly, so greedy breaking leaves the next line with
    /// three words and a wide hole, because the long word after them does not fit. Total fit moves a short word down.
    /// </summary>
    [Fact]
    public void Total_fit_spreads_the_slack_that_greedy_leaves_on_one_very_loose_line()
    {
        int[] lengths = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 6, 6, 6, 12, 3, 3];
        var greedyPieces = MonospacedWords(lengths, out var unit);
        var totalFitPieces = MonospacedWords(lengths, out _);
        var width = 29 * unit;

        var greedy = LineBreaker.Break(greedyPieces, width);
        var totalFit = TotalFitLineBreaker.Break(totalFitPieces, width);

        Assert.Equal(0, Looseness(greedyPieces, greedy[0], width), 2);
        var greedyLooseness = greedy.SkipLast(1).Select(span => Looseness(greedyPieces, span, width)).ToList();
        var totalFitLooseness = totalFit.SkipLast(1).Select(span => Looseness(totalFitPieces, span, width)).ToList();
        Assert.True(totalFitLooseness.Max() < greedyLooseness.Max() / 2,
            $"worst line: total fit {totalFitLooseness.Max():0.00}, greedy {greedyLooseness.Max():0.00}");
        Assert.True(totalFitLooseness.Sum(r => r * r) < greedyLooseness.Sum(r => r * r));
    }

    [Theory]
    [InlineData(160)]
    [InlineData(240)]
    [InlineData(300)]
    public void Justified_lines_fill_the_measure_exactly_keep_every_word_in_order_and_the_last_line_is_natural(float width)
    {
        var context = Context();
        var text = Words(150, seed: 7);
        var pieces = InlineCollector.Collect(text, context.Typography.Body, context);

        var spans = TotalFitLineBreaker.Break(pieces, width);

        Assert.Equal(0, spans[0].Start);
        Assert.Equal(pieces.Count, spans[^1].End);
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(pieces.Select(p => p.Text)));
        Assert.True(spans[^1].IsLast);
        Assert.All(spans.SkipLast(1), span => Assert.False(span.IsLast));

        var lines = spans.Select(span => LineComposer.Compose(pieces, span, width, TextAlignment.Justify, context.Typography.Body, 1.4f)).ToList();
        Assert.All(lines.SkipLast(1), line => Assert.Equal(width, line.Width, 0.01f));
        Assert.Equal(NaturalWidth(pieces, spans[^1]), lines[^1].Width, 0.01f);
    }

    /// <summary>
    /// Before a word that needs a line of its own (a long URL), every way to break the words before it leaves a loose
    /// line. The looser of two awful lines must still lose: "5 / 5 20" stretches one space fivefold, "5 5 / 20" nearly
    /// fortyfold.
    /// </summary>
    [Fact]
    public void When_every_choice_leaves_a_loose_line_total_fit_still_takes_the_least_loose()
    {
        var pieces = MonospacedWords([5, 5, 20, 28], out var unit);

        var spans = TotalFitLineBreaker.Break(pieces, 30 * unit);

        Assert.Equal([(0, 1), (1, 3), (3, 4)], spans.Select(span => (span.Start, span.End)));
    }

    /// <summary>A justified line that would stretch its spaces more than threefold is set flush left instead.</summary>
    [Fact]
    public void A_line_that_would_open_holes_wider_than_three_spaces_is_set_flush_left()
    {
        var pieces = MonospacedWords([20, 5, 28], out var unit);
        var style = pieces[0].Style;

        var holes = LineComposer.Compose(pieces, new LineSpan(0, 2, false, false), 30 * unit, TextAlignment.Justify, style, 1.4f);
        var stretched = LineComposer.Compose(pieces, new LineSpan(0, 2, false, false), 27 * unit, TextAlignment.Justify, style, 1.4f);

        Assert.Equal(NaturalWidth(pieces, new LineSpan(0, 2, false, false)), holes.Width, 0.01f);
        Assert.Equal(27 * unit, stretched.Width, 0.01f);
    }

    [Theory]
    [InlineData(3, 300)]
    [InlineData(8, 180)]
    public void Spaces_never_shrink_by_more_than_a_quarter_of_their_width(int seed, float width)
    {
        var context = Context();
        var pieces = InlineCollector.Collect(Words(400, seed), context.Typography.Body, context);

        var spans = TotalFitLineBreaker.Break(pieces, width);

        Assert.All(spans.SkipLast(1), span => Assert.True(Looseness(pieces, span, width) >= -0.25f - 1e-4f));
        Assert.Contains(spans, span => Looseness(pieces, span, width) < 0);
    }

    [Fact]
    public void Total_fit_leaves_no_line_looser_than_greedy_does_on_ordinary_paragraphs()
    {
        var context = Context();
        for (var seed = 1; seed <= 12; seed++)
        {
            var greedyPieces = InlineCollector.Collect(Words(120, seed), context.Typography.Body, context);
            var totalFitPieces = InlineCollector.Collect(Words(120, seed), context.Typography.Body, context);

            var greedy = LineBreaker.Break(greedyPieces, 260).SkipLast(1).Select(span => Looseness(greedyPieces, span, 260)).Max();
            var totalFit = TotalFitLineBreaker.Break(totalFitPieces, 260).SkipLast(1).Select(span => Looseness(totalFitPieces, span, 260)).Max();

            Assert.True(totalFit <= greedy + 1e-4f, $"seed {seed}: total fit {totalFit:0.00}, greedy {greedy:0.00}");
        }
    }

    [Fact]
    public void A_forced_break_ends_a_ragged_line_and_the_lines_after_it_use_the_continuation_width()
    {
        var context = Context();
        Inline[] content = [new TextInline(Words(30, seed: 2)), new LineBreak(), new TextInline(Words(40, seed: 4))];
        var pieces = InlineCollector.Collect(content, context.Typography.Body, context);
        var forced = pieces.FindIndex(p => p.ForcedBreakAfter);

        var spans = TotalFitLineBreaker.Break(pieces, 250, continuationIndent: 30);

        var atBreak = Assert.Single(spans, span => span.End == forced + 1);
        Assert.True(atBreak.IsLast);
        Assert.True(NaturalWidth(pieces, spans[0]) > 220, "the first line uses the room the indent leaves it");
        Assert.All(spans.Skip(1), span => Assert.True(NaturalWidth(pieces, span) - 0.25f * SpaceWidth(pieces, span) <= 220 + 0.01f));
    }

    [Fact]
    public void Words_joined_without_a_break_opportunity_wider_than_the_line_fall_back_to_splitting_and_never_overflow()
    {
        var context = Context();
        var body = context.Typography.Body;
        // "word" + bold "word" + "word"... with no space between: one unbreakable chain of many pieces.
        var chain = Enumerable.Range(0, 30).Select(i => (Inline)(i % 2 == 0
            ? new TextInline("chain")
            : new StyledInline(InlineStyle.Strong, [new TextInline("link")]))).ToList();
        Inline[] content = [new TextInline(Words(20, seed: 5) + " "), .. chain, new TextInline(" " + Words(20, seed: 6))];

        var lines = TextBlock.Lines(content, body, 200, TextAlignment.Justify, context);

        Assert.All(lines, line => Assert.True(line.Width <= 200 + 0.01f, $"line is {line.Width} wide"));
    }

    [Fact]
    public void An_image_wider_than_the_line_stands_alone_and_the_words_around_it_still_fit()
    {
        var context = Context();
        var body = context.Typography.Body;
        var words = InlineCollector.Collect(Words(40, seed: 9), body, context);
        var pieces = new List<TextPiece>(words);
        pieces[19].Glue = body.Font.SpaceAdvance * body.Size;
        pieces.Insert(20, new TextPiece(DocumentSamples.Png(), 260, 12, body) { Glue = pieces[19].Glue, CanBreakAfter = true });

        var spans = TotalFitLineBreaker.Break(pieces, 200);

        var imageLine = Assert.Single(spans, span => span.Start <= 20 && 20 < span.End);
        Assert.Equal(new LineSpan(20, 21, false), imageLine);
        Assert.All(spans.Where(span => span != imageLine), span => Assert.True(NaturalWidth(pieces, span) - 0.25f * SpaceWidth(pieces, span) <= 200 + 0.01f));
    }
}
