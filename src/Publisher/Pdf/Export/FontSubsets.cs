using Publisher.Pdf.Layout;
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
        foreach (var run in pages.SelectMany(page => page.Items).OfType<TextRunItem>())
        {
            if (!uses.TryGetValue(run.Typeface, out var use))
            {
                use = new FontUse();
                uses.Add(run.Typeface, use);
            }

            use.Glyphs.UnionWith(run.Glyphs);
            foreach (var rune in run.Text.EnumerateRunes())
            {
                use.Codepoints.Add(rune.Value);
            }
        }

        return uses;
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
