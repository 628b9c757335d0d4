using Publisher.Diagnostics;
using Publisher.Document;
using Md = Markdig.Syntax;
using MdExtensions = Markdig.Extensions;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publisher.Markdown;

/// <summary>
/// Second pass over one chapter: turns its Markdig tree into Document blocks, numbers its footnotes,
/// resolves its links against every chapter, loads its images and sanitizes its raw HTML.
/// </summary>
internal sealed partial class ChapterConverter(
    ParsedChapter chapter,
    ILinkResolver links,
    IContentFiles files,
    DiagnosticBag diagnostics) : IHtmlContext
{
    /// <summary>Deeper block or inline nesting is flattened (PUB210), so nothing recurses without bound.</summary>
    public const int MaxDepth = 32;

    private readonly Dictionary<MdExtensions.Footnotes.Footnote, NoteState> _notes = [];
    private readonly List<MdExtensions.Footnotes.Footnote> _noteOrder = [];
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

    private List<Block> ConvertChildren(Md.ContainerBlock container, int depth)
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
        _blockOffset = block.Span.Start;
        var line = Locate(block).Line;
        if (depth >= MaxDepth && block is Md.ContainerBlock and not MdExtensions.Tables.Table and not MdExtensions.Footnotes.FootnoteGroup)
        {
            FlattenDeep((Md.ContainerBlock)block, output);
            return;
        }

        Block? converted = block switch
        {
            Md.HeadingBlock heading => new HeadingBlock(heading.Level, chapter.HeadingIds[heading], ConvertInlines(heading.Inline, 0)),
            Md.ParagraphBlock paragraph => ConvertParagraph(paragraph),
            Md.FencedCodeBlock fenced => new CodeBlock(LanguageOf(fenced.Info), CodeOf(fenced)),
            Md.CodeBlock code => new CodeBlock(null, CodeOf(code)),
            Md.QuoteBlock quote => new QuoteBlock(ConvertChildren(quote, depth + 1)),
            Md.ListBlock list => ConvertList(list, depth),
            Md.ThematicBreakBlock => new ThematicBreakBlock(),
            Md.HtmlBlock html => ConvertHtmlBlock(html),
            MdExtensions.Tables.Table table => ConvertTable(table),
            MdExtensions.DefinitionLists.DefinitionList definitions => ConvertDefinitions(definitions, depth),
            MdExtensions.Footnotes.FootnoteGroup or Md.LinkReferenceDefinitionGroup or Md.BlankLineBlock => null,
            Md.LeafBlock { Inline: { } inlines } => new ParagraphBlock(ConvertInlines(inlines, 0)),
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

    /// <summary>Beyond <see cref="MaxDepth"/>: keep every leaf block, in order, at this level.</summary>
    private void FlattenDeep(Md.ContainerBlock container, List<Block> output)
    {
        ReportDeepNesting(container);
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

    private void ReportDeepNesting(Md.MarkdownObject where)
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

    private Block? ConvertParagraph(Md.ParagraphBlock paragraph)
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

            content.AddRange(ConvertInlines(leaf.Inline, 0));
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
            var terms = item.OfType<MdExtensions.DefinitionLists.DefinitionTerm>().Select(term => (IReadOnlyList<Inline>)ConvertInlines(term.Inline, 0)).ToList();
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

    private Block? ConvertHtmlBlock(Md.HtmlBlock html)
    {
        if (html.Type is Md.HtmlBlockType.Comment or Md.HtmlBlockType.ProcessingInstruction or Md.HtmlBlockType.DocumentType or Md.HtmlBlockType.CData)
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

    private static string CodeOf(Md.CodeBlock code) => XmlCharacters.Clean(code.Lines.ToString());

    private SourceLocation Locate(Md.MarkdownObject node)
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
