using System.Text;

namespace Publisher.Tests.Markdown;

/// <summary>Input meant to break the parser must end in diagnostics, never in an exception or a stack overflow.</summary>
public sealed class HostileInputTests
{
    private const int Levels = 5000;

    private static int Depth(IEnumerable<Block> blocks)
    {
        var deepest = 0;
        var stack = new Stack<(Block Block, int Depth)>(blocks.Select(b => (b, 1)));
        while (stack.Count > 0)
        {
            var (block, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            var children = block switch
            {
                QuoteBlock q => q.Blocks,
                ListBlock l => l.Items.SelectMany(i => i.Blocks),
                _ => [],
            };
            foreach (var child in children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    [Fact]
    public void Thousands_of_nested_block_quotes_are_flattened_with_a_warning()
    {
        var built = MarkdownBook.Build("# Deep\n\n" + string.Concat(Enumerable.Repeat("> ", Levels)) + "bottom\n");

        var warning = built.All(DiagnosticCodes.NestingTooDeep).First();
        Assert.Equal(new SourceLocation("content/01-intro.md", 3, 1), warning.Location);
        Assert.InRange(Depth(built.Blocks), 2, 40);
        Assert.Contains("bottom", DocumentWalk.AllInlines(built.Document).OfType<TextInline>().Select(t => t.Text).Aggregate("", string.Concat));
    }

    [Fact]
    public void Thousands_of_nested_indented_lists_are_flattened_with_a_warning()
    {
        var markdown = "# Deep\n\n" + string.Join("\n", Enumerable.Range(0, Levels).Select(i => new string(' ', i * 2) + "- item " + i));

        var built = MarkdownBook.Build(markdown);

        Assert.NotEmpty(built.All(DiagnosticCodes.NestingTooDeep));
        Assert.InRange(Depth(built.Blocks), 2, 80);
        var text = string.Concat(DocumentWalk.AllInlines(built.Document).OfType<TextInline>().Select(t => t.Text));
        Assert.Contains("item 4999", text);
    }

    [Fact]
    public void Thousands_of_list_markers_on_one_line_and_mixed_containers_do_not_crash()
    {
        var built = MarkdownBook.Build(
            "# Deep\n\n" + string.Concat(Enumerable.Repeat("- ", Levels)) + "x\n\n" +
            string.Concat(Enumerable.Repeat("> 1. ", Levels)) + "y\n\n" +
            string.Concat(Enumerable.Repeat("[", Levels)) + "z" + string.Concat(Enumerable.Repeat("](u)", Levels)) + "\n\n" +
            new string('*', 20000) + "w" + new string('*', 20000) + "\n\n" +
            string.Concat(Enumerable.Repeat("<div>", Levels)) + "v\n");

        Assert.NotEmpty(built.All(DiagnosticCodes.NestingTooDeep));
        Assert.InRange(Depth(built.Blocks), 1, 80);
        Assert.Contains("v", DocumentWalk.AllInlines(built.Document).OfType<TextInline>().Select(t => t.Text.Trim()));
        DocumentWalk.Xhtml(built.Document);
    }

    [Fact]
    public void A_100000_character_line_full_of_formatting_is_converted()
    {
        var line = string.Concat(Enumerable.Repeat("word *x* `c` [l](#t) ", 5000));
        Assert.True(line.Length >= 100_000);

        var built = MarkdownBook.Build("# T\n\n" + line + "\n");

        Assert.DoesNotContain(built.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var paragraph = (ParagraphBlock)built.Blocks[1];
        Assert.Equal(5000, paragraph.Content.OfType<StyledInline>().Count());
        Assert.Equal(5000, paragraph.Content.OfType<LinkInline>().Count());
    }

    [Fact]
    public void A_10_megabyte_chapter_is_converted()
    {
        var paragraph = "A paragraph with *emphasis*, `code`, a [link](#big) and some more words to fill the line.\n\n";
        var text = new StringBuilder("# Big\n\n");
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append(paragraph);
        }

        var built = MarkdownBook.Build(text.ToString());

        Assert.Empty(built.Diagnostics);
        Assert.True(built.Blocks.Count > 100_000);
    }

    [Fact]
    public void A_5000_row_table_is_converted()
    {
        var text = new StringBuilder("# T\n\n| n | square |\n|--:|-------:|\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append($"| {i} | {i * i} |\n");
        }

        var built = MarkdownBook.Build(text.ToString());

        built.NoDiagnostics();
        var table = Assert.Single(built.Blocks.OfType<TableBlock>());
        Assert.Equal(5000, table.BodyRows.Count);
        Assert.Equal("4999", Inlines.ToPlainText(table.BodyRows[^1].Cells[0].Content));
    }

    [Fact]
    public void Control_characters_never_reach_the_document()
    {
        var built = MarkdownBook.Build("# T\u0001itle\n\nText\u0007 with \u000b bell and \ud800 lone surrogate.\n\n<p>\u0002html</p>\n");

        var texts = DocumentWalk.AllInlines(built.Document).OfType<TextInline>().Select(t => t.Text).ToList();
        Assert.Contains("html", texts);
        Assert.All(texts, t => System.Xml.XmlConvert.VerifyXmlChars(t));
    }
}
