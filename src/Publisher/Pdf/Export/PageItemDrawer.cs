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
    private readonly ImageDrawer _images = new();
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    public void Draw(SKCanvas canvas, IReadOnlyList<PageItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case TextRunItem run:
                    _text.Draw(canvas, run);
                    break;
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
