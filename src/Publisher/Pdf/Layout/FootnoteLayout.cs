using System.Globalization;
using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Footnotes at the foot of the page: which notes each body slice references, and every note laid out once per
/// chapter in a smaller size, its number linking back to the reference. The page flow places them.
/// </summary>
internal static class FootnoteLayout
{
    /// <summary>Notes are set this much smaller than the body text.</summary>
    private const float NoteScale = 0.85f;

    /// <summary>
    /// Lays out the chapter's notes. Call after the body: the notes' back links go to the references the body's
    /// layout recorded.
    /// </summary>
    public static ChapterNotes Layout(ChapterDocument chapter, BlockLayouter layouter, LayoutContext context)
    {
        if (chapter.Footnotes.Count == 0)
        {
            return ChapterNotes.None;
        }

        var lines = new Dictionary<string, IReadOnlyList<Slice>>(StringComparer.Ordinal);
        foreach (var note in chapter.Footnotes)
        {
            // A note is set at the foot of the page; where a page begins is a matter of the body alone.
            lines[note.Id] = Note(note, layouter, context).Select(slice => slice with { Start = null }).ToList();
        }

        return new ChapterNotes(Separator(context.Typography), lines);
    }

    /// <summary>
    /// Tells each body slice which notes it references (its links to a note's destination). A note no slice
    /// references (it is only referenced from another note) goes with the chapter's last slice, so it is never lost.
    /// </summary>
    public static List<Slice> MarkReferences(List<Slice> body, ChapterDocument chapter, LayoutContext context)
    {
        if (chapter.Footnotes.Count == 0 || body.Count == 0)
        {
            return body;
        }

        var noteOfDestination = chapter.Footnotes.ToDictionary(note => context.Destination(note.Id), note => note.Id, StringComparer.Ordinal);
        var unreferenced = chapter.Footnotes.Select(note => note.Id).ToHashSet(StringComparer.Ordinal);
        var marked = new List<Slice>(body.Count);
        foreach (var slice in body)
        {
            List<string>? ids = null;
            foreach (var item in slice.Items)
            {
                if (item is LinkItem { DestinationName: { } name } && noteOfDestination.TryGetValue(name, out var id) && ids?.Contains(id) != true)
                {
                    (ids ??= []).Add(id);
                    unreferenced.Remove(id);
                }
            }

            marked.Add(ids is null ? slice : slice with { FootnoteIds = ids });
        }

        if (unreferenced.Count > 0)
        {
            var last = marked[^1];
            var orphans = chapter.Footnotes.Select(note => note.Id).Where(unreferenced.Contains);
            marked[^1] = last with { FootnoteIds = [.. last.FootnoteIds ?? [], .. orphans] };
        }

        return marked;
    }

    /// <summary>The short rule above a page's notes, with space above it to set them off from the body.</summary>
    private static Slice Separator(Typography type)
    {
        var above = type.BodySize * 1.1f;
        var below = type.BodySize * 0.55f;
        var rule = new LineItem(new SKPoint(0, above), new SKPoint(type.TextWidth * 0.25f, above), 0.5f, Typography.RuleColor);
        return new Slice(above + below, [rule]);
    }

    /// <summary>One note: its blocks in the smaller size, indented, with its number (a link back) in the indent.</summary>
    private static List<Slice> Note(Footnote note, BlockLayouter layouter, LayoutContext context)
    {
        var type = context.Typography;
        var width = type.TextWidth;
        var noteStyle = type.Body with { Size = type.BodySize * NoteScale };
        var indent = type.Indent * NoteScale;
        if (note.Blocks.Count > 0)
        {
            context.CurrentLine = note.Blocks[0].Line;
        }

        var lines = layouter.Layout(note.Blocks, width - indent, noteStyle).Select(s => s.Shift(indent)).ToList();
        if (lines.Count == 0)
        {
            lines.Add(new Slice(noteStyle.Size * type.Leading, []));
        }

        var number = note.Number.ToString(CultureInfo.InvariantCulture) + ".";
        IReadOnlyList<Inline> label = context.FootnoteReferences.TryGetValue(note.Id, out var referenceId)
            ? [new LinkInline(new InternalTarget(context.ChapterIndex, referenceId), [new TextInline(number)])]
            : [new TextInline(number)];
        var marker = TextBlock.Lines(label, noteStyle, indent, TextAlignment.Left, context, 1f)[0];
        var baseline = lines[0].FirstBaseline ?? noteStyle.Size;
        var markerItems = PageItems.Translate(marker.Items, 0, baseline - marker.Baseline);
        lines[0] = lines[0].WithItems([new AnchorItem(context.Destination(note.Id), new SKPoint(0, 0))], markerItems) with
        {
            SpaceBefore = type.ListItemGap * 1.5f,
        };

        // A note may be split between pages line by line, but one line (a table row, a picture) must fit in a
        // page's note area.
        var limit = type.TextHeight * FootnoteArea.MaxShare;
        return lines.Select(line => line.Height > limit ? PageFlow.Clip(line, limit, context.Diagnostics) : line).ToList();
    }
}
