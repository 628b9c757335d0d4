using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>The chapter's notes at its end: a short rule, "Notes", and each note with its number linking back.</summary>
internal static class FootnoteLayout
{
    public static List<Slice> Layout(ChapterDocument chapter, BlockLayouter layouter, LayoutContext context)
    {
        if (chapter.Footnotes.Count == 0)
        {
            return [];
        }

        var type = context.Typography;
        var width = type.TextWidth;
        var slices = new List<Slice>
        {
            new(type.BodySize, [new LineItem(new SKPoint(0, type.BodySize * 0.5f), new SKPoint(width * 0.25f, type.BodySize * 0.5f), 0.6f, Typography.RuleColor)])
            {
                SpaceBefore = type.BodySize * 2f,
                KeepWithNext = true,
            },
        };
        var heading = TextBlock.Lines([new TextInline("Notes")], type.Heading(4), width, TextAlignment.Left, context, 1.3f);
        slices.AddRange(TextBlock.ToSlices(heading, 0, keepAllWithNext: true));

        var noteStyle = type.Body with { Size = type.BodySize * 0.9f };
        var indent = type.Indent;
        foreach (var note in chapter.Footnotes)
        {
            if (note.Blocks.Count > 0)
            {
                context.CurrentLine = note.Blocks[0].Line;
            }

            var inner = layouter.Layout(note.Blocks, width - indent, noteStyle).Select(s => s.Shift(indent)).ToList();
            if (inner.Count == 0)
            {
                inner.Add(new Slice(noteStyle.Size * 1.45f, []));
            }

            var number = note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
            IReadOnlyList<Inline> label = context.FootnoteReferences.TryGetValue(note.Id, out var referenceId)
                ? [new LinkInline(new InternalTarget(context.ChapterIndex, referenceId), [new TextInline(number)])]
                : [new TextInline(number)];
            var marker = TextBlock.Lines(label, noteStyle, indent, TextAlignment.Left, context, 1f)[0];
            var baseline = inner[0].FirstBaseline ?? noteStyle.Size;
            var markerItems = PageItems.Translate(marker.Items, 0, baseline - marker.Baseline);
            inner[0] = inner[0].WithItems([new AnchorItem(context.Destination(note.Id), new SKPoint(0, 0))], markerItems) with
            {
                SpaceBefore = type.ListItemGap * 1.5f,
            };
            slices.AddRange(inner);
        }

        return slices;
    }
}
