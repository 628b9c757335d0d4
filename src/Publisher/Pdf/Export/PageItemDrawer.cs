using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// Draws page items onto a Skia canvas exactly where layout put them. Fonts and decoded images are kept for the
/// whole document, so an image used on many pages is embedded once.
/// </summary>
internal sealed class PageItemDrawer(FontSubsets fonts) : IDisposable
{
    private readonly TextRunDrawer _text = new(fonts);
    private readonly ImageDrawer _images = new(new SvgTypefaces(fonts.BookFonts, fonts.For));
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    private readonly List<TextRunItem> _pendingText = [];

    public void Draw(SKCanvas canvas, IReadOnlyList<PageItem> items)
    {
        foreach (var item in items)
        {
            if (item is TextRunItem run)
            {
                // Consecutive runs of one colour become one blob; anything else is drawn in its place in the order.
                if (_pendingText.Count > 0 && _pendingText[0].Color != run.Color)
                {
                    FlushText(canvas);
                }

                _pendingText.Add(run);
                continue;
            }

            FlushText(canvas);
            switch (item)
            {
                case RectItem rect:
                    _fill.Color = rect.Fill;
                    canvas.DrawRect(rect.Rect, _fill);
                    break;
                case LineItem line:
                    _stroke.Color = line.Color;
                    _stroke.StrokeWidth = line.Thickness;
                    canvas.DrawLine(line.From, line.To, _stroke);
                    break;
                case ImageItem image:
                    _images.Draw(canvas, image.Rect, image.Image);
                    break;
                case LinkItem link:
                    DrawLink(canvas, link);
                    break;
                case AnchorItem anchor:
                    canvas.DrawNamedDestinationAnnotation(anchor.Position, anchor.Name);
                    break;
                default:
                    throw new ArgumentException($"unknown page item {item.GetType().Name}", nameof(items));
            }
        }

        FlushText(canvas);
    }

    private void FlushText(SKCanvas canvas)
    {
        if (_pendingText.Count > 0)
        {
            _text.Draw(canvas, _pendingText);
            _pendingText.Clear();
        }
    }

    private static void DrawLink(SKCanvas canvas, LinkItem link)
    {
        if (link.Url is not null)
        {
            canvas.DrawUrlAnnotation(link.Rect, link.Url);
        }
        else if (link.DestinationName is not null)
        {
            canvas.DrawLinkDestinationAnnotation(link.Rect, link.DestinationName);
        }
    }

    public void Dispose()
    {
        _text.Dispose();
        _images.Dispose();
        _fill.Dispose();
        _stroke.Dispose();
    }
}
