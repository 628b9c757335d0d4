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

    private FontSubsets()
    {
    }

    public static FontSubsets For(IReadOnlyList<PageFrame> pages)
    {
        var fonts = new FontSubsets();
        // One font at a time: a book has a handful, each cut in milliseconds, and native font objects are safest
        // touched from one thread.
        foreach (var (typeface, use) in CollectUses(pages))
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

    private static Dictionary<SKTypeface, FontUse> CollectUses(IReadOnlyList<PageFrame> pages)
    {
        var uses = new Dictionary<SKTypeface, FontUse>(ReferenceEqualityComparer.Instance);
        var svgText = new HashSet<int>();
        foreach (var item in pages.SelectMany(page => page.Items))
        {
            if (item is TextRunItem run)
            {
                var use = UseOf(uses, run.Typeface);
                use.Glyphs.UnionWith(run.Glyphs);
                foreach (var rune in run.Text.EnumerateRunes())
                {
                    use.Codepoints.Add(rune.Value);
                }
            }
            else if (item is ImageItem { Image.IsSvg: true } image)
            {
                svgText.UnionWith(SvgTextCharacters.Of(image.Image.Data));
            }
        }

        if (svgText.Count > 0)
        {
            // An SVG's text may be set in any bundled face (see SvgTypefaces), so every face keeps its characters.
            foreach (var face in Enum.GetValues<FontFace>())
            {
                UseOf(uses, FontLibrary.Get(face).Typeface).Codepoints.UnionWith(svgText);
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
        var subset = data is null ? null : HarfBuzzSubset.Subset(data.ToArray(), faceIndex, use.Glyphs.Order(), use.Codepoints.Order());
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

    private sealed class FontUse
    {
        public HashSet<ushort> Glyphs { get; } = [];

        public HashSet<int> Codepoints { get; } = [];
    }
}
