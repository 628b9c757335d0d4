using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Pdf.Layout;

/// <summary>One chapter as a column of slices (its opening title, its blocks, its start anchor) and its footnotes.</summary>
internal static class ChapterLayout
{
    /// <param name="language">The book's language: justified text is hyphenated in it.</param>
    public static LaidOutChapter Layout(ChapterDocument chapter, Typography type, DiagnosticBag diagnostics, string? language = null)
    {
        var context = new LayoutContext(type, chapter, diagnostics) { Language = language };
        var layouter = new BlockLayouter(context);
        var slices = new List<Slice>();
        var blocks = chapter.Blocks;
        var firstIndex = 0;
        var titleIndex = TitleIndex(chapter);
        if (titleIndex >= 0 && blocks[titleIndex] is HeadingBlock title)
        {
            // The title opens the page even after invisible blocks (an HTML comment, an <a id> anchor); every block keeps its index.
            context.CurrentLine = title.Line;
            slices.AddRange(BlockLayouter.Positioned(layouter.ChapterTitle(title, type.TextWidth), titleIndex));
            slices.AddRange(layouter.Layout(blocks.Take(titleIndex).ToList(), type.TextWidth, type.Body));
            blocks = blocks.Skip(titleIndex + 1).ToList();
            firstIndex = titleIndex + 1;
        }

        slices.AddRange(layouter.Layout(blocks, type.TextWidth, type.Body, firstIndex, floats: true));
        if (slices.Count == 0)
        {
            slices.Add(new Slice(0, []));
        }

        var notes = FootnoteLayout.Layout(chapter, layouter, context);
        slices = FootnoteLayout.MarkReferences(slices, chapter, context);
        context.ReportMissingGlyphs();
        return new LaidOutChapter(BlockLayouter.AddAnchor(slices, DestinationNames.For(chapter.Index, null)), notes);
    }

    private static bool IsInvisible(Block block) => block switch
    {
        ParagraphBlock paragraph => string.IsNullOrWhiteSpace(Inlines.ToPlainText(paragraph.Content)),
        _ => false,
    };

    /// <summary>The title heading's place when it opens the chapter: first, or after nothing but raw HTML (comments, anchors).</summary>
    private static int TitleIndex(ChapterDocument chapter)
    {
        var title = chapter.TitleHeading;
        for (var i = 0; i < chapter.Blocks.Count && title is not null; i++)
        {
            if (chapter.Blocks[i] == title)
            {
                return i;
            }

            if (!IsInvisible(chapter.Blocks[i]))
            {
                break;
            }
        }

        return -1;
    }
}
