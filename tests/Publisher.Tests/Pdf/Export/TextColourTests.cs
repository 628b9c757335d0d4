using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Publisher.Tests.Pdf.Export;

public sealed class TextColourTests
{
    [Fact]
    public void Runs_keep_their_own_colour_when_drawn_together()
    {
        var black = ShapedRuns.Shape("Plain", 20, 40);
        var red = ShapedRuns.Shape("Warning", 80, 40) with { Color = new SKColor(200, 0, 0) };
        var blackAgain = ShapedRuns.Shape("again", 160, 40);
        var page = new PageFrame(300, 200, PageNumberStyle.Decimal, 1, [black, red, blackAgain]);

        using var buffer = new MemoryStream();
        PdfExporter.Export(new LaidOutBook([page], [], DocumentSamples.Info()), buffer);
        using var pdf = PdfDocument.Open(buffer.ToArray());
        var letters = pdf.GetPage(1).Letters;

        Assert.Equal("PlainWarningagain", string.Concat(letters.Select(letter => letter.Value)));
        var colours = letters.Select(letter => letter.Color.ToRGBValues()).ToList();
        Assert.All(colours[..5].Concat(colours[12..]), colour => Assert.Equal((0.0, 0.0, 0.0), colour));
        Assert.All(colours[5..12], colour => Assert.Equal((200 / 255.0, 0.0, 0.0), colour, new ToleranceComparer()));
    }

    private sealed class ToleranceComparer : IEqualityComparer<(double, double, double)>
    {
        public bool Equals((double, double, double) x, (double, double, double) y) =>
            Math.Abs(x.Item1 - y.Item1) < 0.01 && Math.Abs(x.Item2 - y.Item2) < 0.01 && Math.Abs(x.Item3 - y.Item3) < 0.01;

        public int GetHashCode((double, double, double) obj) => 0;
    }
}
