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
        if (blocks.Count > 0 && blocks[0] is HeadingBlock { Level: 1 } title)
        {
            context.CurrentLine = title.Line;
            slices.AddRange(BlockLayouter.Positioned(layouter.ChapterTitle(title, type.TextWidth), 0));
            blocks = blocks.Skip(1).ToList();
            firstIndex = 1;
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
}
