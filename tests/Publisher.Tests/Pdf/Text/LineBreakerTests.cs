using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Text;

/// <summary>Greedy breaking, used for ragged, centred and code lines and as total fit's fallback.</summary>
public sealed class LineBreakerTests
{
    [Fact]
    public async Task An_image_wider_than_the_line_takes_a_line_of_its_own_and_breaking_ends()
    {
        var context = Context();
        var body = context.Typography.Body;
        var pieces = InlineCollector.Collect(Words(10, seed: 9), body, context);
        pieces.Insert(5, new TextPiece(DocumentSamples.Png(), 260, 12, body));

        // Run aside so that a breaker that loops fails the test instead of hanging the run.
        var breaking = Task.Run(() => LineBreaker.Break(pieces, 200));
        Assert.Same(breaking, await Task.WhenAny(breaking, Task.Delay(TimeSpan.FromSeconds(10))));

        var spans = await breaking;
        Assert.Contains(new LineSpan(5, 6, false), spans);
        Assert.Equal(pieces.Count, spans[^1].End);
    }

    [Fact]
    public void A_soft_hyphen_is_not_used_when_its_hyphen_would_not_fit()
    {
        var context = Context();
        var body = context.Typography.Body;
        // "tiny words extra" fits exactly, "tiny words extra-" does not.
        var width = new TextPiece("tiny words extra", body).Width + 0.005f;

        var pieces = InlineCollector.Collect("tiny words extra\u00ADordinary", body, context);
        var spans = LineBreaker.Break(pieces, width);

        Assert.DoesNotContain(spans, span => span.Hyphenated);
        Assert.All(spans, span => Assert.True(Paragraphs.NaturalWidth(pieces, span) <= width + 0.01f));
    }
}
