using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>
/// Blocks where only inlines may go (a table cell, a caption, a summary, a heading): paragraphs become lines,
/// pictures inline pictures, list items bulleted lines, code monospace lines. A table cannot be flattened: it is
/// handed back to be moved after the element.
/// </summary>
internal static class BlockFlattener
{
    /// <summary>The inlines, whether any list or quote lost its structure, and the blocks that must move.</summary>
    public static (List<Inline> Inlines, bool Restructured, List<Block> Moved) Flatten(IEnumerable<Block> blocks)
    {
        var inlines = new List<Inline>();
        var moved = new List<Block>();
        var restructured = false;
        foreach (var block in blocks)
        {
            Add(block, inlines, moved, ref restructured, prefix: null);
        }

        return (inlines, restructured, moved);
    }

    private static void Add(Block block, List<Inline> output, List<Block> moved, ref bool restructured, string? prefix)
    {
        if (block is TableBlock)
        {
            moved.Add(block);
            return;
        }

        if (output.Count > 0 && block is not ContainerBlock and not QuoteBlock)
        {
            output.Add(new LineBreak());
        }

        if (block.AnchorId is { } id)
        {
            output.Add(new AnchorInline(id));
        }

        if (prefix is not null)
        {
            output.Add(new TextInline(prefix));
        }

        switch (block)
        {
            case ParagraphBlock paragraph:
                output.AddRange(paragraph.Content);
                break;
            case HeadingBlock heading:
                output.Add(new AnchorInline(heading.Id));
                output.Add(new StyledInline(InlineStyle.Strong, heading.Content));
                break;
            case FigureBlock figure:
                output.Add(new ImageInline(figure.Image, figure.AltText) { Width = figure.Width ?? ImageWidth.Percent(100) });
                if (figure.Caption.Count > 0)
                {
                    output.Add(new LineBreak());
                    output.AddRange(figure.Caption);
                }

                break;
            case CodeBlock code:
                var lines = code.Code.TrimEnd('\n').Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        output.Add(new LineBreak());
                    }

                    output.Add(new CodeInline(lines[i]));
                }

                break;
            case ListBlock list:
                restructured = true;
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var marker = list.Ordered ? $"{list.Start + i}. " : "\u2022 ";
                    var first = true;
                    foreach (var inner in list.Items[i].Blocks)
                    {
                        Add(inner, output, moved, ref restructured, first ? marker : null);
                        first = false;
                    }
                }

                break;
            case DefinitionListBlock definitions:
                restructured = true;
                foreach (var item in definitions.Items)
                {
                    foreach (var term in item.Terms)
                    {
                        AddLine(output, [new StyledInline(InlineStyle.Strong, term)]);
                    }

                    foreach (var inner in item.Definitions.SelectMany(d => d))
                    {
                        Add(inner, output, moved, ref restructured, null);
                    }
                }

                break;
            case QuoteBlock quote:
                restructured = true;
                foreach (var inner in quote.Blocks)
                {
                    Add(inner, output, moved, ref restructured, null);
                }

                break;
            case ContainerBlock container:
                if (container.Label.Count > 0)
                {
                    AddLine(output, [new StyledInline(InlineStyle.Strong, container.Label)]);
                }

                foreach (var inner in container.Blocks)
                {
                    Add(inner, output, moved, ref restructured, null);
                }

                break;
        }
    }

    private static void AddLine(List<Inline> output, IEnumerable<Inline> line)
    {
        if (output.Count > 0)
        {
            output.Add(new LineBreak());
        }

        output.AddRange(line);
    }
}
