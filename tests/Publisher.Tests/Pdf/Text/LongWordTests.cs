using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;
using static Publisher.Tests.Pdf.Text.Paragraphs;

namespace Publisher.Tests.Pdf.Text;

/// <summary>
/// A word longer than a line (a pasted blob, a long URL) is cut by characters into parts that each fill a line, in
/// work that grows with the word's length: once, a 200,000-character word took 44 s and 4 GB.
/// </summary>
public sealed class LongWordTests
{
    private const float Width = 300;

    public static TheoryData<string> Breakers => ["total fit", "greedy"];

    [Theory]
    [MemberData(nameof(Breakers))]
    public void A_long_word_fills_each_line_and_loses_no_character(string breaker)
    {
        var context = Context();
        var style = context.Typography.Body;
        var word = Token(5_000, seed: 1);
        var pieces = InlineCollector.Collect($"Before {word} after the word.", style, context);

        var spans = Break(breaker, pieces);

        Assert.Equal($"Before{word}afterthe word.".Replace(" ", ""), string.Concat(pieces.Select(p => p.Text)));
        var cutLines = spans.Where(span => span.End - span.Start == 1 && pieces[span.Start].Text.Length > 1 && word.Contains(pieces[span.Start].Text, StringComparison.Ordinal)).ToList();
        Assert.True(cutLines.Count > 20, $"the word took {cutLines.Count} lines of its own");
        foreach (var span in spans)
        {
            Assert.True(NaturalWidth(pieces, span) <= Width + 0.01f, $"a line is {NaturalWidth(pieces, span)} wide");
        }

        // Every part but the last of the word fills its line: the next character would not have fitted.
        foreach (var span in cutLines.SkipLast(1))
        {
            var part = pieces[span.Start];
            var next = pieces[span.End];
            var onePlus = new TextPiece(part.Text + next.Text[0], part.Style);
            Assert.True(onePlus.Width > Width, $"a part of {part.Text.Length} characters leaves room for one more");
        }
    }

    [Theory]
    [MemberData(nameof(Breakers))]
    public void Breaking_a_long_word_shapes_each_character_a_few_times_not_once_per_line(string breaker)
    {
        var context = Context();
        var style = context.Typography.Body;
        foreach (var length in new[] { 20_000, 40_000 })
        {
            // A word no earlier test shaped, so the shaping cache cannot hide the work.
            var word = Token(length, seed: Random.Shared.Next());
            var before = TextShaper.CharactersShapedOnThisThread;
            var pieces = InlineCollector.Collect(word, style, context);
            Break(breaker, pieces);
            var shaped = TextShaper.CharactersShapedOnThisThread - before;

            // The word once, its parts once, and now and then a part again after giving back a character.
            Assert.True(shaped <= 3L * length, $"breaking a {length}-character word shaped {shaped} characters");
            Assert.True(pieces.Count > length / 100, "the word was not cut");
        }
    }

    [Theory]
    [MemberData(nameof(Breakers))]
    public void Cuts_fall_between_clusters_so_accents_and_surrogate_pairs_stay_whole(string breaker)
    {
        var context = Context();
        var style = context.Typography.Body;
        // e + combining acute, and U+1D49C (mathematical script A, a surrogate pair), repeated.
        var word = string.Concat(Enumerable.Repeat("e\u0301\U0001D49Cx", 400));
        var pieces = InlineCollector.Collect(word, style, context);

        Break(breaker, pieces);

        Assert.Equal(word, string.Concat(pieces.Select(p => p.Text)));
        Assert.True(pieces.Count > 5);
        foreach (var piece in pieces)
        {
            Assert.False(piece.Text[0] == '\u0301', "a part starts with a combining accent");
            Assert.False(char.IsLowSurrogate(piece.Text[0]), "a part starts inside a surrogate pair");
        }
    }

    [Fact]
    public async Task A_single_character_wider_than_the_line_takes_a_line_of_its_own_and_breaking_ends()
    {
        var context = Context();
        var style = context.Typography.Body with { Size = 60 };
        var pieces = InlineCollector.Collect("W W\u0301 W", style, context);

        // Run aside so that a breaker that loops (as it once did here) fails the test instead of hanging the run.
        var breaking = Task.Run(() => LineBreaker.Break(pieces, 20));
        Assert.Same(breaking, await Task.WhenAny(breaking, Task.Delay(TimeSpan.FromSeconds(10))));
        var spans = await breaking;

        Assert.Equal(3, spans.Count);
        Assert.All(spans, span => Assert.Equal(1, span.End - span.Start));
    }

    private static List<LineSpan> Break(string breaker, List<TextPiece> pieces) => breaker == "greedy"
        ? LineBreaker.Break(pieces, Width)
        : TotalFitLineBreaker.Break(pieces, Width);

    private static string Token(int length, int seed)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var random = new Random(seed);
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }
}
