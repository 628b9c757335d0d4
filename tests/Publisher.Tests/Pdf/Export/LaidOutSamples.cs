using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Tests.Pdf.Export;

/// <summary>
/// Hand-laid books for export tests: a title page, two roman-numbered contents pages and two chapters with
/// text, shapes, images, links and anchors, each at known positions.
/// </summary>
internal static class LaidOutSamples
{
    public const float Width = 420;
    public const float Height = 595;
    public const float TitleWidth = 432;
    public const float TitleHeight = 648;

    public const string LigatureLine = "The office shuffle of affluent fish";
    public const string GreekLine = "Καλημέρα κόσμε";
    public const string CyrillicLine = "Привет, мир";
    public const string CodeLine = "var answer = 42;";
    public const string ExternalUrl = "https://example.org/publisher";

    public static readonly string ChapterOne = DestinationNames.For(0, null);
    public static readonly string ChapterTwo = DestinationNames.For(1, null);
    public static readonly string Details = DestinationNames.For(1, "details");

    /// <summary>Pages: [title] [i] [ii] [1: chapter one] [2: chapter two]; physical indexes 0..4.</summary>
    public static LaidOutBook Book()
    {
        var title = new PageFrame(TitleWidth, TitleHeight, PageNumberStyle.None, 0,
        [
            ShapedRuns.Shape("A Sample Book", 120, 200, 24),
        ]);

        var contentsEntry = ShapedRuns.Shape("Chapter One", 60, 120);
        var contentsEntryTwo = ShapedRuns.Shape("Chapter Two", 60, 140);
        var contents = new PageFrame(Width, Height, PageNumberStyle.LowerRoman, 1,
        [
            ShapedRuns.Shape("Contents", 60, 80, 18),
            contentsEntry,
            new LinkItem(new SKRect(60, 108, 360, 124), null, ChapterOne),
            contentsEntryTwo,
            new LinkItem(new SKRect(60, 128, 360, 144), null, ChapterTwo),
        ]);
        var contentsTwo = new PageFrame(Width, Height, PageNumberStyle.LowerRoman, 2,
        [
            ShapedRuns.Shape("More contents", 60, 80),
        ]);

        var chapterOne = new PageFrame(Width, Height, PageNumberStyle.Decimal, 1,
        [
            new AnchorItem(ChapterOne, new SKPoint(60, 60)),
            ShapedRuns.Shape("Chapter One", 60, 90, 20),
            ShapedRuns.Shape(LigatureLine, 60, 130),
            ShapedRuns.Shape(GreekLine, 60, 150),
            ShapedRuns.Shape(CyrillicLine, 60, 170),
            new RectItem(new SKRect(60, 180, 360, 200), new SKColor(0xf0, 0xf0, 0xf0)),
            ShapedRuns.Shape(CodeLine, 66, 194, 9, ShapedRuns.Mono),
            new LineItem(new SKPoint(60, 210), new SKPoint(360, 210), 0.5f, SKColors.Gray),
            new ImageItem(new SKRect(60, 220, 220, 320), PageImage.For(Publisher.Tests.Support.DocumentSamples.Png())),
            new ImageItem(new SKRect(230, 220, 360, 285), PageImage.For(Publisher.Tests.Support.DocumentSamples.Svg())),
            ShapedRuns.Shape("See the website", 60, 350),
            new LinkItem(new SKRect(60, 338, 160, 354), ExternalUrl, null),
            ShapedRuns.Shape("and the details", 60, 370),
            new LinkItem(new SKRect(60, 358, 160, 374), null, Details),
        ]);

        var chapterTwo = new PageFrame(Width, Height, PageNumberStyle.Decimal, 2,
        [
            new AnchorItem(ChapterTwo, new SKPoint(60, 60)),
            ShapedRuns.Shape("Chapter Two", 60, 90, 20),
            new AnchorItem(Details, new SKPoint(60, 400)),
            ShapedRuns.Shape("Details", 60, 420, 14),
        ]);

        OutlineEntry[] outline =
        [
            new("Chapter One", 3, 60, [new OutlineEntry("Pictures", 3, 220, [])]),
            new("Chapter Two", 4, 60, [new OutlineEntry("Details", 4, 400, [])]),
        ];

        return new LaidOutBook([title, contents, contentsTwo, chapterOne, chapterTwo], outline, DocumentSamples.Info());
    }
}
