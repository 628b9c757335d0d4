using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Publisher.Tests.Pdf.Export;

public sealed class ImageExportTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Jpeg_photos_are_embedded_as_they_are_without_recompression()
    {
        var jpeg = Encoded(SKEncodedImageFormat.Jpeg, "images/photo.jpg", "image/jpeg");

        using var pdf = PdfDocument.Open(Export(new ImageItem(new SKRect(50, 50, 250, 175), PageImage.For(jpeg))));
        var image = Assert.Single(pdf.GetPage(1).GetImages());

        Assert.Equal((160, 100), (image.WidthInSamples, image.HeightInSamples));
        Assert.Equal("DCTDecode", image.ImageDictionary.Get<NameToken>(NameToken.Filter, pdf.Structure.TokenScanner).Data);
    }

    [Theory]
    [InlineData(255, false)]
    [InlineData(128, true)]
    public void A_png_gets_a_soft_mask_only_when_it_has_transparent_pixels(byte alpha, bool expectMask)
    {
        var png = Png(alpha);

        using var pdf = PdfDocument.Open(Export(new ImageItem(new SKRect(50, 50, 210, 150), PageImage.For(png))));
        var image = Assert.Single(pdf.GetPage(1).GetImages());

        Assert.Equal((160, 100), (image.WidthInSamples, image.HeightInSamples));
        Assert.Equal(expectMask, image.ImageDictionary.ContainsKey(NameToken.Smask));
    }

    [Fact]
    public void Gif_images_are_drawn_from_their_first_frame()
    {
        var gif = Encoded(SKEncodedImageFormat.Gif, "images/anim.gif", "image/gif");
        if (gif.Data.Length == 0)
        {
            // Skia can decode GIF but not always encode it; build a minimal GIF by hand instead.
            gif = gif with { Data = MinimalGif };
        }

        using var pdf = PdfDocument.Open(Export(new ImageItem(new SKRect(50, 50, 150, 150), PageImage.For(gif))));

        Assert.Single(pdf.GetPage(1).GetImages());
    }

    [SkippableFact]
    public void An_image_that_cannot_be_decoded_leaves_a_visible_placeholder_instead_of_failing()
    {
        var broken = new ImageResource("images/broken.png", "images/broken.png", "image/png", [1, 2, 3, 4], 10, 10);
        var brokenSvg = new ImageResource("images/broken.svg", "images/broken.svg", "image/svg+xml", "<svg"u8.ToArray(), 10, 10);

        var path = Export(
            new ImageItem(new SKRect(50, 50, 150, 150), PageImage.For(broken)),
            new ImageItem(new SKRect(50, 200, 150, 300), PageImage.For(brokenSvg)));

        using var pdf = PdfDocument.Open(path);
        Assert.Empty(pdf.GetPage(1).GetImages());
        var (clean, report) = PdfReadBack.QpdfCheck(path);
        Assert.True(clean, report);
    }

    [Fact]
    public void An_image_used_on_many_pages_is_embedded_once()
    {
        var png = DocumentSamples.Png();
        var pages = Enumerable.Range(1, 3)
            .Select(n => new PageFrame(300, 300, PageNumberStyle.Decimal, n, [new ImageItem(new SKRect(10, 10, 170, 110), PageImage.For(png))]))
            .ToList();

        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "repeated.pdf");
        using (var file = File.Create(path))
        {
            PdfExporter.Export(new LaidOutBook(pages, [], DocumentSamples.Info()), file);
        }

        using var pdf = PdfDocument.Open(path);
        var references = pdf.GetPages()
            .Select(page => page.Dictionary.Get<DictionaryToken>(NameToken.Resources, pdf.Structure.TokenScanner))
            .Select(resources => resources.Get<DictionaryToken>(NameToken.Xobject, pdf.Structure.TokenScanner))
            .SelectMany(xobjects => xobjects.Data.Values.OfType<IndirectReferenceToken>())
            .Select(reference => reference.Data)
            .Distinct()
            .ToList();
        Assert.Single(references);
    }

    [SkippableFact]
    public void Svg_text_in_a_generic_family_is_set_in_the_bundled_faces_subset_and_searchable()
    {
        var svg = Svg("""<text x="10" y="40" font-family="sans-serif" font-size="20">Chart ωλ</text>""" +
                      """<text x="10" y="80" font-family="serif" font-weight="bold" font-size="20">Axis</text>""");

        var path = Export(new ImageItem(new SKRect(50, 50, 250, 150), PageImage.For(svg)));

        var fonts = PdfReadBack.Fonts(path);
        Assert.Contains(fonts, font => font.Name.EndsWith("+NotoSans-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, font => font.Name.EndsWith("+NotoSerif-Bold", StringComparison.Ordinal));
        Assert.All(fonts, font => Assert.True(font.Embedded && font.Subset, $"{font.Name} is not embedded as a subset"));
        Assert.InRange(new FileInfo(path).Length, 1, 60_000);
        var text = PdfReadBack.Text(path, page: 1);
        Assert.Contains("Chart ωλ", text);
        Assert.Contains("Axis", text);
    }

    [SkippableFact]
    public void Svg_text_in_a_named_family_the_system_lacks_falls_back_to_the_generic_family_after_it()
    {
        var svg = Svg("""<text x="10" y="40" font-family="No Such Family, monospace" font-size="20">mono</text>""");

        var fonts = PdfReadBack.Fonts(Export(new ImageItem(new SKRect(50, 50, 250, 150), PageImage.For(svg))));

        Assert.Contains(fonts, font => font.Name.EndsWith("+JetBrainsMono-Regular", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("serif", false, false, "Serif")]
    [InlineData("Serif", true, true, "SerifBoldItalic")]
    [InlineData("sans-serif", true, true, "SansBold")]
    [InlineData("system-ui", false, false, "Sans")]
    [InlineData("monospace", true, false, "MonoBold")]
    [InlineData("Helvetica", false, false, null)]
    [InlineData("cursive", false, false, null)]
    public void Generic_svg_families_map_to_bundled_faces(string family, bool bold, bool italic, string? expectedFace)
    {
        Assert.Equal(expectedFace, FontSet.GenericFace(family, bold, italic)?.ToString());
    }

    /// <summary>A PNG with an alpha channel (as screenshots often have) whose pixels all have the given alpha.</summary>
    private static ImageResource Png(byte alpha)
    {
        using var bitmap = new SKBitmap(160, 100);
        bitmap.Erase(new SKColor(0x46, 0x82, 0xB4, alpha));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new ImageResource("images/shot.png", "images/shot.png", "image/png", data.ToArray(), 160, 100);
    }

    private static ImageResource Svg(string body)
    {
        var xml = $"""<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">{body}</svg>""";
        return new ImageResource("images/chart.svg", "images/chart.svg", "image/svg+xml", System.Text.Encoding.UTF8.GetBytes(xml), 200, 100);
    }

    private static readonly byte[] MinimalGif = Convert.FromBase64String("R0lGODlhAgACAPAAAP8AAAAA/ywAAAAAAgACAAACAoRRADs=");

    private static ImageResource Encoded(SKEncodedImageFormat format, string name, string mediaType)
    {
        using var bitmap = new SKBitmap(160, 100);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawCircle(80, 50, 30, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return new ImageResource(name, name, mediaType, data?.ToArray() ?? [], 160, 100);
    }

    private string Export(params PageItem[] items)
    {
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".pdf");
        using var file = File.Create(path);
        PdfExporter.Export(new LaidOutBook([new PageFrame(300, 400, PageNumberStyle.Decimal, 1, items)], [], DocumentSamples.Info()), file);
        return path;
    }
}
