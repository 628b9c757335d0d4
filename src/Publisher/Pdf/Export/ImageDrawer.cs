using Publisher.Pdf.Layout;
using SkiaSharp;
using Svg.Skia;

namespace Publisher.Pdf.Export;

/// <summary>
/// Draws images scaled into their rectangles: bitmaps (PNG, JPEG, GIF) as images, SVG as vector pictures.
/// Each image is decoded once per document, so Skia embeds it once however often it appears.
/// </summary>
internal sealed class ImageDrawer(SvgTypefaces svgFonts) : IDisposable
{
    // Bitmaps are passed to the PDF at full resolution; the sampling only matters where Skia must resample.
    private static readonly SKSamplingOptions HighQuality = new(SKCubicResampler.Mitchell);

    private readonly Dictionary<PageImage, SKImage?> _bitmaps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PageImage, SKSvg?> _vectors = new(ReferenceEqualityComparer.Instance);
    private readonly SKPaint _placeholder = new() { Color = new SKColor(0xe0, 0xe0, 0xe0), Style = SKPaintStyle.Fill };

    public void Draw(SKCanvas canvas, SKRect rect, PageImage image)
    {
        var drawn = image.IsSvg ? DrawVector(canvas, rect, image) : DrawBitmap(canvas, rect, image);
        if (!drawn)
        {
            // The image was checked when the book was loaded; if its bytes still cannot be decoded, keep its place visible.
            canvas.DrawRect(rect, _placeholder);
        }
    }

    private bool DrawBitmap(SKCanvas canvas, SKRect rect, PageImage image)
    {
        if (!_bitmaps.TryGetValue(image, out var bitmap))
        {
            bitmap = BitmapDecoder.Decode(image);
            _bitmaps.Add(image, bitmap);
        }

        if (bitmap is null)
        {
            return false;
        }

        canvas.DrawImage(bitmap, rect, HighQuality);
        return true;
    }

    private bool DrawVector(SKCanvas canvas, SKRect rect, PageImage image)
    {
        if (!_vectors.TryGetValue(image, out var svg))
        {
            svg = LoadSvg(image);
            _vectors.Add(image, svg);
        }

        var picture = svg?.Picture;
        var bounds = picture?.CullRect ?? SKRect.Empty;
        if (picture is null || bounds.Width <= 0 || bounds.Height <= 0)
        {
            return false;
        }

        canvas.Save();
        canvas.ClipRect(rect);
        canvas.Translate(rect.Left, rect.Top);
        canvas.Scale(rect.Width / bounds.Width, rect.Height / bounds.Height);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
        return true;
    }

    private SKSvg? LoadSvg(PageImage image)
    {
        try
        {
            return svgFonts.Load(image.Data);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var bitmap in _bitmaps.Values)
        {
            bitmap?.Dispose();
        }

        foreach (var svg in _vectors.Values)
        {
            svg?.Dispose();
        }

        _placeholder.Dispose();
    }
}
