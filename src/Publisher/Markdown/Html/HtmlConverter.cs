using AngleSharp.Dom;
using Publisher.Diagnostics;
using Publisher.Document;
using Md = Markdig.Syntax;

namespace Publisher.Markdown.Html;

/// <summary>What converting a chapter's raw HTML needs from the chapter around it.</summary>
/// <param name="ConvertMarkdown">Converts a Markdown block that sits inside the HTML, at a nesting depth.</param>
internal sealed record HtmlScope(
    ChapterUrls Urls,
    ChapterLocator Locator,
    HtmlReport Report,
    NestingGuard Nesting,
    Func<Md.Block, int, List<Block>> ConvertMarkdown);

/// <summary>
/// Turns one parsed piece of raw HTML into Document blocks, so the EPUB and the PDF show the same tree.
/// Each element becomes what it means in a book (a paragraph, a figure, a list, a table, emphasis, a link),
/// grouping elements (<c>div</c>, <c>center</c>, unknown ones) give their content to the flow around them, and
/// whatever cannot stand where it is (a block inside a link, a table inside a cell) is moved with a warning.
/// No text is lost.
/// </summary>
internal sealed class HtmlConverter(HtmlFragment fragment, HtmlScope scope)
{
    private DiagnosticBag Diagnostics => scope.Report.Diagnostics;

    public List<Block> Convert(int depth) => Blocks(fragment.Nodes, depth);

    /// <summary>The nodes as blocks: runs of inline content become paragraphs (or figures, for pictures).</summary>
    public List<Block> Blocks(IEnumerable<INode> nodes, int depth) => ToBlocks(Flow(nodes, depth));

    /// <summary>
    /// The nodes as inlines, for places that hold only text (captions, summaries, headings, table cells); blocks
    /// among them are flattened into lines, and a table among them is returned to be moved out.
    /// </summary>
    public (List<Inline> Inlines, List<Block> Moved) Inlines(IEnumerable<INode> nodes, int depth, INode where)
    {
        var inlines = new List<Inline>();
        var blocks = new List<Block>();
        foreach (var item in Flow(nodes, depth))
        {
            if (item.Inline is { } inline)
            {
                inlines.Add(inline);
            }
            else
            {
                var (flat, restructured, moved) = BlockFlattener.Flatten([item.Block!]);
                if (restructured)
                {
                    Diagnostics.Warning(
                        DiagnosticCodes.HtmlElementMoved,
                        $"A list or quotation inside <{Name(where)}> is shown as lines of text: only text can stand there",
                        Locate(where));
                }

                if (inlines.Count > 0 && flat.Count > 0)
                {
                    inlines.Add(new LineBreak());
                }

                inlines.AddRange(flat);
                blocks.AddRange(moved);
            }
        }

        return (ParagraphPictures.Trim(HtmlText.TidySpaces(InlineRuns.MergeText(inlines))), blocks);
    }

    /// <summary>
    /// Reads an element that a structure handles itself (a cell, a list item, a caption): its presentation is
    /// checked (and what cannot be kept reported), and its id claimed; the caller puts the id in place.
    /// </summary>
    public (HtmlPresentation Presentation, string? Id) Attributes(IElement element)
    {
        var location = Locate(element);
        var presentation = HtmlPresentation.Read(element.LocalName, element.Attributes.Select(a => (a.Name, a.Value)), location, scope.Report);
        return (presentation, ClaimId(element, location));
    }

    /// <summary>An element's content as blocks, with its alignment, language and id.</summary>
    public List<Block> BlocksOf(IElement element, int depth)
    {
        var (presentation, id) = Attributes(element);
        var items = Present([.. Blocks(element.ChildNodes, depth).Select(FlowItem.Of)], presentation, element.LocalName);
        return ToBlocks(WithId(items, id));
    }

    /// <summary>An element's content as inlines (see <see cref="Inlines"/>), its id first.</summary>
    public (List<Inline> Inlines, List<Block> Moved) InlinesOf(IElement element, int depth)
    {
        var (presentation, id) = Attributes(element);
        var (inlines, moved) = Inlines(element.ChildNodes, depth, element);
        if (presentation.Language is { } language && inlines.Count > 0)
        {
            inlines = [new SpanInline(inlines) { ContentLanguage = language }];
        }

        return (id is null ? inlines : [new AnchorInline(id), .. inlines], moved);
    }

    public void Warn(string code, string message, INode where) => Diagnostics.Warning(code, message, Locate(where));

    /// <summary>Where a node is in the chapter.</summary>
    public SourceLocation Locate(INode node) => scope.Locator.LocateOffset(fragment.SourceOffset(node));

    /// <summary>Converts child nodes to a flow of inlines and blocks, in order.</summary>
    public List<FlowItem> Flow(IEnumerable<INode> nodes, int depth)
    {
        var items = new List<FlowItem>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case IText text:
                    var collapsed = HtmlText.CollapseKeepingEnds(text.Data);
                    if (collapsed.Length > 0)
                    {
                        items.Add(new TextInline(collapsed));
                    }

                    break;
                case IElement element:
                    items.AddRange(Element(element, depth));
                    break;
            }
        }

        return items;
    }

    private List<FlowItem> Element(IElement element, int depth)
    {
        if (fragment.SlotBlock(element) is { } markdown)
        {
            return [.. scope.ConvertMarkdown(markdown, depth + 1).Select(FlowItem.Of)];
        }

        var name = element.LocalName;
        var location = Locate(element);
        if (HtmlElements.IsDropped(element))
        {
            Diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, $"Removed <{name}> and its content: books cannot carry active or interactive HTML", location);
            return [];
        }

        if (depth >= NestingGuard.MaxDepth)
        {
            scope.Nesting.ReportDeepNesting(fragment.Blocks[0]);
            return Flattened(element, depth);
        }

        var presentation = HtmlPresentation.Read(name, element.Attributes.Select(a => (a.Name, a.Value)), location, scope.Report);
        var id = ClaimId(element, location);
        var items = Convert(element, name, presentation, location, depth + 1);
        items = Present(items, presentation, name);
        items = WithId(items, id);
        return [.. items.Select(item => item.Block is { Line: 0 } block ? FlowItem.Of(block with { Line = location.Line }) : item)];
    }

    /// <summary>Beyond <see cref="NestingGuard.MaxDepth"/>: the text and the Markdown inside, in order, without the elements.</summary>
    private List<FlowItem> Flattened(IElement element, int depth)
    {
        var items = new List<FlowItem>();
        var stack = new Stack<INode>([element]);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case IText text:
                    items.Add(new TextInline(HtmlText.CollapseKeepingEnds(text.Data)));
                    break;
                case IElement inner when fragment.SlotBlock(inner) is { } markdown:
                    items.AddRange(scope.ConvertMarkdown(markdown, depth).Select(FlowItem.Of));
                    break;
                case IElement inner when !HtmlElements.IsDropped(inner):
                    for (var i = inner.ChildNodes.Length - 1; i >= 0; i--)
                    {
                        stack.Push(inner.ChildNodes[i]);
                    }

                    break;
            }
        }

        return items;
    }

    private List<FlowItem> Convert(IElement element, string name, HtmlPresentation presentation, SourceLocation location, int depth)
    {
        var children = element.ChildNodes;
        switch (name)
        {
            case "br":
                return [new LineBreak()];
            case "wbr":
                return [new TextInline("\u200B")];
            case "hr":
                return [new ThematicBreakBlock()];
            case "img":
                return HtmlPictures.Image(element, presentation, location, scope);
            case "picture":
                return HtmlPictures.Picture(element, this, scope, location, depth);
            case "figure":
                return HtmlPictures.Figure(element, this, depth);
            case "a":
                return Anchor(element, location, depth);
            case "pre" or "listing":
                return Code(element, depth);
            case "blockquote":
                return [new QuoteBlock(Blocks(children, depth))];
            case "aside":
                return [new ContainerBlock(ContainerKind.Aside, Blocks(children, depth))];
            case "details":
                return Details(element, depth);
            case "ul" or "ol" or "menu" or "dir":
                return HtmlLists.List(element, this, depth);
            case "dl":
                return HtmlLists.Definitions(element, this, depth);
            case "table":
                return HtmlTables.Table(element, this, depth);
            case "ruby":
                return Ruby(element, depth);
            case "map":
                Diagnostics.Warning(DiagnosticCodes.HtmlElementDropped, "Dropped an image map (<map>): a book's pictures cannot have clickable areas", location);
                return [];
            case "area" or "col" or "source" or "track":
                return []; // parts of something else: an image map, a table's columns, a picture's alternative files
            case "html" or "body":
                return Flow(children, depth);
        }

        if (HtmlElements.HeadingLevel(element) is > 0 and var level)
        {
            return Heading(element, level, depth);
        }

        if (HtmlElements.Groups.Contains(name))
        {
            return [.. Blocks(children, depth).Select(FlowItem.Of)];
        }

        var content = Flow(children, depth);
        if (!HtmlInlineElements.IsInline(name) && !HtmlElements.Known.Contains(name))
        {
            scope.Report.UnknownElement(name, location);
        }

        var title = element.GetAttribute("title");
        return WrapInline(content, inlines => HtmlInlineElements.Wrap(name, inlines, title, presentation.Language));
    }

    /// <summary>
    /// Applies an inline element to its content. Blocks inside it (Markdown paragraphs, figures) cannot be inside
    /// running text: a paragraph takes the formatting into its own text, other blocks stand on their own.
    /// </summary>
    public static List<FlowItem> WrapInline(List<FlowItem> content, Func<List<Inline>, List<Inline>> wrap)
    {
        var output = new List<FlowItem>();
        var run = new List<Inline>();
        void Flush()
        {
            // White space alone (around a block, say) has nothing to format or link.
            var blank = run.All(i => i is TextInline { Text: var text } && string.IsNullOrWhiteSpace(text));
            output.AddRange((blank ? run : wrap(InlineRuns.MergeText(run))).Select(FlowItem.Of));
            run = [];
        }

        foreach (var item in content)
        {
            if (item.Inline is { } inline)
            {
                run.Add(inline);
                continue;
            }

            Flush();
            output.Add(item.Block is ParagraphBlock paragraph ? FlowItem.Of(paragraph with { Content = wrap([.. paragraph.Content]) }) : item);
        }

        Flush();
        return output;
    }

    private List<FlowItem> Anchor(IElement element, SourceLocation location, int depth)
    {
        var content = Flow(element.ChildNodes, depth);
        var href = element.GetAttribute("href");
        if (href is null || scope.Urls.ResolveLink(href, location) is not { } target)
        {
            return content;
        }

        var title = element.GetAttribute("title");
        title = string.IsNullOrWhiteSpace(title) ? null : XmlCharacters.Clean(title.Trim());
        return WrapInline(content, inlines => [new LinkInline(target, WithoutLinks(inlines, location), title)]);
    }

    /// <summary>A link cannot hold another link: the inner one keeps its text (PUB233).</summary>
    private List<Inline> WithoutLinks(List<Inline> inlines, SourceLocation location)
    {
        if (!inlines.Any(i => i is LinkInline))
        {
            return inlines;
        }

        Diagnostics.Warning(DiagnosticCodes.HtmlElementDropped, "A link inside a link cannot work; the inner link keeps only its text", location);
        return [.. inlines.SelectMany(i => i is LinkInline inner ? inner.Content : [i])];
    }

    private List<FlowItem> Heading(IElement element, int level, int depth)
    {
        var (content, moved) = Inlines(element.ChildNodes, depth, element);
        if (!fragment.HeadingIds.TryGetValue(element, out var id))
        {
            return [new ParagraphBlock(content), .. moved.Select(FlowItem.Of)];
        }

        return [new HeadingBlock(level, id, content), .. moved.Select(FlowItem.Of)];
    }

    private List<FlowItem> Code(IElement element, int depth)
    {
        var code = element.TextContent.TrimEnd('\n', '\r', ' ', '\t');
        var slots = element.QuerySelectorAll(HtmlFragment.SlotElement).ToList();
        if (element.LocalName == "listing" && slots.Count > 0)
        {
            return HtmlListings.Listing(element, Blocks(element.ChildNodes, depth));
        }

        var language = LanguageOf(element) ?? element.Children.Where(c => c.LocalName == "code").Select(LanguageOf).FirstOrDefault(l => l is not null);

        // Markdown written between the tags (a fenced block, as GitHub reads it) is the content; no empty box before it.
        var items = slots.Count > 0 && string.IsNullOrWhiteSpace(code) ? [] : new List<FlowItem> { new CodeBlock(language, XmlCharacters.Clean(code)) };
        foreach (var slot in slots)
        {
            items.AddRange(Element(slot, depth));
        }

        return items;
    }

    private static string? LanguageOf(IElement element)
    {
        foreach (var name in element.ClassList)
        {
            foreach (var prefix in new[] { "language-", "lang-", "highlight-source-" })
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length)
                {
                    return XmlCharacters.Clean(name[prefix.Length..].ToLowerInvariant());
                }
            }
        }

        return null;
    }

    private List<FlowItem> Details(IElement element, int depth)
    {
        var summary = element.Children.FirstOrDefault(c => c.LocalName == "summary");
        var (label, moved) = summary is null ? ([], []) : InlinesOf(summary, depth);
        var blocks = Blocks(element.ChildNodes.Where(n => n != summary), depth);
        return [new ContainerBlock(ContainerKind.Details, [.. moved, .. blocks]) { Label = label }];
    }

    /// <summary>Ruby annotations in parentheses after their base text, as readers without ruby support show them.</summary>
    private List<FlowItem> Ruby(IElement element, int depth)
    {
        var items = new List<FlowItem>();
        foreach (var child in element.ChildNodes)
        {
            switch (child)
            {
                case IElement { LocalName: "rp" }:
                    break;
                case IElement { LocalName: "rt" } annotation:
                    items.Add(new TextInline("("));
                    items.AddRange(Flow(annotation.ChildNodes, depth));
                    items.Add(new TextInline(")"));
                    break;
                default:
                    items.AddRange(Flow([child], depth));
                    break;
            }
        }

        return items;
    }

    /// <summary>An element's id, if it is valid and the chapter's first use of it (headings get theirs elsewhere).</summary>
    private string? ClaimId(IElement element, SourceLocation location)
    {
        if (HtmlElements.HeadingLevel(element) > 0)
        {
            return null;
        }

        var id = (element.GetAttribute("id") ?? (element.LocalName == "a" ? element.GetAttribute("name") : null))?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        if (scope.Urls.ClaimHtmlId(id))
        {
            return id;
        }

        Diagnostics.Warning(DiagnosticCodes.DuplicateHeadingId, $"The id '{id}' is not valid or already used in this chapter; it was removed", location);
        return null;
    }

    /// <summary>Gives the element's alignment and language to the blocks it made (inner ones keep their own).</summary>
    private static List<FlowItem> Present(List<FlowItem> items, HtmlPresentation presentation, string name)
    {
        if (presentation.Alignment == BlockAlignment.Default && presentation.Language is null || name == "img")
        {
            return items;
        }

        return [.. items.Select(item => item.Block is { } block ? FlowItem.Of(Present(block, presentation)) : item)];
    }

    private static Block Present(Block block, HtmlPresentation presentation)
    {
        if (presentation.Language is not null && block.ContentLanguage is null)
        {
            block = block with { ContentLanguage = presentation.Language };
        }

        if (presentation.Alignment == BlockAlignment.Default || block.Alignment != BlockAlignment.Default)
        {
            return block;
        }

        return block switch
        {
            ParagraphBlock or HeadingBlock or FigureBlock or ContainerBlock => block with { Alignment = presentation.Alignment },
            QuoteBlock quote => quote with { Blocks = [.. quote.Blocks.Select(b => Present(b, presentation with { Language = null }))] },
            _ => block,
        };
    }

    /// <summary>Puts the element's id on the first thing it made, so links to it land there.</summary>
    private static List<FlowItem> WithId(List<FlowItem> items, string? id)
    {
        if (id is null)
        {
            return items;
        }

        if (items.Count > 0 && items[0].Block is { AnchorId: null } first)
        {
            return [FlowItem.Of(first with { AnchorId = id }), .. items.Skip(1)];
        }

        return [new AnchorInline(id), .. items];
    }

    /// <summary>Groups runs of inlines into paragraphs (pictures into figures); blocks stay as they are.</summary>
    private static List<Block> ToBlocks(List<FlowItem> items)
    {
        var blocks = new List<Block>();
        var run = new List<Inline>();
        var line = 0;
        void Flush()
        {
            var content = ParagraphPictures.Trim(HtmlText.TidySpaces(InlineRuns.MergeText(run)));
            run.Clear();
            if (content.Count > 0)
            {
                blocks.AddRange(ParagraphPictures.Split(content, textAfterIsCaption: true).Select(b => b with { Line = line }));
            }
        }

        foreach (var item in items)
        {
            if (item.Inline is { } inline)
            {
                run.Add(inline);
            }
            else
            {
                Flush();
                blocks.Add(item.Block!);
                line = item.Block!.Line;
            }
        }

        Flush();
        return ParagraphPictures.CaptionsFromCentredText(blocks);
    }

    private static string Name(INode node) => node is IElement element ? element.LocalName : node.NodeName;
}

/// <summary>One piece of converted HTML content: an inline or a block.</summary>
internal readonly record struct FlowItem(Inline? Inline, Block? Block)
{
    public static FlowItem Of(Inline inline) => new(inline, null);

    public static FlowItem Of(Block block) => new(null, block);

    public static implicit operator FlowItem(Inline inline) => Of(inline);

    public static implicit operator FlowItem(Block block) => Of(block);
}
