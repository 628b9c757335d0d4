using HarfBuzzSharp;
using Publisher.Pdf.Layout;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Publisher.Tests.Pdf.Export;

/// <summary>Shapes test text with HarfBuzz into text runs, the way the layout stage hands them over.</summary>
internal static class ShapedRuns
{
    public const string SerifPath = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";
    public const string MonoPath = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";

    private static readonly Lazy<SKTypeface> LazySerif = new(() => Load(SerifPath));
    private static readonly Lazy<SKTypeface> LazyMono = new(() => Load(MonoPath));

    public static SKTypeface Serif => LazySerif.Value;

    public static SKTypeface Mono => LazyMono.Value;

    /// <summary>A run of <paramref name="text"/> with kerning and ligatures, its first glyph at (x, baseline).</summary>
    public static TextRunItem Shape(string text, float x, float baseline, float size = 12, SKTypeface? typeface = null)
    {
        typeface ??= Serif;
        using var font = new SKFont(typeface, size);
        using var shaper = new SKShaper(typeface);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        var shaped = shaper.Shape(buffer, font);

        return new TextRunItem(
            x,
            baseline,
            typeface,
            size,
            shaped.Codepoints.Select(glyph => (ushort)glyph).ToArray(),
            shaped.Points.Select(point => point.X).ToArray(),
            text,
            shaped.Clusters.ToArray(),
            SKColors.Black);
    }

    private static SKTypeface Load(string path) =>
        SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"test font missing: {path}");
}
