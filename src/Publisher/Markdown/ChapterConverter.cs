using BlankLineBlock = Markdig.Syntax.BlankLineBlock;
using ContainerBlock = Markdig.Syntax.ContainerBlock;
using DefinitionList = Markdig.Extensions.DefinitionLists.DefinitionList;
using DefinitionTerm = Markdig.Extensions.DefinitionLists.DefinitionTerm;
using FencedCodeBlock = Markdig.Syntax.FencedCodeBlock;
using HtmlBlockType = Markdig.Syntax.HtmlBlockType;
using LeafBlock = Markdig.Syntax.LeafBlock;
using LinkReferenceDefinitionGroup = Markdig.Syntax.LinkReferenceDefinitionGroup;
using Table = Markdig.Extensions.Tables.Table;
using TableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MdBlock = Markdig.Syntax.Block;
using MdCodeBlock = Markdig.Syntax.CodeBlock;
using MdFootnote = Markdig.Extensions.Footnotes.Footnote;
using MdFootnoteGroup = Markdig.Extensions.Footnotes.FootnoteGroup;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdHtmlBlock = Markdig.Syntax.HtmlBlock;
using MdLinkInline = Markdig.Syntax.Inlines.LinkInline;
using MdList = Markdig.Syntax.ListBlock;
using MdListItem = Markdig.Syntax.ListItemBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using MdQuote = Markdig.Syntax.QuoteBlock;
using MdTaskList = Markdig.Extensions.TaskLists.TaskList;
using MdThematicBreak = Markdig.Syntax.ThematicBreakBlock;

namespace Publisher.Markdown;

/// <summary>
/// Second pass over one chapter: turns its Markdig tree into Document blocks, numbers its footnotes,
/// resolves its links against every chapter, loads its images and sanitizes its raw HTML.
/// </summary>
internal sealed partial class ChapterConverter(
    ParsedChapter chapter,
    LinkResolver links,
    IContentFiles files,
    DiagnosticBag diagnostics) : IHtmlContext
{
    /// <summary>Deeper block or inline nesting is flattened (PUB210), so nothing recurses without bound.</summary>
    public const int MaxDepth = 32;

    private readonly Dictionary<MdFootnote, NoteState> _notes = [];
    private readonly List<MdFootnote> _noteOrder = [];
    private readonly HashSet<string> _claimedHtmlIds = new(StringComparer.Ordinal);
    private readonly List<ImageResource> _images = [];
    private ParsedPart _part = chapter.Parts[0];
    private int _blockOffset;
    private int _openWrappers;
    private bool _reportedDeepNesting;

    /// <summary>Images this chapter uses, in reading order (may repeat).</summary>
    public IReadOnlyList<ImageResource> Images => _images;

    public (IReadOnlyList<Block> Blocks, IReadOnlyList<Footnote> Footnotes) Convert()
    {
        var blocks = new List<Block>();
        foreach (var part in chapter.Parts)
        {
            _part = part;
            if (part.Syntax is null)
            {
                var text = XmlCharacters.Clean(part.Text);
                blocks.Add(new ParagraphBlock([new TextInline(text)]) { Line = chapter.Lines.Locate(part.Offset).Line });
            }
            else
            {
                blocks.AddRange(ConvertChildren(part.Syntax, depth: 0));
            }
        }

        var footnotes = ConvertFootnotes();
        ReportUnusedFootnotes();
        return (blocks, footnotes);
    }

    private List<Block> ConvertChildren(ContainerBlock container, int depth)
    {
        var output = new List<Block>();
        foreach (var child in container)
        {
            ConvertBlock(child, depth, output);
        }

        return output;
    }

    private void ConvertBlock(MdBlock block, int depth, List<Block> output)
    {
        _blockOffset = block.Span.Start;
        var line = Locate(block).Line;
        if (depth >= MaxDepth && block is ContainerBlock and not Table and not MdFootnoteGroup)
        {
            FlattenDeep((ContainerBlock)block, output);
            return;
        }

        Block? converted = block switch
        {
            MdHeading heading => new HeadingBlock(heading.Level, chapter.HeadingIds[heading], ConvertInlines(heading.Inline, 0)),
            MdParagraph paragraph => ConvertParagraph(paragraph),
            FencedCodeBlock fenced => new CodeBlock(LanguageOf(fenced.Info), CodeOf(fenced)),
            MdCodeBlock code => new CodeBlock(null, CodeOf(code)),
            MdQuote quote => new QuoteBlock(ConvertChildren(quote, depth + 1)),
            MdList list => ConvertList(list, depth),
            MdThematicBreak => new ThematicBreakBlock(),
            MdHtmlBlock html => ConvertHtmlBlock(html),
            Table table => ConvertTable(table),
            DefinitionList definitions => ConvertDefinitions(definitions, depth),
            MdFootnoteGroup or LinkReferenceDefinitionGroup or BlankLineBlock => null,
            LeafBlock { Inline: { } inlines } => new ParagraphBlock(ConvertInlines(inlines, 0)),
            ContainerBlock other => Unwrap(other, depth, output),
            _ => null,
        };

        if (converted is not null)
        {
            output.Add(converted with { Line = line });
        }
    }

    private Block? Unwrap(ContainerBlock container, int depth, List<Block> output)
    {
        output.AddRange(ConvertChildren(container, depth + 1));
        return null;
    }

    /// <summary>Beyond <see cref="MaxDepth"/>: keep every leaf block, in order, at this level.</summary>
    private void FlattenDeep(ContainerBlock container, List<Block> output)
    {
        ReportDeepNesting(container);
        var stack = new Stack<MdBlock>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (block is ContainerBlock inner and not Table)
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

    private void ReportDeepNesting(Markdig.Syntax.MarkdownObject where)
    {
        if (!_reportedDeepNesting)
        {
            _reportedDeepNesting = true;
            diagnostics.Warning(
                DiagnosticCodes.NestingTooDeep,
                $"Content is nested more than {MaxDepth} levels deep; deeper levels were flattened",
                Locate(where));
        }
    }

    private Block? ConvertParagraph(MdParagraph paragraph)
    {
        if (SoleImage(paragraph) is { } image)
        {
            var location = Locate(image);
            var resource = LoadImage(image.Url ?? "", location);
            if (resource is null)
            {
                return new ParagraphBlock(ConvertInlines(image, 0));
            }

            var alt = MarkdigWalk.PlainText(image);
            IReadOnlyList<Inline> caption = string.IsNullOrWhiteSpace(image.Title)
                ? ConvertInlines(image, 0)
                : [new TextInline(XmlCharacters.Clean(image.Title))];
            return new FigureBlock(resource, alt, caption);
        }

        var content = ConvertInlines(paragraph.Inline, 0);
        return content.Count == 0 ? null : new ParagraphBlock(content);
    }

    private static MdLinkInline? SoleImage(MdParagraph paragraph)
    {
        MdLinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case MdLinkInline { IsImage: true } candidate when image is null:
                    image = candidate;
                    break;
                case Markdig.Syntax.Inlines.LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }

        return image;
    }

    private ListBlock ConvertList(MdList list, int depth)
    {
        var items = new List<ListItem>();
        foreach (var item in list.OfType<MdListItem>())
        {
            var task = (item.FirstOrDefault() as MdParagraph)?.Inline?.FirstChild as MdTaskList;
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

    private TableBlock ConvertTable(Table table)
    {
        var header = new List<TableRow>();
        var body = new List<TableRow>();
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>()
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

    private List<Inline> CellInlines(Markdig.Extensions.Tables.TableCell cell)
    {
        var content = new List<Inline>();
        foreach (var leaf in cell.OfType<LeafBlock>())
        {
            if (content.Count > 0)
            {
                content.Add(new LineBreak());
            }

            content.AddRange(ConvertInlines(leaf.Inline, 0));
        }

        return content;
    }

    private static ColumnAlignment AlignmentOf(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Left => ColumnAlignment.Left,
        TableColumnAlign.Center => ColumnAlignment.Center,
        TableColumnAlign.Right => ColumnAlignment.Right,
        _ => ColumnAlignment.Default,
    };

    private DefinitionListBlock ConvertDefinitions(DefinitionList list, int depth)
    {
        var items = new List<(List<IReadOnlyList<Inline>> Terms, List<IReadOnlyList<Block>> Definitions)>();
        foreach (var item in list.OfType<Markdig.Extensions.DefinitionLists.DefinitionItem>())
        {
            var terms = item.OfType<DefinitionTerm>().Select(term => (IReadOnlyList<Inline>)ConvertInlines(term.Inline, 0)).ToList();
            var definition = new List<Block>();
            foreach (var block in item.Where(b => b is not DefinitionTerm))
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

    private Block? ConvertHtmlBlock(MdHtmlBlock html)
    {
        if (html.Type is HtmlBlockType.Comment or HtmlBlockType.ProcessingInstruction or HtmlBlockType.DocumentType or HtmlBlockType.CData)
        {
            return null;
        }

        var raw = html.Lines.ToString();
        if (HtmlWrappers.IsClosingOnly(raw))
        {
            if (_openWrappers > 0)
            {
                _openWrappers--; // the end of a wrapper, reported at its start
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"Removed the stray {raw.Trim()}, which closes nothing", Locate(html));
            }

            return null;
        }

        if (HtmlWrappers.OpenedWrappers(raw) is { } wrappers)
        {
            _openWrappers++;
            diagnostics.Warning(
                DiagnosticCodes.HtmlRepaired,
                $"{wrappers} around Markdown cannot be carried into the ebook; the Markdown inside is kept without it",
                Locate(html));
            return null;
        }

        var sanitized = HtmlSanitizer.Sanitize(raw, Locate(html), this, diagnostics);
        return sanitized.IsEmpty ? null : new HtmlBlock(sanitized.Xhtml, sanitized.PlainText);
    }

    private static string? LanguageOf(string? info)
    {
        var word = info?.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(word) ? null : XmlCharacters.Clean(word.ToLowerInvariant());
    }

    private static string CodeOf(MdCodeBlock code) => XmlCharacters.Clean(code.Lines.ToString());

    private SourceLocation Locate(Markdig.Syntax.MarkdownObject node)
    {
        var offset = node.Span.Start >= 0 && node.Span.End >= node.Span.Start ? node.Span.Start : _blockOffset;
        return chapter.Lines.Locate(_part.Offset + Math.Max(0, offset));
    }

    private sealed class NoteState(int number)
    {
        public int Number { get; } = number;
        public int References { get; set; }
    }
}
