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
    private int[]? _byteOffsets;

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

    // Written straight into the blob's native buffers: a book has hundreds of thousands of runs.
    private void AddRun(SKTextBlobBuilder builder, SKFont font, TextRunItem run)
    {
        var buffer = builder.AllocateHorizontalTextRun(font, run.Glyphs.Length, run.Baseline, Encoding.UTF8.GetByteCount(run.Text));
        run.Glyphs.CopyTo(buffer.Glyphs);
        Encoding.UTF8.GetBytes(run.Text, buffer.Text);

        var byteOffsets = Utf8Offsets(run.Text, ref _byteOffsets);
        var positions = buffer.Positions;
        var clusters = buffer.Clusters;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            positions[i] = run.X + run.GlyphX[i];
            var cluster = (int)Math.Min(run.Clusters[i], (uint)run.Text.Length);
            clusters[i] = (uint)byteOffsets[cluster];
        }
    }

    /// <summary>For each UTF-16 index of <paramref name="text"/> (and its end), the matching UTF-8 byte offset.</summary>
    internal static int[] Utf8Offsets(string text)
    {
        int[]? offsets = null;
        return Utf8Offsets(text, ref offsets).ToArray();
    }

    /// <summary>As <see cref="Utf8Offsets(string)"/>, into <paramref name="buffer"/>, which grows when too small.</summary>
    private static ReadOnlySpan<int> Utf8Offsets(string text, ref int[]? buffer)
    {
        if (buffer is null || buffer.Length < text.Length + 1)
        {
            buffer = new int[Math.Max(text.Length + 1, 256)];
        }

        var offsets = buffer.AsSpan(0, text.Length + 1);
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
