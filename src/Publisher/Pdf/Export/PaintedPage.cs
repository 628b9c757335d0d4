using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>A page's content stream, Flate-compressed, and the font and XObject resources it names.</summary>
internal sealed record PaintedPage(byte[] Content, IReadOnlyList<string> Fonts, IReadOnlyList<string> XObjects)
{
    public static PaintedPage Paint(PageFrame page, DocumentResources resources)
    {
        var content = new ContentStream();
        var painter = new PagePainter(page, resources, content);
        painter.PaintAll();
        return new PaintedPage(BitmapEncoder.Deflate(content.Bytes), [.. painter.Fonts], [.. painter.XObjects]);
    }
}
