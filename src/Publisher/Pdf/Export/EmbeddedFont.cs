using System.Security.Cryptography;
using System.Text;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// One typeface of the book as a PDF font: a Type0 font with Identity-H encoding over a CID font whose CIDs are the
/// typeface's glyph ids (the HarfBuzz subset keeps them), so a run's glyphs are written as they were shaped.
/// Collects, in page order, the glyphs drawn and the text each glyph first stands for (its ToUnicode entry); a
/// later use of a glyph for other text is marked with ActualText by the page painter.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly bool[] _glyphs = new bool[ushort.MaxValue + 1];
    private readonly string?[] _glyphText = new string?[ushort.MaxValue + 1];
    private float[] _advances = [];
    private ushort[] _glyphList = [];
    private float[] _widths = [];

    public EmbeddedFont(SKTypeface typeface, string resourceName)
    {
        Typeface = typeface;
        ResourceName = resourceName;
    }

    public SKTypeface Typeface { get; }

    /// <summary>The font's name in page resources, e.g. F1.</summary>
    public string ResourceName { get; }

    /// <summary>The cut font file and its PDF properties, once <see cref="Prepare"/> has run.</summary>
    public PreparedFont? Prepared { get; private set; }

    /// <summary>
    /// Records the glyphs a page draws and, for each glyph that alone makes a cluster, the text it stands for there;
    /// called page by page in page order, so a glyph keeps the text it first stands for in the book.
    /// </summary>
    public void Add(FontUsage usage)
    {
        for (var i = 0; i < usage.Glyphs.Length; i++)
        {
            var glyph = usage.Glyphs[i];
            _glyphs[glyph] = true;
            _glyphText[glyph] ??= usage.Texts[i];
        }
    }

    /// <summary>
    /// Whether a glyph alone copies as <paramref name="text"/> through the ToUnicode map; when not, the painter wraps it
    /// in an ActualText span.
    /// </summary>
    public bool CopiesAs(ushort glyph, ReadOnlySpan<char> text) =>
        _glyphText[glyph] is { } mapped && mapped.AsSpan().SequenceEqual(text);

    /// <summary>
    /// Measures the glyphs drawn, once every page has been collected: the painter positions glyphs by these widths,
    /// so they are known before any page is painted.
    /// </summary>
    public void MeasureGlyphs()
    {
        _glyphList = Present(_glyphs).Select(glyph => (ushort)glyph).ToArray();
        _widths = PreparedFont.GlyphWidths(Typeface, _glyphList);
        var advances = new float[ushort.MaxValue + 1];
        for (var i = 0; i < _glyphList.Length; i++)
        {
            advances[_glyphList[i]] = _widths[i];
        }

        _advances = advances;
    }

    /// <summary>The glyphs drawn, in ascending order, once <see cref="MeasureGlyphs"/> has run.</summary>
    public IReadOnlyList<ushort> Glyphs => _glyphList;

    /// <summary>The text a drawn glyph copies as (its ToUnicode entry); null when it stands for no text of its own.</summary>
    public string? TextOf(ushort glyph) => _glyphText[glyph];

    /// <summary>A drawn glyph's advance in thousandths of an em, exactly as the font's /W array gives it.</summary>
    public float Advance(ushort glyph) => _advances[glyph];

    /// <summary>Cuts the font to the glyphs drawn (glyph ids kept). Safe to run beside other fonts and pages.</summary>
    public void Prepare()
    {
        // The cut keeps a cmap for the characters the glyphs stand for (text extraction reads ToUnicode; a cmap only
        // helps tools that inspect the font), so nothing else is pulled in through it.
        var codepoints = _glyphList
            .SelectMany(glyph => _glyphText[glyph]?.EnumerateRunes() ?? Enumerable.Empty<System.Text.Rune>())
            .Select(rune => rune.Value)
            .Distinct()
            .Order();
        var program = FontFile(Typeface, _glyphList, codepoints);
        Prepared = PreparedFont.Describe(Typeface, program, _glyphList, _widths, _glyphText);
    }

    /// <summary>The typeface cut down to these glyphs and characters; the whole file when HarfBuzz cannot cut it.</summary>
    public static byte[] FontFile(SKTypeface typeface, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        using var stream = typeface.OpenStream(out var faceIndex)
            ?? throw new InvalidOperationException($"the font {typeface.FamilyName} has no data to embed");
        using var data = SKData.Create(stream)
            ?? throw new InvalidOperationException($"the font {typeface.FamilyName} cannot be read");
        var whole = data.ToArray();
        return HarfBuzzSubset.Subset(whole, faceIndex, glyphs, codepoints) ?? whole;
    }

    private static IEnumerable<int> Present(bool[] table)
    {
        for (var i = 0; i < table.Length; i++)
        {
            if (table[i])
            {
                yield return i;
            }
        }
    }
}

/// <summary>A cut font ready to be written: its file, names, metrics in thousandths of an em, widths and ToUnicode map.</summary>
internal sealed record PreparedFont(
    byte[] Program,
    bool IsCff,
    string BaseFont,
    int Flags,
    float ItalicAngle,
    float Ascent,
    float Descent,
    float CapHeight,
    float[] BoundingBox,
    string Widths,
    byte[] ToUnicode)
{
    // FontDescriptor flags (PDF 32000-1, 9.8.2).
    private const int FixedPitch = 1;
    private const int Nonsymbolic = 32;
    private const int Italic = 64;

    /// <summary>Advance widths in thousandths of an em, rounded as the /W array writes them.</summary>
    public static float[] GlyphWidths(SKTypeface typeface, ushort[] glyphs)
    {
        using var font = new SKFont(typeface, 1000) { LinearMetrics = true, Hinting = SKFontHinting.None, Subpixel = true };
        return font.GetGlyphWidths(glyphs).Select(width => (float)Math.Round(width, 3, MidpointRounding.AwayFromZero)).ToArray();
    }

    public static PreparedFont Describe(SKTypeface typeface, byte[] program, ushort[] glyphs, float[] widths, string?[] glyphText)
    {
        using var font = new SKFont(typeface, 1000) { LinearMetrics = true, Hinting = SKFontHinting.None, Subpixel = true };
        var metrics = font.Metrics;
        var flags = Nonsymbolic | (typeface.IsFixedPitch ? FixedPitch : 0) | (typeface.IsItalic ? Italic : 0);
        return new PreparedFont(
            program,
            HasTable(program, "CFF "u8),
            SubsetTag(program) + "+" + PostScriptName(typeface),
            flags,
            ItalicAngleOf(typeface),
            -metrics.Ascent,
            -metrics.Descent,
            metrics.CapHeight,
            [metrics.XMin, -metrics.Bottom, metrics.XMax, -metrics.Top],
            WidthArray(glyphs, widths),
            ToUnicodeCMap.Write(glyphs, glyphText));
    }

    /// <summary>The /W array: runs of consecutive glyph ids with their advance widths.</summary>
    private static string WidthArray(ushort[] glyphs, float[] widths)
    {
        var text = new StringBuilder(glyphs.Length * 5 + 16).Append('[');
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (i == 0 || glyphs[i] != glyphs[i - 1] + 1)
            {
                if (i > 0)
                {
                    text.Append("] ");
                }

                text.Append(glyphs[i]).Append(" [");
            }
            else
            {
                text.Append(' ');
            }

            text.Append(PdfNumbers.Format(widths[i]));
        }

        if (glyphs.Length > 0)
        {
            text.Append(']');
        }

        return text.Append(']').ToString();
    }

    /// <summary>Six capital letters that name this cut of the font (PDF's convention for subsets), from its bytes.</summary>
    private static string SubsetTag(byte[] program)
    {
        var hash = SHA256.HashData(program);
        return string.Create(6, hash, static (tag, bytes) =>
        {
            for (var i = 0; i < tag.Length; i++)
            {
                tag[i] = (char)('A' + bytes[i] % 26);
            }
        });
    }

    private static string PostScriptName(SKTypeface typeface)
    {
        var name = string.IsNullOrEmpty(typeface.PostScriptName) ? typeface.FamilyName : typeface.PostScriptName;
        var safe = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return safe.Length > 0 ? safe : "Font";
    }

    /// <summary>The italic angle from the 'post' table (a 16.16 fixed-point number at offset 4).</summary>
    private static float ItalicAngleOf(SKTypeface typeface)
    {
        var post = typeface.GetTableData(TableTag("post"u8));
        if (post is null || post.Length < 8)
        {
            return 0;
        }

        var angle = (post[4] << 24) | (post[5] << 16) | (post[6] << 8) | post[7];
        return angle / 65536f;
    }

    private static uint TableTag(ReadOnlySpan<byte> tag) => (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]);

    /// <summary>Whether an OpenType file's table directory lists <paramref name="tag"/>.</summary>
    private static bool HasTable(byte[] font, ReadOnlySpan<byte> tag)
    {
        if (font.Length < 12)
        {
            return false;
        }

        var tables = (font[4] << 8) | font[5];
        for (var i = 0; i < tables && 12 + i * 16 + 4 <= font.Length; i++)
        {
            if (font.AsSpan(12 + i * 16, 4).SequenceEqual(tag))
            {
                return true;
            }
        }

        return false;
    }
}
