using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// Everything the pages share, found in one pass over them in page order: a font per typeface with the glyphs it
/// draws and the text each glyph first stands for, and each image once (bitmaps become image XObjects, SVGs form
/// XObjects), with their resource names. Names and ToUnicode entries come from the first use, so the same book always
/// gives the same resources. Every image has an XObject, drawn on the unit square (a placeholder when the image
/// cannot be drawn), so pages can be painted before or beside the images being encoded.
/// </summary>
internal sealed class DocumentResources
{
    private readonly Dictionary<SKTypeface, EmbeddedFont> _fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PageImage, string> _imageNames = new(ReferenceEqualityComparer.Instance);
    private readonly List<EmbeddedFont> _fontList = [];
    private readonly List<PageImage> _bitmaps = [];
    private readonly List<PageImage> _svgs = [];

    private readonly FontSet _bookFonts;

    private DocumentResources(FontSet bookFonts) => _bookFonts = bookFonts;

    public IReadOnlyList<EmbeddedFont> Fonts => _fontList;

    public IReadOnlyList<PageImage> Bitmaps => _bitmaps;

    public IReadOnlyList<PageImage> Svgs => _svgs;

    /// <summary>Each bitmap encoded for the PDF (null where it could not be decoded), in <see cref="Bitmaps"/> order.</summary>
    public EncodedImage?[] EncodedBitmaps { get; private set; } = [];

    /// <summary>Each SVG drawn as a one-page PDF (null where it could not be drawn), in <see cref="Svgs"/> order.</summary>
    public RenderedSvg?[] RenderedSvgs { get; private set; } = [];

    /// <summary>Joins what every page uses (<see cref="PageUsage"/>, in page order), then measures the glyphs each font draws.</summary>
    /// <param name="fonts">The book's fonts, which an SVG image's text may use.</param>
    public static DocumentResources Collect(IReadOnlyList<PageUsage> pages, FontSet fonts)
    {
        var resources = new DocumentResources(fonts);
        foreach (var page in pages)
        {
            foreach (var font in page.Fonts)
            {
                resources.FontFor(font.Typeface, create: true).Add(font);
            }

            foreach (var image in page.Images)
            {
                resources.Name(image);
            }
        }

        foreach (var font in resources._fontList)
        {
            font.MeasureGlyphs();
        }

        resources.EncodedBitmaps = new EncodedImage?[resources._bitmaps.Count];
        resources.RenderedSvgs = new RenderedSvg?[resources._svgs.Count];
        return resources;
    }

    /// <summary>
    /// The work of cutting the fonts, encoding the bitmaps and drawing the SVGs, one independent piece per item, to be
    /// run on any number of cores beside the pages. With a <paramref name="cache"/>, a picture an earlier build
    /// encoded or drew is taken from it.
    /// </summary>
    public IEnumerable<Action> PreparationWork(ExportCache? cache = null) =>
        _fontList.Select(font => (Action)font.Prepare)
            .Concat(_svgs.Select((image, i) => (Action)(() => RenderedSvgs[i] = cache is null
                ? SvgRenderer.Render(image, _bookFonts)
                : cache.Svg(image, _bookFonts, SvgRenderer.Render))))
            .Concat(_bitmaps.Select((image, i) => (Action)(() => EncodedBitmaps[i] = cache is null
                ? BitmapEncoder.Encode(image)
                : cache.Bitmap(image, BitmapEncoder.Encode))));

    public EmbeddedFont FontFor(SKTypeface typeface) => FontFor(typeface, create: false);

    /// <summary>The resource name of an image's XObject (Im1, Im2, ... for bitmaps; Fm1, ... for SVGs).</summary>
    public string ImageName(PageImage image) => _imageNames[image];

    public static string BitmapResourceName(int index) => "Im" + (index + 1);

    public static string SvgResourceName(int index) => "Fm" + (index + 1);

    private void Name(PageImage image)
    {
        if (_imageNames.ContainsKey(image))
        {
            return;
        }

        var list = image.IsSvg ? _svgs : _bitmaps;
        _imageNames.Add(image, image.IsSvg ? SvgResourceName(list.Count) : BitmapResourceName(list.Count));
        list.Add(image);
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
}
