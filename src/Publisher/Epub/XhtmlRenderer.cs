using System.Xml.Linq;
using Publisher.Document;
using Publisher.Highlighting;

namespace Publisher.Epub;

/// <summary>
/// Turns the blocks and inlines of one chapter into XHTML elements. It remembers every footnote reference
/// it writes, so each note can link back to all of its references. <paramref name="pageBreaks"/> puts the print
/// edition's page-break markers into the blocks, cells and terms where pages begin.
/// </summary>
internal sealed class XhtmlRenderer(BookDocument book, ChapterDocument chapter, PageBreakMarkers pageBreaks)
{
    private static readonly XNamespace X = EpubNames.Xhtml;
    private static readonly XNamespace Epub = EpubNames.Ops;
    private readonly Dictionary<string, List<string>> _referencesByNote = new(StringComparer.Ordinal);

    /// <summary>The ids of the references written so far to the note <paramref name="noteId"/>, in order.</summary>
    public IReadOnlyList<string> ReferencesTo(string noteId) =>
        _referencesByNote.TryGetValue(noteId, out var references) ? references : [];

    public IEnumerable<XNode> Blocks(IEnumerable<Block> blocks) => blocks.SelectMany(Block);

    public IEnumerable<XNode> Block(Block block) => pageBreaks.Around(block, InLanguage(Described(block), block.ContentLanguage));

    private List<XNode> Described(Block block)
    {
        var nodes = Render(block).ToList();
        if (nodes.FirstOrDefault() is XElement first)
        {
            Describe(first, block);
        }

        return nodes;
    }

    /// <summary>The id and alignment a block carries, on its outermost element.</summary>
    private static void Describe(XElement element, Block block)
    {
        if (block.AnchorId is { } id)
        {
            element.SetAttributeValue("id", id);
        }

        if (block.Alignment != BlockAlignment.Default)
        {
            AddClass(element, $"align-{block.Alignment.ToString().ToLowerInvariant()}");
        }
    }

    private static void AddClass(XElement element, string name)
    {
        var existing = (string?)element.Attribute("class");
        element.SetAttributeValue("class", string.IsNullOrEmpty(existing) ? name : $"{existing} {name}");
    }

    private IEnumerable<XNode> Render(Block block) => block switch
    {
        HeadingBlock heading => [Heading(heading)],
        ParagraphBlock paragraph => [new XElement(X + "p", Inlines(paragraph.Content))],
        CodeBlock code => [Code(code)],
        QuoteBlock quote => [new XElement(X + "blockquote", Blocks(quote.Blocks))],
        ListBlock list => [List(list)],
        DefinitionListBlock definitions => [DefinitionList(definitions)],
        TableBlock table => [Table(table)],
        FigureBlock figure => [Figure(figure)],
        ThematicBreakBlock => [new XElement(X + "hr")],
        ContainerBlock container => [Container(container)],
        _ => throw new NotSupportedException($"the EPUB writer does not know the block {block.GetType().Name}"),
    };

    public IEnumerable<XNode> Inlines(IEnumerable<Inline> inlines) => inlines.SelectMany(Inline);

    private IEnumerable<XNode> Inline(Inline inline) => InLanguage(InlineNodes(inline), inline.ContentLanguage);

    /// <summary>
    /// Content in another language than the text around it carries <c>lang</c> and <c>xml:lang</c> (so reading
    /// systems hyphenate and speak it in that language): on its elements, text alone in a <c>span</c>.
    /// </summary>
    private static IEnumerable<XNode> InLanguage(IEnumerable<XNode> nodes, string? language)
    {
        if (language is null)
        {
            return nodes;
        }

        return nodes.Select(node =>
        {
            var element = node as XElement ?? new XElement(X + "span", node);
            element.SetAttributeValue("lang", language);
            element.SetAttributeValue(XNamespace.Xml + "lang", language);
            return (XNode)element;
        }).ToList();
    }

    private IEnumerable<XNode> InlineNodes(Inline inline) => inline switch
    {
        TextInline text => [Text(text.Text)],
        StyledInline styled => [new XElement(X + StyleElement(styled.Style), Inlines(styled.Content))],
        CodeInline code => [new XElement(X + "code", Text(code.Code))],
        LinkInline link => [Link(link)],
        ImageInline image => [image.Width is null ? Image(image.Image, image.AltText, "inline") : SizedImage(image.Image, image.AltText, image.Width)],
        FootnoteReference reference => [NoteReference(reference)],
        SoftBreak => [new XText("\n")],
        LineBreak => [new XElement(X + "br")],
        SpanInline span => [Span(span)],
        AnchorInline anchor => [new XElement(X + "span", new XAttribute("id", anchor.Id))],
        _ => throw new NotSupportedException($"the EPUB writer does not know the inline {inline.GetType().Name}"),
    };

    private XElement Heading(HeadingBlock heading) =>
        new(X + $"h{Math.Clamp(heading.Level, 1, 6)}", new XAttribute("id", heading.Id), Inlines(heading.Content));

    private static XElement Code(CodeBlock code)
    {
        var lines = CodeHighlighter.Highlight(code);
        var content = new List<XNode>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                content.Add(new XText("\n"));
            }

            content.AddRange(lines[i].Select(CodeToken));
        }

        var codeElement = new XElement(X + "code", content);
        if (!string.IsNullOrEmpty(code.Language))
        {
            codeElement.SetAttributeValue("class", $"language-{code.Language}");
        }

        return new XElement(X + "pre", new XAttribute("class", "code"), codeElement);
    }

    private static XNode CodeToken(CodeToken token) => token.Kind == TokenKind.Plain
        ? Text(token.Text)
        : new XElement(X + "span", new XAttribute("class", EpubStylesheet.TokenClass(token.Kind)), Text(token.Text));

    private XElement List(ListBlock list)
    {
        var element = new XElement(X + (list.Ordered ? "ol" : "ul"));
        if (list.Ordered && list.Start != 1)
        {
            element.SetAttributeValue("start", list.Start);
        }

        if (list.Items.Any(item => item.Checked is not null))
        {
            element.SetAttributeValue("class", "tasks");
        }

        foreach (var item in list.Items)
        {
            element.Add(ListItem(item));
        }

        return element;
    }

    private XElement ListItem(ListItem item)
    {
        var content = Blocks(item.Blocks).ToList();
        if (item.Checked is not { } done)
        {
            return new XElement(X + "li", content);
        }

        // A character rather than a disabled <input>: every reading system shows it, and it validates.
        var box = new XElement(
            X + "span",
            new XAttribute("class", done ? "task-box done" : "task-box"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", done ? "done" : "not done"),
            done ? "\u2611" : "\u2610");
        if (content.FirstOrDefault() is XElement { Name.LocalName: "p" } first)
        {
            first.AddFirst(box, new XText(" "));
        }
        else
        {
            content.Insert(0, box);
        }

        return new XElement(X + "li", new XAttribute("class", "task"), content);
    }

    private XElement DefinitionList(DefinitionListBlock definitions)
    {
        var list = new XElement(X + "dl");
        foreach (var item in definitions.Items)
        {
            list.Add(item.Terms.Select(term => pageBreaks.Inside(term, new XElement(X + "dt", Inlines(term)))));
            list.Add(item.Definitions.Select(definition => new XElement(X + "dd", Blocks(definition))));
        }

        return list;
    }

    private XElement Table(TableBlock table)
    {
        XElement Row(TableRow row, string cellName) => new(
            X + "tr",
            row.Cells.Select((cell, column) =>
            {
                var element = pageBreaks.Inside(cell, new XElement(X + (cell.IsHeader ? "th" : cellName), Inlines(cell.Content)));
                var alignment = cell.Alignment != ColumnAlignment.Default ? cell.Alignment
                    : column < table.Alignments.Count ? table.Alignments[column] : ColumnAlignment.Default;
                if (alignment != ColumnAlignment.Default)
                {
                    element.SetAttributeValue("class", $"align-{alignment.ToString().ToLowerInvariant()}");
                }

                if (cell.ColumnSpan > 1)
                {
                    element.SetAttributeValue("colspan", cell.ColumnSpan);
                }

                if (cell.RowSpan > 1)
                {
                    element.SetAttributeValue("rowspan", cell.RowSpan);
                }

                return element;
            }));

        var element = new XElement(X + "table");
        if (table.HeaderRows.Count > 0)
        {
            element.Add(new XElement(X + "thead", table.HeaderRows.Select(row => Row(row, "th"))));
        }

        if (table.BodyRows.Count > 0)
        {
            element.Add(new XElement(X + "tbody", table.BodyRows.Select(row => Row(row, "td"))));
        }

        // The wrapper scrolls a wide table sideways instead of letting it run off a phone screen.
        return new XElement(X + "div", new XAttribute("class", "table"), element);
    }

    private XElement Figure(FigureBlock figure)
    {
        XNode picture = figure.Width is null ? Image(figure.Image, figure.AltText, null) : SizedImage(figure.Image, figure.AltText, figure.Width);
        if (figure.Link is { } link)
        {
            picture = new XElement(X + "a", new XAttribute("href", Href(link)), picture);
        }

        var element = new XElement(X + "figure", picture);
        if (figure.Caption.Count > 0)
        {
            element.Add(new XElement(X + "figcaption", Inlines(figure.Caption)));
        }

        return element;
    }

    private static XElement Image(ImageResource image, string altText, string? cssClass)
    {
        var element = new XElement(
            X + "img",
            new XAttribute("src", image.Href),
            new XAttribute("alt", XmlCharacters.Clean(altText)));
        // Intrinsic sizes let a reader reserve the figure's space; an inline image is sized by the line instead.
        if (cssClass is null && image.PixelWidth > 0 && image.PixelHeight > 0)
        {
            element.SetAttributeValue("width", image.PixelWidth);
            element.SetAttributeValue("height", image.PixelHeight);
        }

        if (cssClass is not null)
        {
            element.SetAttributeValue("class", cssClass);
        }

        return element;
    }

    /// <summary>A picture at the width its author asked for: pixels as its size, a percentage as a width class.</summary>
    private static XElement SizedImage(ImageResource image, string altText, ImageWidth width)
    {
        var element = Image(image, altText, null);
        if (width.IsPercent)
        {
            element.SetAttributeValue("width", null);
            element.SetAttributeValue("height", null);
            element.SetAttributeValue("class", EpubStylesheet.WidthClass(width.Value));
        }
        else if (image.PixelWidth > 0 && image.PixelHeight > 0)
        {
            var pixels = Math.Max(1, (int)Math.Round(width.Value));
            element.SetAttributeValue("width", pixels);
            element.SetAttributeValue("height", Math.Max(1, (int)Math.Round(width.Value * image.PixelHeight / image.PixelWidth)));
        }

        return element;
    }

    private XElement Container(ContainerBlock container)
    {
        var content = Blocks(container.Blocks).ToList();
        return container.Kind switch
        {
            // Open: a reader that cannot open it, and every printed page, shows the whole content.
            ContainerKind.Details => new XElement(
                X + "details",
                new XAttribute("open", "open"),
                new XElement(X + "summary", Inlines(container.Label)),
                content),
            ContainerKind.Figure => new XElement(
                X + "figure",
                new XAttribute("class", "group"),
                content,
                container.Label.Count > 0 ? new XElement(X + "figcaption", Inlines(container.Label)) : null),
            _ => new XElement(X + "aside", new XAttribute("class", "sidebar"), content),
        };
    }

    private XElement Span(SpanInline span)
    {
        var element = new XElement(X + (span.Title is null ? "span" : "abbr"), Inlines(span.Content));
        if (span.Title is { } title)
        {
            element.SetAttributeValue("title", title);
        }

        return element;
    }

    private XElement Link(LinkInline link)
    {
        var element = new XElement(X + "a", new XAttribute("href", Href(link.Target)), Inlines(link.Content));
        if (!string.IsNullOrEmpty(link.Title))
        {
            element.SetAttributeValue("title", XmlCharacters.Clean(link.Title));
        }

        if (link.Target is ExternalTarget)
        {
            element.SetAttributeValue("class", "external");
        }

        return element;
    }

    private string Href(LinkTarget target)
    {
        if (target is ExternalTarget external)
        {
            return external.Url;
        }

        var inside = (InternalTarget)target;
        var targetChapter = book.Chapters.FirstOrDefault(c => c.Index == inside.ChapterIndex)
            ?? throw new InvalidOperationException($"a link points to chapter {inside.ChapterIndex}, which the book does not have");
        var file = targetChapter.Index == chapter.Index ? "" : EpubNames.ChapterFile(targetChapter);
        return inside.AnchorId is null
            ? (file.Length > 0 ? file : $"#{ChapterPage.SectionId(chapter)}")
            : $"{file}#{inside.AnchorId}";
    }

    private XElement NoteReference(FootnoteReference reference)
    {
        if (!_referencesByNote.TryGetValue(reference.NoteId, out var references))
        {
            references = [];
            _referencesByNote[reference.NoteId] = references;
        }

        references.Add(reference.ReferenceId);
        return new XElement(
            X + "sup",
            new XElement(
                X + "a",
                new XAttribute(Epub + "type", "noteref"),
                new XAttribute("role", "doc-noteref"),
                new XAttribute("id", reference.ReferenceId),
                new XAttribute("href", $"#{reference.NoteId}"),
                reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string StyleElement(InlineStyle style) => style switch
    {
        InlineStyle.Emphasis => "em",
        InlineStyle.Strong => "strong",
        InlineStyle.Strikethrough => "del",
        InlineStyle.Superscript => "sup",
        InlineStyle.Subscript => "sub",
        InlineStyle.Underline => "u",
        InlineStyle.Highlight => "mark",
        InlineStyle.Small => "small",
        _ => "span",
    };

    private static XText Text(string text) => new(XmlCharacters.Clean(text));
}
