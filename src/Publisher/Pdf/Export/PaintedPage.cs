using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// A page's content stream, Flate-compressed, the font and XObject resources it names, its marked-content sequences
/// that belong to the structure tree (by MCID), and the structure content of each of its link annotations.
/// </summary>
internal sealed record PaintedPage(
    byte[] Content,
    IReadOnlyList<string> Fonts,
    IReadOnlyList<string> XObjects,
    IReadOnlyList<MarkedSequence> Sequences,
    IReadOnlyList<StructureContent?> Links)
{
    public static PaintedPage Paint(PageFrame page, DocumentResources resources)
    {
        var content = new ContentStream();
        var painter = new PagePainter(page, resources, content);
        var tagger = new PageTagger(page, painter, content);
        tagger.PaintAll();
        return new PaintedPage(BitmapEncoder.Deflate(content.Bytes), [.. painter.Fonts], [.. painter.XObjects], [.. tagger.Sequences], [.. tagger.Links]);
    }
}
