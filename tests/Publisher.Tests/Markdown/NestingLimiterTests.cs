using Publisher.Markdown;

namespace Publisher.Tests.Markdown;

public sealed class NestingLimiterTests
{
    [Fact]
    public void Ordinary_text_is_left_alone()
    {
        const string text = "# T\n\n> quote\n> - item\n>   - nested\n\n      indented code\n";

        var (limited, changed) = NestingLimiter.Limit(text);

        Assert.Same(text, limited);
        Assert.Empty(changed);
    }

    [Fact]
    public void Markers_beyond_the_limit_are_cut_and_the_line_reported()
    {
        var (limited, changed) = NestingLimiter.Limit("a\n" + string.Concat(Enumerable.Repeat("> ", 100)) + "deep\nb");

        var lines = limited.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(NestingLimiter.MaxMarkers, lines[1].Count(c => c == '>'));
        Assert.EndsWith("deep", lines[1]);
        Assert.Equal([1], changed);
    }

    [Fact]
    public void Fenced_code_keeps_its_indentation()
    {
        var code = new string(' ', 200) + "deeply indented code";
        var text = $"```\n{code}\n```\n" + new string(' ', 200) + "- list\n";

        var (limited, changed) = NestingLimiter.Limit(text);

        Assert.Contains(code, limited);
        Assert.Equal([3], changed);
    }
}
