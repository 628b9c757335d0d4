using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Markdown.Html;
using Md = Markdig.Syntax;
using MdExtensions = Markdig.Extensions;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publisher.Markdown;

/// <summary>Markdig blocks to Document blocks: headings, paragraphs and figures, code, quotes, lists, tables, definitions, HTML.</summary>
internal sealed partial class BlockConverter
{
    private readonly ParsedChapter _chapter;
    private readonly ChapterLocator _locator;
    private readonly ChapterUrls _urls;
    private readonly InlineConverter _inlines;
    private readonly NestingGuard _nesting;
    private readonly HtmlScope _html;

    /// <summary>The blocks that belong to a piece of raw HTML started by an earlier sibling.</summary>
    private readonly HashSet<Md.Block> _insideHtml;

    public BlockConverter(ParsedChapter chapter, ChapterLocator locator, ChapterUrls urls, InlineConverter inlines, NestingGuard nesting, HtmlReport report)
    {
        _chapter = chapter;
        _locator = locator;
        _urls = urls;
        _inlines = inlines;
        _nesting = nesting;
        _html = new HtmlScope(urls, locator, report, nesting, ConvertSlot);
        _insideHtml = [.. chapter.HtmlFragments.Values.SelectMany(f => f.Blocks.Skip(1))];
    }

    public List<Block> ConvertChildren(Md.ContainerBlock container, int depth)
    {
        var output = new List<Block>();
        foreach (var child in container)
        {
            if (!_insideHtml.Contains(child))
            {
                ConvertBlock(child, depth, output);
            }
        }

        return output;
    }

    /// <summary>A Markdown block that sits inside raw HTML, converted where the HTML puts it.</summary>
    private List<Block> ConvertSlot(Md.Block block, int depth)
    {
        var output = new List<Block>();
        ConvertBlock(block, depth, output);
        return output;
    }

    private Block? ConvertHtml(Md.HtmlBlock html, int depth, int line, List<Block> output)
    {
        if (!_chapter.HtmlFragments.TryGetValue(html, out var fragment))
        {
            return null;
        }

        foreach (var block in new HtmlConverter(fragment, _html).Convert(depth))
        {
            output.Add(block.Line == 0 ? block with { Line = line } : block);
        }

        _locator.EnterBlock(html);
        return null;
    }

    private void ConvertBlock(Md.Block block, int depth, List<Block> output)
    {
        _locator.EnterBlock(block);
        var line = _locator.Locate(block).Line;
        if (depth >= NestingGuard.MaxDepth && block is Md.ContainerBlock and not MdExtensions.Tables.Table and not MdExtensions.Footnotes.FootnoteGroup)
        {
            FlattenDeep((Md.ContainerBlock)block, output);
            return;
        }

        Block? converted = block switch
        {
            Md.HeadingBlock heading => new HeadingBlock(heading.Level, _chapter.HeadingIds[heading], _inlines.Convert(heading.Inline, 0)),
            Md.ParagraphBlock paragraph => ConvertParagraph(paragraph, line, output),
            Md.FencedCodeBlock fenced => new CodeBlock(LanguageOf(fenced.Info), VisibleCode(fenced)) { Pinned = IsPinned(fenced) },
            Md.CodeBlock code => new CodeBlock(null, CodeOf(code)),
            MdExtensions.Alerts.AlertBlock alert => new QuoteBlock([AlertLabel(alert), .. ConvertChildren(alert, depth + 1)]),
            Md.QuoteBlock quote => new QuoteBlock(ConvertChildren(quote, depth + 1)),
            Md.ListBlock list => ConvertList(list, depth),
            Md.ThematicBreakBlock => new ThematicBreakBlock(),
            Md.HtmlBlock html => ConvertHtml(html, depth, line, output),
            MdExtensions.Tables.Table table => ConvertTable(table),
            MdExtensions.DefinitionLists.DefinitionList definitions => ConvertDefinitions(definitions, depth),
            MdExtensions.Footnotes.FootnoteGroup or Md.LinkReferenceDefinitionGroup or Md.BlankLineBlock => null,
            Md.LeafBlock { Inline: { } leafInlines } => new ParagraphBlock(_inlines.Convert(leafInlines, 0)),
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
        _nesting.ReportDeepNesting(container);
        var stack = new Stack<Md.Block>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (_insideHtml.Contains(block))
            {
                continue;
            }

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

    /// <summary>A paragraph; an image alone in it is a figure, and pictures among its text are figures too.</summary>
    private Block? ConvertParagraph(Md.ParagraphBlock paragraph, int line, List<Block> output)
    {
        if (SoleImage(paragraph) is { } image)
        {
            if (RemoteImages.IsRemote(image.Url ?? ""))
            {
                return new ParagraphBlock([_inlines.ConvertImage(image)]);
            }

            var resource = _urls.LoadImage(image.Url ?? "", _locator.Locate(image));
            if (resource is null)
            {
                return new ParagraphBlock(_inlines.Convert(image, 0));
            }

            var alt = MarkdigWalk.PlainText(image);
            IReadOnlyList<Inline> caption = string.IsNullOrWhiteSpace(image.Title)
                ? _inlines.Convert(image, 0)
                : [new TextInline(XmlCharacters.Clean(image.Title))];
            return new FigureBlock(resource, alt, caption) { Pinned = IsPinned(image) || IsPinned(paragraph) };
        }

        var content = _inlines.Convert(paragraph.Inline, 0);
        if (IsCaptionSpan(paragraph) && output.Count > 0 && output[^1] is FigureBlock { Caption.Count: 0 } figure && content.Count > 0)
        {
            output[^1] = figure with { Caption = content };
            return null;
        }

        if (content.Count > 0)
        {
            output.AddRange(ParagraphPictures.Split(content, textAfterIsCaption: false).Select(b => b with { Line = line }));
        }

        return null;
    }

    /// <summary>
    /// <c>&lt;span class="caption"&gt;Figure 4-1: ...&lt;/span&gt;</c> as a paragraph of its own, mdBook's way (The Rust
    /// Programming Language's) to caption the picture above it.
    /// </summary>
    private static bool IsCaptionSpan(Md.ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is MdInlines.HtmlInline { Tag: var open } &&
        CaptionSpan().IsMatch(open) &&
        paragraph.Inline.LastChild is MdInlines.HtmlInline { Tag: var close } &&
        close.Replace(" ", "", StringComparison.Ordinal).Equals("</span>", StringComparison.OrdinalIgnoreCase) &&
        !paragraph.Inline.Skip(1).SkipLast(1).Any(inline => inline is MdInlines.HtmlInline);

    [System.Text.RegularExpressions.GeneratedRegex(@"^<span\s+class\s*=\s*[""']?caption[""']?\s*>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CaptionSpan();

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

            content.AddRange(_inlines.Convert(leaf.Inline, 0));
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
            var terms = item.OfType<MdExtensions.DefinitionLists.DefinitionTerm>().Select(term => (IReadOnlyList<Inline>)_inlines.Convert(term.Inline, 0)).ToList();
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

    // mdBook writes attributes after the language with commas: "rust,ignore".
    private static string? LanguageOf(string? info)
    {
        var word = info?.Trim().Split([' ', '\t', '\n', ','], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(word) ? null : XmlCharacters.Clean(word.ToLowerInvariant());
    }

    private string VisibleCode(Md.FencedCodeBlock fenced) =>
        _chapter.Source.HidesRustLines && RustHiddenLines.IsRust(fenced.Info) ? RustHiddenLines.Remove(CodeOf(fenced)) : CodeOf(fenced);

    /// <summary>GitHub's alert (<c>&gt; [!WARNING]</c>) keeps its kind as a bold first line, as GitHub shows it.</summary>
    private static ParagraphBlock AlertLabel(MdExtensions.Alerts.AlertBlock alert)
    {
        var kind = alert.Kind.ToString().ToLowerInvariant();
        var label = kind.Length == 0 ? "Note" : char.ToUpperInvariant(kind[0]) + kind[1..];
        return new ParagraphBlock([new StyledInline(InlineStyle.Strong, [new TextInline(label)])]);
    }

    private static string CodeOf(Md.CodeBlock code) => XmlCharacters.Clean(code.Lines.ToString());
}
