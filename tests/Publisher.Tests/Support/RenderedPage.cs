using SkiaSharp;

namespace Publisher.Tests.Support;

/// <summary>
/// A PDF page as a reader sees it: rendered by poppler's pdftoppm at 72 dpi, so one pixel is one PDF point and
/// page coordinates (origin top-left) are pixel coordinates.
/// </summary>
internal sealed class RenderedPage
{
    // Anything visibly darker than the paper: text, rules, and the light fills of code blocks and table headers.
    private const int PaperBrightness = 250;

    private readonly SKColor[] _pixels;

    private RenderedPage(SKBitmap bitmap)
    {
        Width = bitmap.Width;
        Height = bitmap.Height;
        _pixels = bitmap.Pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Renders every page of <paramref name="pdfPath"/> into <paramref name="folder"/> and reads them back in order.</summary>
    public static IReadOnlyList<RenderedPage> RenderAll(string pdfPath, string folder)
    {
        var run = ExternalProcess.Run(Validators.PdfToPpm.Require(), ["-r", "72", "-png", pdfPath, Path.Combine(folder, "page")]);
        Assert.True(run.ExitCode == 0, $"pdftoppm: {run}");
        return Directory.GetFiles(folder, "page-*.png")
            .OrderBy(file => int.Parse(Path.GetFileNameWithoutExtension(file)["page-".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(file =>
            {
                using var bitmap = SKBitmap.Decode(file);
                return new RenderedPage(bitmap);
            })
            .ToList();
    }

    /// <summary>True when the pixel is darker than the paper.</summary>
    public bool IsInk(int x, int y)
    {
        var pixel = _pixels[y * Width + x];
        return Math.Min(pixel.Red, Math.Min(pixel.Green, pixel.Blue)) < PaperBrightness;
    }

    /// <summary>How many pixels inside <paramref name="area"/> (clipped to the page) are ink.</summary>
    public int InkIn(SKRect area) => InkPixels(area).Count();

    /// <summary>The smallest rectangle holding all ink inside <paramref name="area"/>; empty when there is none.</summary>
    public SKRectI InkBounds(SKRect area)
    {
        var bounds = SKRectI.Empty;
        foreach (var (x, y) in InkPixels(area))
        {
            bounds = bounds.IsEmpty ? new SKRectI(x, y, x + 1, y + 1) : SKRectI.Union(bounds, new SKRectI(x, y, x + 1, y + 1));
        }

        return bounds;
    }

    /// <summary>Ink pixels that lie in none of <paramref name="allowed"/>.</summary>
    public IReadOnlyList<(int X, int Y)> InkOutside(IReadOnlyList<SKRect> allowed) =>
        InkPixels(new SKRect(0, 0, Width, Height))
            .Where(pixel => !allowed.Any(area => area.Contains(pixel.X + 0.5f, pixel.Y + 0.5f)))
            .ToList();

    private IEnumerable<(int X, int Y)> InkPixels(SKRect area)
    {
        var left = Math.Max(0, (int)MathF.Floor(area.Left));
        var top = Math.Max(0, (int)MathF.Floor(area.Top));
        var right = Math.Min(Width, (int)MathF.Ceiling(area.Right));
        var bottom = Math.Min(Height, (int)MathF.Ceiling(area.Bottom));
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (IsInk(x, y))
                {
                    yield return (x, y);
                }
            }
        }
    }
}
