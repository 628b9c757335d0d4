using Publisher.Diagnostics;
using Publisher.Document;
using Md = Markdig.Syntax;
using MdExtensions = Markdig.Extensions;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publisher.Markdown;

/// <summary>Markdig blocks to Document blocks: headings, paragraphs and figures, code, quotes, lists, tables, definitions, HTML.</summary>
internal sealed class BlockConverter(
    ParsedChapter chapter,
    ChapterLocator locator,
    ChapterUrls urls,
    InlineConverter inlines,
    NestingGuard nesting,
    DiagnosticBag diagnostics)
{
    private readonly HtmlBlockConverter _html = new(locator, urls, diagnostics);

    public List<Block> ConvertChildren(Md.ContainerBlock container, int depth)
    {
        var output = new List<Block>();
        foreach (var child in container)
        {
            ConvertBlock(child, depth, output);
        }

        return output;
    }

    private void ConvertBlock(Md.Block block, int depth, List<Block> output)
    {
        locator.EnterBlock(block);
        var line = locator.Locate(block).Line;
        if (depth >= NestingGuard.MaxDepth && block is Md.ContainerBlock and not MdExtensions.Tables.Table and not MdExtensions.Footnotes.FootnoteGroup)
        {
            FlattenDeep((Md.ContainerBlock)block, output);
            return;
        }

        Block? converted = block switch
        {
            Md.HeadingBlock heading => new HeadingBlock(heading.Level, chapter.HeadingIds[heading], inlines.Convert(heading.Inline, 0)),
            Md.ParagraphBlock paragraph => ConvertParagraph(paragraph),
            Md.FencedCodeBlock fenced => new CodeBlock(LanguageOf(fenced.Info), CodeOf(fenced)) { Pinned = IsPinned(fenced) },
            Md.CodeBlock code => new CodeBlock(null, CodeOf(code)),
            Md.QuoteBlock quote => new QuoteBlock(ConvertChildren(quote, depth + 1)),
            Md.ListBlock list => ConvertList(list, depth),
            Md.ThematicBreakBlock => new ThematicBreakBlock(),
            Md.HtmlBlock html => _html.Convert(html),
            MdExtensions.Tables.Table table => ConvertTable(table),
            MdExtensions.DefinitionLists.DefinitionList definitions => ConvertDefinitions(definitions, depth),
            MdExtensions.Footnotes.FootnoteGroup or Md.LinkReferenceDefinitionGroup or Md.BlankLineBlock => null,
            Md.LeafBlock { Inline: { } leafInlines } => new ParagraphBlock(inlines.Convert(leafInlines, 0)),
            Md.ContainerBlock other => Unwrap(other, depth, output),
            _ => null,
        };

        if (converted is not null)
        {
            output.Add(converted with { Line = line });
        }
    }

    private Block? Unwrap(Md.ContainerBlock container, int depth, List<Block> output)
    {
        output.AddRange(ConvertChildren(container, depth + 1));
        return null;
    }

    /// <summary>Beyond <see cref="NestingGuard.MaxDepth"/>: keep every leaf block, in order, at this level.</summary>
    private void FlattenDeep(Md.ContainerBlock container, List<Block> output)
    {
        nesting.ReportDeepNesting(container);
        var stack = new Stack<Md.Block>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (block is Md.ContainerBlock inner and not MdExtensions.Tables.Table)
            {
                for (var i = inner.Count - 1; i >= 0; i--)
                {
                    stack.Push(inner[i]);
                }
            }
            else
            {
                ConvertBlock(block, 0, output);
            }
        }
    }

    /// <summary>The author's <c>{.here}</c>: keep this figure or code block where it is written, never floated.</summary>
    private static bool IsPinned(Md.MarkdownObject element) =>
        Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(element)?.Classes?.Contains("here") == true;

    private Block? ConvertParagraph(Md.ParagraphBlock paragraph)
    {
        if (SoleImage(paragraph) is { } image)
        {
            var resource = urls.LoadImage(image.Url ?? "", locator.Locate(image));
            if (resource is null)
            {
                return new ParagraphBlock(inlines.Convert(image, 0));
            }

            var alt = MarkdigWalk.PlainText(image);
            IReadOnlyList<Inline> caption = string.IsNullOrWhiteSpace(image.Title)
                ? inlines.Convert(image, 0)
                : [new TextInline(XmlCharacters.Clean(image.Title))];
            return new FigureBlock(resource, alt, caption) { Pinned = IsPinned(image) || IsPinned(paragraph) };
        }

        var content = inlines.Convert(paragraph.Inline, 0);
        return content.Count == 0 ? null : new ParagraphBlock(content);
    }

    private static MdInlines.LinkInline? SoleImage(Md.ParagraphBlock paragraph)
    {
        MdInlines.LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case MdInlines.LinkInline { IsImage: true } candidate when image is null:
                    image = candidate;
                    break;
                case MdInlines.LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }

        return image;
    }

    private ListBlock ConvertList(Md.ListBlock list, int depth)
    {
        var items = new List<ListItem>();
        foreach (var item in list.OfType<Md.ListItemBlock>())
        {
            var task = (item.FirstOrDefault() as Md.ParagraphBlock)?.Inline?.FirstChild as MdExtensions.TaskLists.TaskList;
            var blocks = ConvertChildren(item, depth + 1);
            if (task is not null && blocks is [ParagraphBlock { Content: [TextInline first, ..] } paragraph, ..])
            {
                blocks[0] = paragraph with { Content = [new TextInline(first.Text.TrimStart()), .. paragraph.Content.Skip(1)] };
            }

            items.Add(new ListItem(blocks, task?.Checked));
        }

        var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var number) ? number : 1;
        return new ListBlock(list.IsOrdered, start, items);
    }

    private TableBlock ConvertTable(MdExtensions.Tables.Table table)
    {
        var header = new List<TableRow>();
        var body = new List<TableRow>();
        foreach (var row in table.OfType<MdExtensions.Tables.TableRow>())
        {
            var cells = row.OfType<MdExtensions.Tables.TableCell>()
                .Select(cell => new TableCell(CellInlines(cell)))
                .ToList();
            (row.IsHeader ? header : body).Add(new TableRow(cells));
        }

        var columns = header.Concat(body).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();
        var alignments = Enumerable.Range(0, columns)
            .Select(i => i < table.ColumnDefinitions.Count ? AlignmentOf(table.ColumnDefinitions[i].Alignment) : ColumnAlignment.Default)
            .ToList();
        return new TableBlock(alignments, header, body);
    }

    private List<Inline> CellInlines(MdExtensions.Tables.TableCell cell)
    {
        var content = new List<Inline>();
        foreach (var leaf in cell.OfType<Md.LeafBlock>())
        {
            if (content.Count > 0)
            {
                content.Add(new LineBreak());
            }

            content.AddRange(inlines.Convert(leaf.Inline, 0));
        }

        return content;
    }

    private static ColumnAlignment AlignmentOf(MdExtensions.Tables.TableColumnAlign? align) => align switch
    {
        MdExtensions.Tables.TableColumnAlign.Left => ColumnAlignment.Left,
        MdExtensions.Tables.TableColumnAlign.Center => ColumnAlignment.Center,
        MdExtensions.Tables.TableColumnAlign.Right => ColumnAlignment.Right,
        _ => ColumnAlignment.Default,
    };

    private DefinitionListBlock ConvertDefinitions(MdExtensions.DefinitionLists.DefinitionList list, int depth)
    {
        var items = new List<(List<IReadOnlyList<Inline>> Terms, List<IReadOnlyList<Block>> Definitions)>();
        foreach (var item in list.OfType<MdExtensions.DefinitionLists.DefinitionItem>())
        {
            var terms = item.OfType<MdExtensions.DefinitionLists.DefinitionTerm>().Select(term => (IReadOnlyList<Inline>)inlines.Convert(term.Inline, 0)).ToList();
            var definition = new List<Block>();
            foreach (var block in item.Where(b => b is not MdExtensions.DefinitionLists.DefinitionTerm))
            {
                ConvertBlock(block, depth + 1, definition);
            }

            if (terms.Count == 0 && items.Count > 0)
            {
                items[^1].Definitions.Add(definition);
            }
            else
            {
                items.Add((terms, [definition]));
            }
        }

        return new DefinitionListBlock(items.Select(i => new Document.DefinitionItem(i.Terms, i.Definitions)).ToList());
    }

    private static string? LanguageOf(string? info)
    {
        var word = info?.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(word) ? null : XmlCharacters.Clean(word.ToLowerInvariant());
    }

    private static string CodeOf(Md.CodeBlock code) => XmlCharacters.Clean(code.Lines.ToString());
}
