using System.Globalization;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace Publisher.Pdf.Text;

/// <summary>
/// One loaded font file: the Skia typeface the exporter embeds, the HarfBuzz font that shapes with it,
/// and its vertical metrics in ems (multiply by the font size for points).
/// </summary>
internal sealed class FontFaceData
{
    private readonly SKData _data;
    private readonly GCHandle _pinned;
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly HarfBuzzSharp.Font _font;

    // One HarfBuzz font per thread: a font's glyph caches must not be shared while chapters are shaped in parallel.
    private readonly ThreadLocal<HarfBuzzSharp.Font> _threadFont;
    private readonly float _unitsPerEm;

    [ThreadStatic]
    private static HarfBuzzSharp.Buffer? Buffer;

    public FontFaceData(string name, byte[] data, int index = 0, string? key = null)
    {
        Name = name;
        Key = key ?? name;
        _data = SKData.CreateCopy(data);
        Typeface = SKTypeface.FromData(_data, index)
            ?? throw new InvalidOperationException($"Font {name} cannot be read by Skia.");
        // HarfBuzz reads the font file in place: the bytes are pinned for the life of the process (fonts are never unloaded).
        _pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
        _blob = new Blob(_pinned.AddrOfPinnedObject(), data.Length, MemoryMode.ReadOnly);
        _blob.MakeImmutable();
        _face = new Face(_blob, index);
        _unitsPerEm = _face.UnitsPerEm;
        _font = new HarfBuzzSharp.Font(_face);
        _font.SetFunctionsOpenType();
        _font.SetScale((int)_unitsPerEm, (int)_unitsPerEm);
        _threadFont = new ThreadLocal<HarfBuzzSharp.Font>(() =>
        {
            var font = new HarfBuzzSharp.Font(_face);
            font.SetFunctionsOpenType();
            font.SetScale((int)_unitsPerEm, (int)_unitsPerEm);
            return font;
        });

        using var font = new SKFont(Typeface, 1000f);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent / 1000f;
        Descent = metrics.Descent / 1000f;
        CapHeight = metrics.CapHeight / 1000f;
        XHeight = metrics.XHeight / 1000f;
        _font.TryGetGlyph(' ', out var space);
        SpaceGlyph = (ushort)space;
        SpaceAdvance = _font.GetHorizontalGlyphAdvance(space) / _unitsPerEm;
    }

    public string Name { get; }

    /// <summary>What identifies the font's content: the same key, the same glyphs (a bundled face's name, else a hash of the file).</summary>
    public string Key { get; }

    /// <summary>The family name the font gives itself, e.g. <c>Noto Serif</c>.</summary>
    public string FamilyName => Typeface.FamilyName;

    public bool IsBold => Typeface.FontStyle.Weight >= (int)SKFontStyleWeight.SemiBold;

    public bool IsItalic => Typeface.FontStyle.Slant != SKFontStyleSlant.Upright;

    public SKTypeface Typeface { get; }

    /// <summary>Distance from the baseline up to the top of the tallest glyphs, in ems.</summary>
    public float Ascent { get; }

    /// <summary>Distance from the baseline down to the lowest glyphs, in ems.</summary>
    public float Descent { get; }

    public float CapHeight { get; }

    public float XHeight { get; }

    public ushort SpaceGlyph { get; }

    public float SpaceAdvance { get; }

    /// <summary>Whether the font draws this character (not with .notdef).</summary>
    public bool HasGlyph(int codepoint) => _threadFont.Value!.TryGetGlyph(codepoint, out var glyph) && glyph != 0;

    /// <summary>Shapes part of a string with HarfBuzz (kerning, ligatures); positions in ems from the start.</summary>
    public GlyphRun Shape(string text, int start, int length)
    {
        var buffer = Buffer ??= new HarfBuzzSharp.Buffer();
        buffer.ClearContents();
        buffer.AddUtf16(text.AsSpan(), start, length);
        buffer.GuessSegmentProperties();
        if (buffer.Direction == Direction.RightToLeft || buffer.Direction == Direction.LeftToRight)
        {
            buffer.Language = new Language(CultureInfo.InvariantCulture);
        }

        _threadFont.Value!.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ushort[infos.Length];
        var x = new float[infos.Length];
        var clusters = new uint[infos.Length];
        var pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster - (uint)start;
            x[i] = (pen + positions[i].XOffset) / _unitsPerEm;
            pen += positions[i].XAdvance;
        }

        return new GlyphRun(this, text.Substring(start, length), glyphs, x, clusters, pen / _unitsPerEm);
    }

    public override string ToString() => Name;
}
