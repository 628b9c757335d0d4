using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Pdf.Layout;

/// <summary>One chapter as a column of slices (its opening title, its blocks, its start anchor) and its footnotes.</summary>
internal static class ChapterLayout
{
    public static LaidOutChapter Layout(ChapterDocument chapter, Typography type, DiagnosticBag diagnostics)
    {
        var context = new LayoutContext(type, chapter, diagnostics);
        var layouter = new BlockLayouter(context);
        var slices = new List<Slice>();
        var blocks = chapter.Blocks;
        var titleIndex = TitleIndex(chapter);
        if (titleIndex >= 0 && blocks[titleIndex] is HeadingBlock title)
        {
            context.CurrentLine = title.Line;
            slices.AddRange(layouter.ChapterTitle(title, type.TextWidth));
            blocks = blocks.Where((_, i) => i != titleIndex).ToList();
        }

        slices.AddRange(layouter.Layout(blocks, type.TextWidth, type.Body));
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
        HtmlBlock html => string.IsNullOrWhiteSpace(html.PlainText),
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
