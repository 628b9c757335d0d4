using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// Everything the pages share, found in one pass over them in page order: a font per typeface with the glyphs it
/// draws, and each image once (bitmaps become image XObjects, SVGs form XObjects), with their resource names. Names
/// and ToUnicode entries come from the first use, so the same book always gives the same resources.
/// </summary>
internal sealed class DocumentResources
{
    private readonly Dictionary<SKTypeface, EmbeddedFont> _fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PageImage, int> _bitmapIndex = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PageImage, int> _svgIndex = new(ReferenceEqualityComparer.Instance);
    private readonly List<EmbeddedFont> _fontList = [];
    private readonly List<PageImage> _bitmaps = [];
    private readonly List<PageImage> _svgs = [];

    private DocumentResources()
    {
    }

    public IReadOnlyList<EmbeddedFont> Fonts => _fontList;

    public IReadOnlyList<PageImage> Bitmaps => _bitmaps;

    public IReadOnlyList<PageImage> Svgs => _svgs;

    /// <summary>Each bitmap encoded for the PDF (null where it could not be decoded), in <see cref="Bitmaps"/> order.</summary>
    public EncodedImage?[] EncodedBitmaps { get; private set; } = [];

    /// <summary>Each SVG drawn as a one-page PDF (null where it could not be drawn), in <see cref="Svgs"/> order.</summary>
    public RenderedSvg?[] RenderedSvgs { get; private set; } = [];

    public static DocumentResources Collect(IReadOnlyList<PageFrame> pages)
    {
        var resources = new DocumentResources();
        var svgText = new HashSet<int>();
        foreach (var page in pages)
        {
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case TextRunItem run:
                        resources.FontFor(run.Typeface, create: true).Add(run);
                        break;
                    case ImageItem { Image.IsSvg: true } svg:
                        Index(resources._svgIndex, resources._svgs, svg.Image);
                        svgText.UnionWith(svg.Image.TextCodepoints);
                        break;
                    case ImageItem bitmap:
                        Index(resources._bitmapIndex, resources._bitmaps, bitmap.Image);
                        break;
                }
            }
        }

        if (svgText.Count > 0)
        {
            // An SVG's text may be set in any bundled face (see SvgTypefaces), so every face keeps its characters.
            foreach (var face in Enum.GetValues<FontFace>())
            {
                resources.FontFor(FontLibrary.Get(face).Typeface, create: true).AddCodepoints(svgText);
            }
        }

        return resources;
    }

    /// <summary>
    /// Cuts the fonts and encodes the bitmaps (all at once, on every core), then draws the SVGs, which need the cut
    /// fonts. Each piece of work depends only on its input, so the result is the same on any number of cores.
    /// </summary>
    public void Prepare(ParallelOptions parallel)
    {
        var bitmaps = new EncodedImage?[_bitmaps.Count];
        var work = _fontList.Select(font => (Action)font.Prepare)
            .Concat(_bitmaps.Select((image, i) => (Action)(() => bitmaps[i] = BitmapEncoder.Encode(image))))
            .ToArray();
        Parallel.For(0, work.Length, parallel, i => work[i]());
        EncodedBitmaps = bitmaps;

        var svgs = new RenderedSvg?[_svgs.Count];
        if (svgs.Length > 0)
        {
            var subsets = SubsetTypefaces();
            try
            {
                var typefaces = new SvgTypefaces(typeface => subsets.GetValueOrDefault(typeface, typeface));
                Parallel.For(0, svgs.Length, parallel, i => svgs[i] = SvgRenderer.Render(_svgs[i], typefaces));
            }
            finally
            {
                foreach (var subset in subsets.Values)
                {
                    subset.Dispose();
                }
            }
        }

        RenderedSvgs = svgs;
    }

    public EmbeddedFont FontFor(SKTypeface typeface) => FontFor(typeface, create: false);

    /// <summary>The resource name of a bitmap's image XObject, or null when it could not be decoded.</summary>
    public string? BitmapName(PageImage image) =>
        _bitmapIndex.TryGetValue(image, out var i) && EncodedBitmaps[i] is not null ? BitmapResourceName(i) : null;

    /// <summary>The resource name of an SVG's form XObject and the form's size, or null when it could not be drawn.</summary>
    public (string Name, RenderedSvg Svg)? SvgForm(PageImage image) =>
        _svgIndex.TryGetValue(image, out var i) && RenderedSvgs[i] is { } svg ? (SvgResourceName(i), svg) : null;

    public static string BitmapResourceName(int index) => "Im" + (index + 1);

    public static string SvgResourceName(int index) => "Fm" + (index + 1);

    /// <summary>The typefaces Skia draws SVG text with: the bundled faces cut as the book's text is.</summary>
    private Dictionary<SKTypeface, SKTypeface> SubsetTypefaces()
    {
        var subsets = new Dictionary<SKTypeface, SKTypeface>(ReferenceEqualityComparer.Instance);
        foreach (var font in _fontList)
        {
            using var data = SKData.CreateCopy(font.Prepared!.Program);
            if (SKTypeface.FromData(data) is { } subset)
            {
                subsets.Add(font.Typeface, subset);
            }
        }

        return subsets;
    }

    private EmbeddedFont FontFor(SKTypeface typeface, bool create)
    {
        if (!_fonts.TryGetValue(typeface, out var font))
        {
            if (!create)
            {
                throw new ArgumentException($"the typeface {typeface.FamilyName} was not collected", nameof(typeface));
            }

            font = new EmbeddedFont(typeface, "F" + (_fontList.Count + 1));
            _fonts.Add(typeface, font);
            _fontList.Add(font);
        }

        return font;
    }

    private static void Index(Dictionary<PageImage, int> index, List<PageImage> list, PageImage image)
    {
        if (index.TryAdd(image, list.Count))
        {
            list.Add(image);
        }
    }
}
