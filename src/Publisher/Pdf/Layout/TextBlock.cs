using Publisher.Document;
using Publisher.Pdf.Text;

namespace Publisher.Pdf.Layout;

/// <summary>Inline content to lines and lines to slices: collect, break, compose.</summary>
internal static class TextBlock
{
    /// <param name="hyphenate">Words may break at hyphenation points of the context's language (body text, not headings).</param>
    public static List<TextLine> Lines(IEnumerable<Inline> inlines, TextStyle style, float width, TextAlignment alignment, LayoutContext context, float leading = 1.45f, bool hyphenate = false)
    {
        var pieces = InlineCollector.Collect(inlines, style, context, hyphenate);
        return Compose(pieces, style, width, alignment, leading);
    }

    public static List<TextLine> Compose(List<TextPiece> pieces, TextStyle style, float width, TextAlignment alignment, float leading, float continuationIndent = 0)
    {
        // Justified text is broken for the whole paragraph at once; ragged, centred and code lines fill greedily.
        var spans = alignment == TextAlignment.Justify
            ? TotalFitLineBreaker.Break(pieces, width, continuationIndent)
            : LineBreaker.Break(pieces, width, continuationIndent);
        var lines = new List<TextLine>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var lineWidth = i == 0 ? width : width - continuationIndent;
            lines.Add(LineComposer.Compose(pieces, spans[i], lineWidth, alignment, style, leading) with { SourceOffset = pieces[spans[i].Start].SourceOffset });
        }

        return lines;
    }

    /// <summary>
    /// One slice per line. The first two and the last two lines stay together, so a paragraph never leaves a
    /// single line at the foot (orphan) or the head (widow) of a page.
    /// </summary>
    public static List<Slice> ToSlices(List<TextLine> lines, float spaceBefore, bool keepAllWithNext = false, float x = 0)
    {
        var slices = new List<Slice>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var keep = keepAllWithNext || KeepsWithNext(i, lines.Count);
            var items = x == 0 ? lines[i].Items : PageItems.Translate(lines[i].Items, x, 0).ToList();
            slices.Add(new Slice(lines[i].Height, items)
            {
                SpaceBefore = i == 0 ? spaceBefore : 0,
                KeepWithNext = keep,
                FirstBaseline = lines[i].Baseline,
                EndsWithHyphen = lines[i].EndsWithHyphen,
                Start = new BlockPosition([], lines[i].SourceOffset),
            });
        }

        return slices;
    }

    /// <summary>
    /// The widow and orphan rule for a run of <paramref name="count"/> lines: the first line stays with the second
    /// and the last but one with the last, so no page holds a single line of the run at its foot or head.
    /// </summary>
    public static bool KeepsWithNext(int index, int count) => count >= 2 && (index == 0 || index == count - 2);
}
