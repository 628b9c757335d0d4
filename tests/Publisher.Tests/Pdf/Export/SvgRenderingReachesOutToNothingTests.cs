using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Publisher.Tests.Pdf.Export;

/// <summary>
/// Belt and braces: the Book stage hands the writers self-contained SVG, and the PDF's SVG renderer still opens no
/// file and no network address even when an image that was not made self-contained reaches it.
/// </summary>
public sealed class SvgRenderingReachesOutToNothingTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly WatchingServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void An_svg_naming_a_server_and_a_local_file_draws_neither_and_nothing_is_requested()
    {
        var secret = _folder.Write("secret.png", Book.TestImages.Png(13, 7));
        var inline = "data:image/png;base64," + Convert.ToBase64String(Book.TestImages.Png(11, 5));
        var svg = Svg(
            $"<image href=\"{_server.Address}/remote.png\" width=\"50\" height=\"50\"/>" +
            $"<image href=\"file://{secret}\" x=\"60\" width=\"50\" height=\"50\"/>" +
            $"<use href=\"{_server.Address}/icons.svg#star\"/>" +
            $"<image href=\"{inline}\" x=\"120\" width=\"50\" height=\"50\"/>");

        var path = Export(new ImageItem(new SKRect(20, 20, 220, 120), PageImage.For(svg)));

        Assert.Empty(_server.Requests);
        using var pdf = PdfDocument.Open(path);
        var image = Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Equal((11, 5), (image.WidthInSamples, image.HeightInSamples));
    }

    private static ImageResource Svg(string body)
    {
        var xml = $"""<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">{body}</svg>""";
        return new ImageResource("images/chart.svg", "images/chart.svg", "image/svg+xml", System.Text.Encoding.UTF8.GetBytes(xml), 200, 100);
    }

    private string Export(params PageItem[] items)
    {
        var path = Path.Combine(_folder.Path, "out.pdf");
        using var file = File.Create(path);
        PdfExporter.Export(new LaidOutBook([new PageFrame(300, 400, PageNumberStyle.Decimal, 1, items)], [], DocumentSamples.Info()), file);
        return path;
    }
}
