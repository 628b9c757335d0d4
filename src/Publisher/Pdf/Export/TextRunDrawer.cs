using System.Text;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// Draws shaped glyph runs as text blobs that carry the run's Unicode text and cluster map, so Skia's PDF backend
/// writes ToUnicode maps and ActualText spans: the text stays searchable and ligatures copy as their letters.
/// </summary>
internal sealed class TextRunDrawer(FontSubsets subsets) : IDisposable
{
    private readonly Dictionary<(SKTypeface Typeface, float Size), SKFont> _fonts = [];
    private readonly SKPaint _paint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };

    /// <summary>
    /// Draws runs of one colour as a single text blob: Skia's PDF backend has a high fixed cost per blob, and a page
    /// of justified text is hundreds of runs.
    /// </summary>
    public void Draw(SKCanvas canvas, IReadOnlyList<TextRunItem> runs)
    {
        using var builder = new SKTextBlobBuilder();
        var any = false;
        foreach (var run in runs)
        {
            if (run.Glyphs.Length == 0)
            {
                continue;
            }

            if (run.GlyphX.Length != run.Glyphs.Length || run.Clusters.Length != run.Glyphs.Length)
            {
                throw new ArgumentException("a text run needs one x offset and one cluster per glyph", nameof(runs));
            }

            AddRun(builder, FontFor(run), run);
            any = true;
        }

        if (!any)
        {
            return;
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            _paint.Color = runs[0].Color;
            canvas.DrawText(blob, 0, 0, _paint);
        }
    }

    private static void AddRun(SKTextBlobBuilder builder, SKFont font, TextRunItem run)
    {
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        var byteOffsets = Utf8Offsets(run.Text);

        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, utf8.Length);
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetText(utf8);

        var positions = new SKPoint[run.Glyphs.Length];
        var clusters = new uint[run.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new SKPoint(run.X + run.GlyphX[i], run.Baseline);
            var cluster = (int)Math.Min(run.Clusters[i], (uint)run.Text.Length);
            clusters[i] = (uint)byteOffsets[cluster];
        }

        buffer.SetPositions(positions);
        buffer.SetClusters(clusters);
    }

    /// <summary>For each UTF-16 index of <paramref name="text"/> (and its end), the matching UTF-8 byte offset.</summary>
    internal static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A surrogate pair is one code point of four UTF-8 bytes; a cluster never starts in its middle.
                offsets[i + 1] = bytes;
                bytes += 4;
                i++;
                continue;
            }

            bytes += text[i] switch
            {
                < '\u0080' => 1,
                < '\u0800' => 2,
                _ => 3,
            };
        }

        offsets[text.Length] = bytes;
        return offsets;
    }

    private SKFont FontFor(TextRunItem run)
    {
        if (!_fonts.TryGetValue((run.Typeface, run.FontSize), out var font))
        {
            font = new SKFont(subsets.For(run.Typeface), run.FontSize)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.SubpixelAntialias,
            };
            _fonts.Add((run.Typeface, run.FontSize), font);
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _paint.Dispose();
    }
}
