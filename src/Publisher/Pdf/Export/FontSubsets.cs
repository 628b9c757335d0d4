using System.Text;
using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// For each typeface the pages use, a typeface holding only the glyphs drawn (glyph ids unchanged) and the
/// characters of the text they stand for. Skia's PDF backend as shipped embeds a font file whole, so handing it
/// the subset keeps the PDF small; when a font cannot be subset it is embedded whole, never dropped.
/// </summary>
internal sealed class FontSubsets : IDisposable
{
    private readonly Dictionary<SKTypeface, SKTypeface> _subsets = new(ReferenceEqualityComparer.Instance);

    private FontSubsets(FontSet bookFonts) => BookFonts = bookFonts;

    /// <summary>The fonts the book was set in, whose faces an SVG image's text may use.</summary>
    public FontSet BookFonts { get; }

    public static FontSubsets For(IReadOnlyList<PageFrame> pages, FontSet bookFonts)
    {
        var fonts = new FontSubsets(bookFonts);
        // One font at a time: a book has a handful, each cut in milliseconds, and native font objects are safest
        // touched from one thread.
        foreach (var (typeface, use) in CollectUses(pages, bookFonts))
        {
            if (Subset(typeface, use) is { } subset)
            {
                fonts._subsets.Add(typeface, subset);
            }
        }

        return fonts;
    }

    /// <summary>The typeface to draw <paramref name="typeface"/>'s glyphs with.</summary>
    public SKTypeface For(SKTypeface typeface) => _subsets.GetValueOrDefault(typeface, typeface);

    private static Dictionary<SKTypeface, FontUse> CollectUses(IReadOnlyList<PageFrame> pages, FontSet bookFonts)
    {
        var uses = new Dictionary<SKTypeface, FontUse>(ReferenceEqualityComparer.Instance);
        var svgText = new HashSet<int>();
        foreach (var item in pages.SelectMany(page => page.Items))
        {
            if (item is TextRunItem run)
            {
                var use = UseOf(uses, run.Typeface);
                use.AddGlyphs(run.Glyphs);
                use.AddText(run.Text);
            }
            else if (item is ImageItem { Image.IsSvg: true } image)
            {
                svgText.UnionWith(image.Image.TextCodepoints);
            }
        }

        if (svgText.Count > 0)
        {
            // An SVG's text may be set in any of the book's faces (see SvgTypefaces), so every face keeps its characters.
            foreach (var face in Enum.GetValues<FontFace>())
            {
                UseOf(uses, bookFonts[face].Typeface).AddCodepoints(svgText);
            }

            foreach (var fallback in bookFonts.Fallbacks)
            {
                UseOf(uses, fallback.Typeface).AddCodepoints(svgText);
            }
        }

        return uses;
    }

    private static FontUse UseOf(Dictionary<SKTypeface, FontUse> uses, SKTypeface typeface)
    {
        if (!uses.TryGetValue(typeface, out var use))
        {
            use = new FontUse();
            uses.Add(typeface, use);
        }

        return use;
    }

    private static SKTypeface? Subset(SKTypeface typeface, FontUse use)
    {
        using var stream = typeface.OpenStream(out var faceIndex);
        if (stream is null)
        {
            return null;
        }

        using var data = SKData.Create(stream);
        var subset = data is null ? null : HarfBuzzSubset.Subset(data.ToArray(), faceIndex, use.Glyphs(), use.Codepoints());
        if (subset is null)
        {
            return null;
        }

        using var subsetData = SKData.CreateCopy(subset);
        return SKTypeface.FromData(subsetData);
    }

    public void Dispose()
    {
        foreach (var subset in _subsets.Values)
        {
            subset.Dispose();
        }
    }

    /// <summary>
    /// The glyphs and characters one typeface draws. Kept as presence tables: a book draws a million glyphs, of a few
    /// hundred distinct ones, and a table lookup is much cheaper than a hash set's.
    /// </summary>
    private sealed class FontUse
    {
        private readonly bool[] _glyphs = new bool[ushort.MaxValue + 1];
        private readonly bool[] _basicPlane = new bool[char.MaxValue + 1];
        private readonly SortedSet<int> _otherPlanes = [];

        public void AddGlyphs(ushort[] glyphs)
        {
            foreach (var glyph in glyphs)
            {
                _glyphs[glyph] = true;
            }
        }

        public void AddText(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!char.IsSurrogate(c))
                {
                    _basicPlane[c] = true;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    _otherPlanes.Add(char.ConvertToUtf32(c, text[i + 1]));
                    i++;
                }
                else
                {
                    // A lone surrogate reads as the replacement character, as string.EnumerateRunes gives it.
                    _basicPlane[Rune.ReplacementChar.Value] = true;
                }
            }
        }

        public void AddCodepoints(IEnumerable<int> codepoints)
        {
            foreach (var codepoint in codepoints)
            {
                if (codepoint <= char.MaxValue)
                {
                    _basicPlane[codepoint] = true;
                }
                else
                {
                    _otherPlanes.Add(codepoint);
                }
            }
        }

        /// <summary>The glyph ids used, in ascending order.</summary>
        public IEnumerable<ushort> Glyphs() => Present(_glyphs).Select(glyph => (ushort)glyph);

        /// <summary>The code points used, in ascending order.</summary>
        public IEnumerable<int> Codepoints() => Present(_basicPlane).Concat(_otherPlanes);

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
}
