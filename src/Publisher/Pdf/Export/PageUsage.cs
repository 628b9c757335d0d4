using System.Runtime.InteropServices;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>The glyphs one page draws in one typeface, and the text each first stands for on that page.</summary>
/// <param name="Glyphs">Every glyph drawn, once each.</param>
/// <param name="Texts">
/// For each of <paramref name="Glyphs"/>, the text of the first cluster on the page that the glyph alone makes (a
/// short, non-empty string); null when it makes none.
/// </param>
internal sealed record FontUsage(SKTypeface Typeface, ushort[] Glyphs, string?[] Texts);

/// <summary>
/// What one page needs of the document's shared resources: its typefaces with their glyphs, and its pictures, each
/// in the order the page first uses it. Read from the page alone, so it can be found for every page at once (and kept
/// with the page by a watch); <see cref="DocumentResources"/> then joins the pages' usages in page order.
/// </summary>
internal sealed class PageUsage
{
    // A ToUnicode entry holds a short, non-empty string; other clusters are left to ActualText.
    private const int MaximumMappedText = 32;

    private PageUsage(IReadOnlyList<FontUsage> fonts, IReadOnlyList<PageImage> images)
    {
        Fonts = fonts;
        Images = images;
    }

    public IReadOnlyList<FontUsage> Fonts { get; }

    public IReadOnlyList<PageImage> Images { get; }

    public static PageUsage Of(PageFrame page)
    {
        var fonts = new Dictionary<SKTypeface, FontGlyphs>(ReferenceEqualityComparer.Instance);
        var fontOrder = new List<FontGlyphs>();
        var images = new List<PageImage>();
        var seenImages = new HashSet<PageImage>(ReferenceEqualityComparer.Instance);
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case TextRunItem run:
                    if (!fonts.TryGetValue(run.Typeface, out var glyphs))
                    {
                        glyphs = new FontGlyphs(run.Typeface);
                        fonts.Add(run.Typeface, glyphs);
                        fontOrder.Add(glyphs);
                    }

                    glyphs.Add(run);
                    break;
                case ImageItem image when seenImages.Add(image.Image):
                    images.Add(image.Image);
                    break;
            }
        }

        return new PageUsage(fontOrder.Select(font => font.ToUsage()).ToList(), images);
    }

    private sealed class FontGlyphs(SKTypeface typeface)
    {
        private readonly Dictionary<ushort, int> _slots = [];
        private readonly List<ushort> _glyphs = [];
        private readonly List<string?> _texts = [];

        /// <summary>One pass over the run's clusters, which cover its glyphs in order, one lookup per glyph.</summary>
        public void Add(TextRunItem run)
        {
            foreach (var cluster in new GlyphClusters(run))
            {
                var mapped = cluster.GlyphCount == 1 && cluster.TextLength is > 0 and <= MaximumMappedText;
                for (var g = cluster.FirstGlyph; g < cluster.FirstGlyph + cluster.GlyphCount; g++)
                {
                    var glyph = run.Glyphs[g];
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, glyph, out var seen);
                    if (!seen)
                    {
                        slot = _glyphs.Count;
                        _glyphs.Add(glyph);
                        _texts.Add(null);
                    }

                    if (mapped && _texts[slot] is null)
                    {
                        _texts[slot] = run.Text.Substring(cluster.TextStart, cluster.TextLength);
                    }
                }
            }
        }

        public FontUsage ToUsage() => new(typeface, [.. _glyphs], [.. _texts]);
    }
}
