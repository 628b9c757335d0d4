namespace Publisher.Pdf.Layout;

/// <summary>One chapter as a column of slices: its opening title, its blocks, its notes, and its start anchor.</summary>
internal static class ChapterLayout
{
    public static List<Slice> Layout(ChapterDocument chapter, Typography type, DiagnosticBag diagnostics)
    {
        var context = new LayoutContext(type, chapter, diagnostics);
        var layouter = new BlockLayouter(context);
        var slices = new List<Slice>();
        var blocks = chapter.Blocks;
        if (blocks.Count > 0 && blocks[0] is HeadingBlock { Level: 1 } title)
        {
            context.CurrentLine = title.Line;
            slices.AddRange(layouter.ChapterTitle(title, type.TextWidth));
            blocks = blocks.Skip(1).ToList();
        }

        slices.AddRange(layouter.Layout(blocks, type.TextWidth, type.Body));
        slices.AddRange(FootnoteLayout.Layout(chapter, layouter, context));
        if (slices.Count == 0)
        {
            slices.Add(new Slice(0, []));
        }

        context.ReportMissingGlyphs();
        return BlockLayouter.AddAnchor(slices, DestinationNames.For(chapter.Index, null));
    }
}
