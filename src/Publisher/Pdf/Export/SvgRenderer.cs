using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;
using Svg.Skia;

namespace Publisher.Pdf.Export;

/// <summary>An SVG image drawn by Skia as a one-page PDF of the picture's size, to be imported as a form XObject.</summary>
/// <param name="Width">The picture's width in points (SVG user units), the form's bounding box.</param>
internal sealed record RenderedSvg(float Width, float Height, byte[] Pdf);

/// <summary>
/// Draws SVG images with Svg.Skia into Skia's PDF backend, once per image: paths stay vectors and text stays text.
/// The families are the book's faces (see <see cref="SvgTypefaces"/>), each cut to the characters of this image's
/// text, as Skia embeds the typeface it is given whole.
/// </summary>
internal static class SvgRenderer
{
    // Skia sizes pages in whole raster pixels, so any other resolution would round the page size. Effects PDF cannot
    // express (SVG filters) are rasterised at this resolution.
    private const float RasterDpi = 72;

    // Skia stamps the clock into its document information, which is not imported; a fixed date keeps its bytes stable.
    private static readonly DateTime FixedDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The SVG as a one-page PDF, or null when it cannot be read or draws nothing.</summary>
    public static RenderedSvg? Render(PageImage image, FontSet fonts)
    {
        using var cuts = new SvgFontCuts(image.TextCodepoints);
        using var svg = Load(image, new SvgTypefaces(fonts, cuts.For));
        var picture = svg?.Picture;
        var bounds = picture?.CullRect ?? SKRect.Empty;
        if (picture is null || bounds.Width <= 0 || bounds.Height <= 0)
        {
            return null;
        }

        using var buffer = new SKDynamicMemoryWStream();
        var metadata = new SKDocumentPdfMetadata
        {
            RasterDpi = RasterDpi,
            Creation = FixedDate,
            Modified = FixedDate,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        using (var document = SKDocument.CreatePdf(buffer, metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document"))
        {
            var canvas = document.BeginPage(bounds.Width, bounds.Height);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
            document.EndPage();
            document.Close();
        }

        using var drawn = buffer.DetachAsData();
        return new RenderedSvg(bounds.Width, bounds.Height, drawn.ToArray());
    }

    private static SKSvg? Load(PageImage image, SvgTypefaces typefaces)
    {
        try
        {
            return typefaces.Load(image.Data);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>The book's typefaces cut to one SVG image's characters, made when the image first asks for a face.</summary>
internal sealed class SvgFontCuts(IReadOnlyList<int> codepoints) : IDisposable
{
    private readonly Dictionary<SKTypeface, SKTypeface> _cuts = new(ReferenceEqualityComparer.Instance);

    public SKTypeface For(SKTypeface typeface)
    {
        if (!_cuts.TryGetValue(typeface, out var cut))
        {
            using var data = SKData.CreateCopy(EmbeddedFont.FontFile(typeface, [], codepoints));
            cut = SKTypeface.FromData(data) ?? typeface;
            _cuts.Add(typeface, cut);
        }

        return cut;
    }

    public void Dispose()
    {
        foreach (var (typeface, cut) in _cuts)
        {
            if (!ReferenceEquals(typeface, cut))
            {
                cut.Dispose();
            }
        }
    }
}
