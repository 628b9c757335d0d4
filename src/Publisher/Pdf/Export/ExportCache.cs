using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// What the exporter keeps from one build to the next (by <c>publisher watch</c>): each picture encoded or drawn, and
/// each page's usage and painted content stream. Layout hands over the very same <see cref="PageFrame"/> for a
/// chapter whose pages did not change (see <see cref="LayoutCache"/>), and the same image data for an unchanged
/// picture, which is how they are recognised. A painted page is reused only when the names and ToUnicode entries it
/// was painted with still hold (a font first used on an earlier page renumbers the fonts after it), so a build with
/// the cache writes the same bytes as one without.
/// </summary>
internal sealed class ExportCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<PageFrame, PageUsage> _usages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PageFrame, PaintedEntry> _pages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<byte[], EncodedImage?> _bitmaps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<byte[], (FontSet Fonts, RenderedSvg? Svg)> _svgs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SKTypeface, FontTexts> _fontTexts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _used = new(ReferenceEqualityComparer.Instance);
    private int _pagesPainted;
    private int _picturesPrepared;

    /// <summary>What the page uses; read from the page unless an earlier build already did.</summary>
    public PageUsage Usage(PageFrame page, Func<PageFrame, PageUsage> read)
    {
        lock (_gate)
        {
            _used.Add(page);
            if (_usages.TryGetValue(page, out var known))
            {
                return known;
            }
        }

        var usage = read(page);
        lock (_gate)
        {
            _usages[page] = usage;
        }

        return usage;
    }

    /// <summary>
    /// Notes, once the resources are collected and before any page is painted, which fonts now map a glyph to other
    /// text than in the last build: pages painted with such a font are painted again.
    /// </summary>
    public void Collected(DocumentResources resources)
    {
        lock (_gate)
        {
            foreach (var font in resources.Fonts)
            {
                var texts = font.Glyphs.Select(font.TextOf).ToArray();
                var glyphs = font.Glyphs.ToArray();
                var version = _fontTexts.TryGetValue(font.Typeface, out var known)
                    ? known.AgreesWith(glyphs, texts) ? known.Version : known.Version + 1
                    : 0;
                _fontTexts[font.Typeface] = new FontTexts(glyphs, texts, version);
                _used.Add(font.Typeface);
            }
        }
    }

    /// <summary>The page's content stream: the one painted by an earlier build while what it was painted with holds.</summary>
    public PaintedPage Painted(PageFrame page, PageUsage usage, DocumentResources resources, Func<PaintedPage> paint)
    {
        var fonts = usage.Fonts.Select(font => new FontName(font.Typeface, resources.FontFor(font.Typeface).ResourceName, VersionOf(font.Typeface))).ToArray();
        var images = usage.Images.Select(image => new ImageName(image, resources.ImageName(image))).ToArray();
        lock (_gate)
        {
            if (_pages.TryGetValue(page, out var known) && known.Fonts.SequenceEqual(fonts) && known.Images.SequenceEqual(images))
            {
                return known.Painted;
            }
        }

        var painted = paint();
        lock (_gate)
        {
            _pages[page] = new PaintedEntry(painted, fonts, images);
            _pagesPainted++;
        }

        return painted;
    }

    /// <summary>The bitmap encoded for the PDF, by <paramref name="encode"/> unless an earlier build encoded the same data.</summary>
    public EncodedImage? Bitmap(PageImage image, Func<PageImage, EncodedImage?> encode)
    {
        lock (_gate)
        {
            _used.Add(image.Data);
            if (_bitmaps.TryGetValue(image.Data, out var known))
            {
                return known;
            }
        }

        var encoded = encode(image);
        lock (_gate)
        {
            _bitmaps[image.Data] = encoded;
            _picturesPrepared++;
        }

        return encoded;
    }

    /// <summary>The SVG drawn in the book's fonts, by <paramref name="render"/> unless an earlier build drew the same data in the same fonts.</summary>
    public RenderedSvg? Svg(PageImage image, FontSet fonts, Func<PageImage, FontSet, RenderedSvg?> render)
    {
        lock (_gate)
        {
            _used.Add(image.Data);
            if (_svgs.TryGetValue(image.Data, out var known) && ReferenceEquals(known.Fonts, fonts))
            {
                return known.Svg;
            }
        }

        var rendered = render(image, fonts);
        lock (_gate)
        {
            _svgs[image.Data] = (fonts, rendered);
            _picturesPrepared++;
        }

        return rendered;
    }

    /// <summary>
    /// Ends a build: forgets the pages, pictures and fonts it did not have, so memory follows the book, and returns how
    /// many pages it painted and pictures it prepared anew. A build that wrote no PDF forgets nothing.
    /// </summary>
    public (int PagesPainted, int PicturesPrepared) Sweep()
    {
        lock (_gate)
        {
            if (_used.Count == 0)
            {
                return (0, 0);
            }

            Forget(_usages);
            Forget(_pages);
            Forget(_bitmaps);
            Forget(_svgs);
            Forget(_fontTexts);
            _used.Clear();
            var counts = (_pagesPainted, _picturesPrepared);
            (_pagesPainted, _picturesPrepared) = (0, 0);
            return counts;
        }
    }

    private int VersionOf(SKTypeface typeface)
    {
        lock (_gate)
        {
            return _fontTexts.TryGetValue(typeface, out var texts) ? texts.Version : -1;
        }
    }

    private void Forget<TKey, TValue>(Dictionary<TKey, TValue> entries)
        where TKey : notnull
    {
        foreach (var key in entries.Keys.Where(key => !_used.Contains(key)).ToList())
        {
            entries.Remove(key);
        }
    }

    private readonly record struct FontName(SKTypeface Typeface, string Name, int Version)
    {
        public bool Equals(FontName other) => ReferenceEquals(Typeface, other.Typeface) && Name == other.Name && Version == other.Version;

        public override int GetHashCode() => HashCode.Combine(Name, Version);
    }

    private readonly record struct ImageName(PageImage Image, string Name)
    {
        public bool Equals(ImageName other) => ReferenceEquals(Image, other.Image) && Name == other.Name;

        public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
    }

    private sealed record PaintedEntry(PaintedPage Painted, FontName[] Fonts, ImageName[] Images);

    /// <summary>
    /// A font's ToUnicode entries in one build: the glyphs (ascending) and their texts. The version goes up when a glyph
    /// drawn in both builds copies as other text (a page painted before asked the old map); new or dropped glyphs
    /// change no page that did not draw them.
    /// </summary>
    private sealed record FontTexts(ushort[] Glyphs, string?[] Texts, int Version)
    {
        public bool AgreesWith(ushort[] glyphs, string?[] texts)
        {
            var (i, j) = (0, 0);
            while (i < Glyphs.Length && j < glyphs.Length)
            {
                if (Glyphs[i] < glyphs[j])
                {
                    i++;
                }
                else if (Glyphs[i] > glyphs[j])
                {
                    j++;
                }
                else if (!string.Equals(Texts[i], texts[j], StringComparison.Ordinal))
                {
                    return false;
                }
                else
                {
                    (i, j) = (i + 1, j + 1);
                }
            }

            return true;
        }
    }
}
