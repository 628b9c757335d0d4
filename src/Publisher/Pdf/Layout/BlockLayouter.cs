using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Lays out blocks into a column of slices of a given width. Slices know nothing about pages yet; the page flow
/// places them. Complex blocks (code, tables, figures) have their own layouts.
/// </summary>
internal sealed class BlockLayouter(LayoutContext context)
{
    private Typography Type => context.Typography;

    /// <param name="firstIndex">The index of <paramref name="blocks"/>' first block among its siblings (for the slices' positions).</param>
    /// <param name="floats">Figures, tables and code blocks may float (the chapter's own blocks, not those in lists or quotes).</param>
    public List<Slice> Layout(IReadOnlyList<Block> blocks, float width, TextStyle body, int firstIndex = 0, bool floats = false)
    {
        var slices = new List<Slice>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Line > 0)
            {
                context.CurrentLine = block.Line;
            }

            var language = context.Language;
            context.Language = block.ContentLanguage ?? language;
            var own = Layout(block, width, body);
            context.Language = language;
            if (block.AnchorId is { } id)
            {
                // An id raw HTML gave the block: links to it land at its top.
                own = own.Count > 0 ? AddAnchor(own, context.Destination(id)) : [new Slice(0, [new AnchorItem(context.Destination(id), new SKPoint(0, 0))])];
            }

            var laidOut = Positioned(own, firstIndex + i).ToList();
            if (floats && block is FigureBlock or TableBlock or CodeBlock && !block.Pinned && Type.Settings.Floats && laidOut.Count > 0)
            {
                laidOut[0] = laidOut[0] with { FloatLength = laidOut.Count };
            }

            slices.AddRange(laidOut);
        }

        return slices;
    }

    /// <summary>
    /// Puts a block's index in front of the positions of its slices (<see cref="Slice.Start"/>); the block's first
    /// slice, when it has no finer position, begins the block.
    /// </summary>
    public static IEnumerable<Slice> Positioned(IReadOnlyList<Slice> slices, int index) => slices.Select((slice, k) =>
        slice.Start is { } start ? slice with { Start = start.Under(index) }
        : k == 0 ? slice with { Start = new BlockPosition([index], 0) }
        : slice);

    private List<Slice> Layout(Block block, float width, TextStyle body) => block switch
    {
        HeadingBlock heading => Heading(heading, width),
        ParagraphBlock paragraph => Paragraph(paragraph.Content, width, body, AlignmentOf(paragraph.Alignment, TextAlignment.Justify)),
        CodeBlock code => CodeBlockLayout.Layout(code, width, context),
        QuoteBlock quote => Quote(quote, width, body),
        ListBlock list => List(list, width, body),
        DefinitionListBlock definitions => Definitions(definitions, width, body),
        TableBlock table => TableLayout.Layout(table, width, body, context),
        FigureBlock figure => FigureLayout.Layout(figure, width, body, context),
        ThematicBreakBlock => ThematicBreak(width),
        ContainerBlock container => Container(container, width, body),
        _ => [],
    };

    private static TextAlignment AlignmentOf(BlockAlignment alignment, TextAlignment otherwise) => alignment switch
    {
        BlockAlignment.Left => TextAlignment.Left,
        BlockAlignment.Center => TextAlignment.Center,
        BlockAlignment.Right => TextAlignment.Right,
        BlockAlignment.Justify => TextAlignment.Justify,
        _ => otherwise,
    };

    /// <summary>
    /// A group from raw HTML: an aside is set off by a rule like a quotation; a details section shows its summary
    /// in bold above its content (print cannot fold it away); a figure group has its caption below. An alignment
    /// given to the group applies to its paragraphs and pictures that have none of their own.
    /// </summary>
    private List<Slice> Container(ContainerBlock container, float width, TextStyle body)
    {
        IReadOnlyList<Block> blocks = container.Alignment == BlockAlignment.Default
            ? container.Blocks
            : [.. container.Blocks.Select(b => b.Alignment == BlockAlignment.Default && b is ParagraphBlock or FigureBlock or HeadingBlock ? b with { Alignment = container.Alignment } : b)];
        switch (container.Kind)
        {
            case ContainerKind.Aside:
                return Quote(new QuoteBlock(blocks), width, body);
            case ContainerKind.Details:
                var summary = container.Label.Count == 0 ? [] : TextBlock.ToSlices(
                    TextBlock.Lines(container.Label, body with { Face = FontFace.SerifBold }, width, TextAlignment.Left, context, Type.Leading),
                    Type.ParagraphGap,
                    keepAllWithNext: true);
                var content = Layout(blocks, width - Type.Indent * 0.6f, body).Select(s => s.Shift(Type.Indent * 0.6f)).ToList();
                return [.. summary, .. content];
            default:
                var inner = Layout(blocks, width, body);
                if (container.Label.Count > 0)
                {
                    var captionStyle = body with { Face = FontFace.SerifItalic, Size = body.Size * 0.9f, Color = Typography.MutedColor };
                    var lines = TextBlock.Lines(container.Label, captionStyle, width, AlignmentOf(container.Alignment, TextAlignment.Center), context, 1.35f);
                    if (inner.Count > 0)
                    {
                        inner[^1] = inner[^1] with { KeepWithNext = true };
                    }

                    inner.AddRange(TextBlock.ToSlices(lines, Type.BodySize * 0.5f));
                }

                // A figure's pictures and caption stay on one page when they fit on one.
                if (inner.Sum(slice => slice.SpaceBefore + slice.Height) <= Type.TextHeight)
                {
                    inner = [.. inner.Select((slice, k) => k < inner.Count - 1 ? slice with { KeepWithNext = true } : slice)];
                }

                return inner;
        }
    }

    public List<Slice> Paragraph(IReadOnlyList<Inline> content, float width, TextStyle body, TextAlignment alignment)
    {
        var lines = TextBlock.Lines(content, body, width, alignment, context, Type.Leading, hyphenate: alignment == TextAlignment.Justify);
        return TextBlock.ToSlices(lines, Type.ParagraphGap);
    }

    private List<Slice> Heading(HeadingBlock heading, float width)
    {
        var style = Type.Heading(heading.Level);
        var lines = TextBlock.Lines(heading.Content, style, width, AlignmentOf(heading.Alignment, TextAlignment.Left), context, 1.25f);
        var slices = TextBlock.ToSlices(lines, Type.HeadingSpaceBefore(heading.Level), keepAllWithNext: true);
        return AddAnchor(slices, context.Destination(heading.Id));
    }

    /// <summary>The chapter's title heading on its opening page: large, with space above and a short rule below.</summary>
    public List<Slice> ChapterTitle(HeadingBlock heading, float width)
    {
        var style = Type.ChapterTitle;
        var lines = TextBlock.Lines(heading.Content, style, width, AlignmentOf(heading.Alignment, TextAlignment.Left), context, 1.15f);
        var top = Type.TextHeight * 0.12f;
        var slices = TextBlock.ToSlices(lines, 0, keepAllWithNext: true);
        slices[0] = new Slice(slices[0].Height + top, PageItems.Translate(slices[0].Items, 0, top).ToList())
        {
            KeepWithNext = true,
            FirstBaseline = slices[0].FirstBaseline + top,
            Start = slices[0].Start,
        };
        var ruleGap = Type.BodySize * 0.9f;
        var ruleLength = Type.BodySize * 4;
        var ruleLeft = heading.Alignment switch
        {
            BlockAlignment.Center => (width - ruleLength) / 2,
            BlockAlignment.Right => width - ruleLength,
            _ => 0,
        };
        slices.Add(new Slice(ruleGap + Type.BodySize * 1.6f,
        [
            new LineItem(new SKPoint(ruleLeft, ruleGap), new SKPoint(ruleLeft + ruleLength, ruleGap), 2f, Typography.AccentColor),
        ])
        { KeepWithNext = true });
        slices = AddAnchor(slices, context.Destination(heading.Id));
        return slices;
    }

    /// <summary>Adds a named destination at the top of the first slice.</summary>
    public static List<Slice> AddAnchor(List<Slice> slices, string name)
    {
        if (slices.Count > 0)
        {
            slices[0] = slices[0].WithItems([new AnchorItem(name, new SKPoint(0, 0))]);
        }

        return slices;
    }

    private List<Slice> Quote(QuoteBlock quote, float width, TextStyle body)
    {
        var indent = Type.BodySize * 1.4f;
        var inner = Layout(quote.Blocks, width - indent, body with { Color = new SKColor(0x3a, 0x3a, 0x3a) });
        var slices = Fold(inner);
        for (var i = 0; i < slices.Count; i++)
        {
            var slice = slices[i].Shift(indent);
            var rule = new LineItem(new SKPoint(Type.BodySize * 0.3f, 0), new SKPoint(Type.BodySize * 0.3f, slice.Height), 2.2f, Typography.QuoteRuleColor);
            slices[i] = slice.WithItems([rule]);
        }

        return slices;
    }

    /// <summary>
    /// Turns the space between slices into part of the slices below it, so decorations drawn per slice (a quote's
    /// rule) run without gaps. The first slice keeps its space before.
    /// </summary>
    private static List<Slice> Fold(List<Slice> slices)
    {
        var folded = new List<Slice>(slices.Count);
        for (var i = 0; i < slices.Count; i++)
        {
            var slice = slices[i];
            if (i > 0 && slice.SpaceBefore > 0)
            {
                var gap = slice.SpaceBefore;
                slice = slice with
                {
                    Height = slice.Height + gap,
                    Items = PageItems.Translate(slice.Items, 0, gap).ToList(),
                    SpaceBefore = 0,
                    FirstBaseline = slice.FirstBaseline + gap,
                    RepeatAfterBreak = slice.RepeatAfterBreak,
                };
            }

            folded.Add(slice);
        }

        return folded;
    }

    private List<Slice> List(ListBlock list, float width, TextStyle body)
    {
        var isNested = context.ListDepth > 0;
        var markerStyle = body with { Face = FontFace.Serif, Strike = false };
        var lastNumber = list.Start + list.Items.Count - 1;
        var indent = list.Ordered
            ? Math.Max(Type.Indent, markerStyle.Shape($"{lastNumber}.").Advance * markerStyle.Size + Type.BodySize * 0.6f)
            : Type.Indent;
        var slices = new List<Slice>();
        context.ListDepth++;
        try
        {
            for (var k = 0; k < list.Items.Count; k++)
            {
                var item = list.Items[k];
                var itemSlices = Positioned(Layout(item.Blocks, width - indent, body), k).Select(s => s.Shift(indent)).ToList();
                if (itemSlices.Count == 0)
                {
                    continue;
                }

                var first = itemSlices[0];
                var baseline = first.FirstBaseline ?? body.Size;
                var marker = item.Checked is { } isChecked
                    ? Checkbox(indent, baseline, body.Size, isChecked)
                    : Marker(list.Ordered ? $"{list.Start + k}." : Bullet(context.ListDepth - 1), markerStyle, indent, baseline);
                itemSlices[0] = first.WithItems([], marker) with
                {
                    SpaceBefore = k == 0 && !isNested ? Type.ParagraphGap : Type.ListItemGap,
                };
                slices.AddRange(itemSlices);
            }
        }
        finally
        {
            context.ListDepth--;
        }

        return slices;
    }

    private static string Bullet(int depth) => (depth % 3) switch
    {
        0 => "\u2022",
        1 => "\u2013",
        _ => "\u00B7",
    };

    private List<PageItem> Marker(string text, TextStyle style, float indent, float baseline)
    {
        var pieces = InlineCollector.Collect(text, style, context);
        var line = TextBlock.Compose(pieces, style, indent, TextAlignment.Left, 1f)[0];
        var x = indent - Type.BodySize * 0.5f - line.Width;
        return PageItems.Translate(line.Items, x, baseline - line.Baseline).ToList();
    }

    private List<PageItem> Checkbox(float indent, float baseline, float size, bool isChecked)
    {
        var side = size * 0.72f;
        var right = indent - Type.BodySize * 0.5f;
        var box = new SKRect(right - side, baseline - side, right, baseline);
        var color = Typography.TextColor;
        var items = new List<PageItem>
        {
            new LineItem(new SKPoint(box.Left, box.Top), new SKPoint(box.Right, box.Top), 0.7f, color),
            new LineItem(new SKPoint(box.Right, box.Top), new SKPoint(box.Right, box.Bottom), 0.7f, color),
            new LineItem(new SKPoint(box.Right, box.Bottom), new SKPoint(box.Left, box.Bottom), 0.7f, color),
            new LineItem(new SKPoint(box.Left, box.Bottom), new SKPoint(box.Left, box.Top), 0.7f, color),
        };
        if (isChecked)
        {
            var a = new SKPoint(box.Left + side * 0.2f, box.Top + side * 0.5f);
            var b = new SKPoint(box.Left + side * 0.42f, box.Bottom - side * 0.2f);
            var c = new SKPoint(box.Right - side * 0.15f, box.Top + side * 0.15f);
            items.Add(new LineItem(a, b, 1.2f, Typography.AccentColor));
            items.Add(new LineItem(b, c, 1.2f, Typography.AccentColor));
        }

        return items;
    }

    private List<Slice> Definitions(DefinitionListBlock definitions, float width, TextStyle body)
    {
        var slices = new List<Slice>();
        for (var k = 0; k < definitions.Items.Count; k++)
        {
            // Positions inside an item count its terms first, then its definitions (see BlockPaths).
            var item = definitions.Items[k];
            var itemSlices = new List<Slice>();
            for (var t = 0; t < item.Terms.Count; t++)
            {
                var lines = TextBlock.Lines(item.Terms[t], body with { Face = FontFace.SerifBold }, width, TextAlignment.Left, context, Type.Leading);
                itemSlices.AddRange(Positioned(TextBlock.ToSlices(lines, Type.ParagraphGap, keepAllWithNext: true), t));
            }

            for (var d = 0; d < item.Definitions.Count; d++)
            {
                var inner = Positioned(Layout(item.Definitions[d], width - Type.Indent, body), item.Terms.Count + d).Select(s => s.Shift(Type.Indent)).ToList();
                if (inner.Count > 0)
                {
                    inner[0] = inner[0] with { SpaceBefore = Type.ListItemGap };
                }

                itemSlices.AddRange(inner);
            }

            slices.AddRange(Positioned(itemSlices, k));
        }

        return slices;
    }

    private List<Slice> ThematicBreak(float width)
    {
        var height = Type.BodySize * 2.2f;
        var length = Math.Min(width * 0.3f, 120f);
        var y = height / 2;
        return
        [
            new Slice(height, [new LineItem(new SKPoint((width - length) / 2, y), new SKPoint((width + length) / 2, y), 0.8f, Typography.RuleColor)])
            {
                SpaceBefore = Type.ParagraphGap,
            },
        ];
    }
}
