using Publisher.Book.Directives;

namespace Publisher.Tests.Layouts;

public sealed class MarkdownCodeTests
{
    private static List<string> Code(string text) => MarkdownCode.Ranges(text).Select(r => text[r.Start..r.End]).ToList();

    [Fact]
    public void Code_spans_close_with_as_many_backticks_and_a_lone_backtick_is_text()
    {
        Assert.Equal(["`a`", "``b ` c``"], Code("It's `a` and ``b ` c`` but ` is alone."));
    }

    [Fact]
    public void A_code_span_does_not_cross_a_blank_line()
    {
        Assert.Equal(["`yes`"], Code("`no\n\nstill not, and `yes`"));
    }

    [Fact]
    public void Fenced_blocks_run_to_a_closing_fence_of_at_least_their_length_or_to_the_end()
    {
        var text = "Before\n\n````md\n```\nnot closed by three\n````\nAfter `x`\n\n~~~\nopen to the end";

        Assert.Equal(["````md\n```\nnot closed by three\n````\n", "`x`", "~~~\nopen to the end"], Code(text));
    }
}
