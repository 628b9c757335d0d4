using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
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

        using var pdf = PdfDocument.Open(Export(new ImageItem(new SKRect(50, 50, 250, 175), jpeg)));
        var image = Assert.Single(pdf.GetPage(1).GetImages());

        Assert.Equal((160, 100), (image.WidthInSamples, image.HeightInSamples));
        Assert.Equal("DCTDecode", image.ImageDictionary.Get<NameToken>(NameToken.Filter, pdf.Structure.TokenScanner).Data);
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

        using var pdf = PdfDocument.Open(Export(new ImageItem(new SKRect(50, 50, 150, 150), gif)));

        Assert.Single(pdf.GetPage(1).GetImages());
    }

    [Fact]
    public void An_image_that_cannot_be_decoded_leaves_a_visible_placeholder_instead_of_failing()
    {
        var broken = new ImageResource("images/broken.png", "images/broken.png", "image/png", [1, 2, 3, 4], 10, 10);
        var brokenSvg = new ImageResource("images/broken.svg", "images/broken.svg", "image/svg+xml", "<svg"u8.ToArray(), 10, 10);

        var path = Export(
            new ImageItem(new SKRect(50, 50, 150, 150), broken),
            new ImageItem(new SKRect(50, 200, 150, 300), brokenSvg));

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
            .Select(n => new PageFrame(300, 300, PageNumberStyle.Decimal, n, [new ImageItem(new SKRect(10, 10, 170, 110), png)]))
            .ToList();

        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "repeated.pdf");
        using (var file = File.Create(path))
        {
            PdfExporter.Export(new LaidOutBook(pages, []), DocumentSamples.Metadata(), file);
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
        PdfExporter.Export(new LaidOutBook([new PageFrame(300, 400, PageNumberStyle.Decimal, 1, items)], []), DocumentSamples.Metadata(), file);
        return path;
    }
}
