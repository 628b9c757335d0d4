using CsCheck;
using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;
using static Publisher.Tests.Pdf.Text.Paragraphs;

namespace Publisher.Tests.Pdf.Text;

/// <summary>Random paragraphs on random measures: total fit never throws, loses nothing and never overflows.</summary>
public sealed class LineBreakingPropertyTests
{
    private static readonly string[] Tokens =
    [
        "a", "i", "m", "w", "no", "ten", "word", "minimum", "typesetting", "incomprehensibility", "WWWWWWWWWWWWWWWWWWWWWWWWWWWW",
        " ", " ", " ", " ", "  ", "-", "/", "\u00AD", "\u2014", ".", ",", "https://example.org/a/very/long/path/to/a/page",
    ];

    private static readonly Gen<Inline> Inline = Gen.OneOf(
        Gen.Int[0, Tokens.Length - 1].Array[1, 30].Select(indexes => (Inline)new TextInline(string.Concat(indexes.Select(i => Tokens[i])))),
        Gen.Int[0, Tokens.Length - 1].Array[1, 4].Select(indexes => (Inline)new StyledInline(InlineStyle.Strong, [new TextInline(string.Concat(indexes.Select(i => Tokens[i])))])),
        Gen.Const((Inline)new LineBreak()));

    [Fact]
    public void Any_paragraph_breaks_into_lines_that_keep_every_piece_once_in_order_and_fit_the_measure()
    {
        Gen.Select(Inline.Array[1, 12], Gen.Float[30, 400], Gen.Float[0, 20]).Sample((content, width, indent) =>
        {
            var context = Context();
            var style = context.Typography.Body;
            var pieces = InlineCollector.Collect(content, style, context);
            var text = string.Concat(pieces.Select(p => p.Text));

            var spans = TotalFitLineBreaker.Break(pieces, width, indent);

            Assert.Equal(text, string.Concat(pieces.Select(p => p.Text)));
            if (pieces.Count == 0)
            {
                Assert.Empty(spans);
                return;
            }

            Assert.Equal(0, spans[0].Start);
            Assert.Equal(pieces.Count, spans[^1].End);
            Assert.True(spans[^1].IsLast);
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                Assert.True(span.Start < span.End, $"line {i} is empty");
                Assert.True(i == 0 || spans[i - 1].End == span.Start, $"line {i} does not follow line {i - 1}");
                Assert.Equal(pieces[span.End - 1].ForcedBreakAfter || span.End == pieces.Count, span.IsLast);
                Assert.True(!span.Hyphenated || pieces[span.End - 1].SoftHyphenAfter);

                var measure = i == 0 ? width : width - indent;
                var line = LineComposer.Compose(pieces, span, measure, TextAlignment.Justify, style, 1.4f);
                Assert.True(line.Width <= measure + 0.01f, $"line {i} is {line.Width} wide on a {measure} measure");
                Assert.True(span.IsLast || SpaceWidth(pieces, span) == 0 || Looseness(pieces, span, measure) >= -0.25f - 1e-4f,
                    $"line {i} shrinks its spaces by more than a quarter");
            }
        }, iter: 400);
    }

    [Fact]
    public void Collected_text_loses_only_spaces_and_soft_hyphens()
    {
        Gen.String[Gen.Char["ab -/\u00AD"], 1, 80].Sample(text =>
        {
            var context = Context();
            var pieces = InlineCollector.Collect(text, context.Typography.Body, context);
            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00AD", "", StringComparison.Ordinal), string.Concat(pieces.Select(p => p.Text)));
        }, iter: 500);
    }
}
