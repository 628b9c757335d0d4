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

    public void Draw(SKCanvas canvas, TextRunItem run)
    {
        if (run.Glyphs.Length == 0)
        {
            return;
        }

        if (run.GlyphX.Length != run.Glyphs.Length || run.Clusters.Length != run.Glyphs.Length)
        {
            throw new ArgumentException("a text run needs one x offset and one cluster per glyph", nameof(run));
        }

        using var blob = Build(FontFor(run), run);
        if (blob is null)
        {
            return;
        }

        _paint.Color = run.Color;
        canvas.DrawText(blob, run.X, run.Baseline, _paint);
    }

    private static SKTextBlob? Build(SKFont font, TextRunItem run)
    {
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        var byteOffsets = Utf8Offsets(run.Text);

        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, utf8.Length);
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetText(utf8);

        var positions = new SKPoint[run.Glyphs.Length];
        var clusters = new uint[run.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new SKPoint(run.GlyphX[i], 0);
            var cluster = (int)Math.Min(run.Clusters[i], (uint)run.Text.Length);
            clusters[i] = (uint)byteOffsets[cluster];
        }

        buffer.SetPositions(positions);
        buffer.SetClusters(clusters);
        return builder.Build();
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
