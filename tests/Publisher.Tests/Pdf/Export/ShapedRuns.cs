using HarfBuzzSharp;
using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Publisher.Tests.Pdf.Export;

/// <summary>Shapes test text with HarfBuzz into text runs, the way the layout stage hands them over.</summary>
internal static class ShapedRuns
{
    /// <summary>The bundled serif, so the test text is the same on every machine.</summary>
    public static SKTypeface Serif => FontSet.Bundled[FontFace.Serif].Typeface;

    /// <summary>The bundled monospace.</summary>
    public static SKTypeface Mono => FontSet.Bundled[FontFace.Mono].Typeface;

    /// <summary>The size in bytes of a bundled font's whole file.</summary>
    public static long FileSize(FontFace face)
    {
        using var stream = FontSet.Bundled[face].Typeface.OpenStream();
        return stream.Length;
    }

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
}
