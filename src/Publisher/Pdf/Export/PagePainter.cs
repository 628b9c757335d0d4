using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// Paints one page's items into a content stream, each exactly where layout put them, in the order layout gave them
/// (reading order). One item at a time through <see cref="Paint(PageItem)"/>, so a tagger can wrap each item's
/// operators in marked content; every item leaves the graphics state as it found it (text objects are closed,
/// transformations restored). Links and anchors draw nothing: the document writer turns them into annotations and
/// destinations.
/// </summary>
internal sealed class PagePainter(PageFrame page, DocumentResources resources, ContentStream content)
{
    private readonly SortedSet<string> _fonts = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _xObjects = new(StringComparer.Ordinal);
    private ushort[] _glyphBuffer = new ushort[64];
    private float[] _adjustmentBuffer = new float[64];

    /// <summary>The font resource names the page uses.</summary>
    public IReadOnlyCollection<string> Fonts => _fonts;

    /// <summary>The image and form resource names the page uses.</summary>
    public IReadOnlyCollection<string> XObjects => _xObjects;

    /// <summary>Paints every item in order.</summary>
    public void PaintAll()
    {
        foreach (var item in page.Items)
        {
            Paint(item);
        }
    }

    /// <summary>Paints one item.</summary>
    public void Paint(PageItem item)
    {
        switch (item)
        {
            case TextRunItem run:
                PaintText(run);
                break;
            case RectItem rect:
                content.SetFillColor(rect.Fill);
                content.FillRectangle(rect.Rect.Left, Y(rect.Rect.Bottom), rect.Rect.Width, rect.Rect.Height);
                break;
            case LineItem line:
                content.SetStrokeColor(line.Color);
                content.SetLineWidth(line.Thickness);
                content.StrokeLine(line.From.X, Y(line.From.Y), line.To.X, Y(line.To.Y));
                break;
            case ImageItem image:
                PaintImage(image);
                break;
            case LinkItem or AnchorItem:
                break;
            default:
                throw new ArgumentException($"unknown page item {item.GetType().Name}", nameof(item));
        }
    }

    /// <summary>Layout measures y down from the top of the page; PDF measures it up from the bottom.</summary>
    private float Y(float y) => page.Height - y;

    /// <summary>Every image's XObject covers the unit square, so one transformation places it in its rectangle.</summary>
    private void PaintImage(ImageItem item)
    {
        var rect = item.Rect;
        var name = resources.ImageName(item.Image);
        _xObjects.Add(name);
        content.SaveState();
        content.Transform(rect.Width, 0, 0, rect.Height, rect.Left, Y(rect.Bottom));
        content.PaintXObject(name);
        content.RestoreState();
    }

    /// <summary>
    /// One text object per run: the first glyph placed with Td, every later one by TJ adjustments from the font's
    /// widths to where layout put it. Clusters whose glyphs the ToUnicode map cannot give back as their text
    /// (a glyph that stands for other text elsewhere, a cluster of several glyphs, a glyph that stands for nothing)
    /// are wrapped in ActualText spans.
    /// </summary>
    private void PaintText(TextRunItem run)
    {
        if (run.Glyphs.Length == 0)
        {
            return;
        }

        if (run.GlyphX.Length != run.Glyphs.Length || run.Clusters.Length != run.Glyphs.Length)
        {
            throw new ArgumentException("a text run needs one x offset and one cluster per glyph", nameof(run));
        }

        var font = resources.FontFor(run.Typeface);
        _fonts.Add(font.ResourceName);
        content.SetFillColor(run.Color);
        content.SetFont(font.ResourceName, run.FontSize);
        content.BeginText();
        var start = run.X + run.GlyphX[0];
        content.MoveText(start, Y(run.Baseline));

        // The position Td sets, as written (three decimals).
        var pen = new Pen(Math.Round(start, 3, MidpointRounding.AwayFromZero), run.FontSize);
        var pending = 0;
        foreach (var cluster in new GlyphClusters(run))
        {
            var text = run.Text.AsSpan(cluster.TextStart, cluster.TextLength);
            var plain = cluster.GlyphCount == 1 && font.CopiesAs(run.Glyphs[cluster.FirstGlyph], text);
            if (plain)
            {
                Queue(run, font, ref pen, cluster.FirstGlyph, ref pending);
                continue;
            }

            Flush(ref pending);
            content.BeginActualText(text);
            for (var g = cluster.FirstGlyph; g < cluster.FirstGlyph + cluster.GlyphCount; g++)
            {
                Queue(run, font, ref pen, g, ref pending);
            }

            Flush(ref pending);
            content.EndMarkedContent();
        }

        Flush(ref pending);
        content.EndText();
    }

    private void Queue(TextRunItem run, EmbeddedFont font, ref Pen pen, int glyph, ref int pending)
    {
        if (pending == _glyphBuffer.Length)
        {
            Array.Resize(ref _glyphBuffer, pending * 2);
            Array.Resize(ref _adjustmentBuffer, pending * 2);
        }

        var id = run.Glyphs[glyph];
        _glyphBuffer[pending] = id;
        _adjustmentBuffer[pending] = pen.MoveTo(run.X + run.GlyphX[glyph]);
        pen.Advance(font.Advance(id));
        pending++;
    }

    private void Flush(ref int pending)
    {
        if (pending > 0)
        {
            content.ShowGlyphs(_glyphBuffer.AsSpan(0, pending), _adjustmentBuffer.AsSpan(0, pending));
            pending = 0;
        }
    }

    /// <summary>
    /// Where the viewer's text position is, in points, as it applies the widths and the rounded adjustments written so
    /// far; each adjustment is computed from it, so rounding never accumulates along a line.
    /// </summary>
    private struct Pen(double x, float size)
    {
        private double _x = x;

        /// <summary>The TJ adjustment (thousandths of the size, one decimal) that moves the position to <paramref name="target"/>.</summary>
        public float MoveTo(float target)
        {
            var adjustment = Math.Round((_x - target) * 1000 / size, 1, MidpointRounding.AwayFromZero);
            _x -= adjustment * size / 1000;
            return (float)adjustment;
        }

        public void Advance(float width) => _x += width * size / 1000;
    }
}
