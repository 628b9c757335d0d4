using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Tests.Pdf.Layout;

/// <summary>
/// The sample book's pages rendered by poppler (pdftoppm) and looked at as a reader would: no page that should
/// carry something is blank, the title and the running headers are where a reader looks for them, and nothing is
/// drawn in the margins but the header and the page number. The margins are uneven (inner wider than outer) so a
/// page set on the wrong side shows. Set PUBLISHER_LAYOUT_PNG to a folder to keep the PNGs and look at them.
/// </summary>
public sealed class LookAtPagesTests : IClassFixture<LookAtPagesTests.Rendering>
{
    // Antialiasing and glyph overhang may reach a little past a box; more than this is a page a reader would reject.
    private const float Tolerance = 2f;

    private static readonly PdfSettings Settings = new()
    {
        PageWidth = 320,
        PageHeight = 460,
        MarginTop = 60,
        MarginBottom = 56,
        MarginInner = 52,
        MarginOuter = 34,
        FontSize = 10,
    };

    private readonly Rendering _book;

    public LookAtPagesTests(Rendering book) => _book = book;

    [SkippableFact]
    public void Every_page_with_something_on_it_shows_ink_and_every_empty_page_is_blank()
    {
        var pages = _book.Require();

        Assert.Equal(_book.Layout.Pages.Count, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var drawsSomething = _book.Layout.Pages[i].Items.Any(item => item is TextRunItem or RectItem or LineItem or ImageItem);
            var ink = pages[i].InkIn(new SKRect(0, 0, pages[i].Width, pages[i].Height));
            if (drawsSomething)
            {
                Assert.True(ink > 100, $"page {i + 1} should carry text but is almost blank ({ink} ink pixels)");
            }
            else
            {
                Assert.True(ink == 0, $"page {i + 1} should be blank but has {ink} ink pixels");
            }
        }
    }

    [SkippableFact]
    public void The_title_stands_centred_in_the_upper_half_of_the_first_page()
    {
        var page = _book.Require()[0];
        var titleRuns = _book.Layout.Pages[0].Items.OfType<TextRunItem>().ToList();
        var titleSize = titleRuns.Max(run => run.FontSize);
        var title = titleRuns.Where(run => run.FontSize == titleSize).ToList();
        var block = TextBlock(1);
        var band = new SKRect(block.Left, title.Min(run => run.Baseline - run.FontSize), block.Right, title.Max(run => run.Baseline + run.FontSize * 0.3f));

        var ink = page.InkBounds(band);

        Assert.False(ink.IsEmpty, "no ink where the title is");
        Assert.True(ink.Bottom < page.Height / 2, $"the title ends at y = {ink.Bottom}, below the middle of the page");
        AssertCentred(ink, block, "the title");
    }

    [SkippableFact]
    public void Every_body_page_but_a_chapter_opening_has_a_centred_running_header_above_its_text()
    {
        var pages = _book.Require();
        var openings = _book.Layout.Outline.Select(chapter => chapter.PageIndex).ToHashSet();
        var bodyPages = BodyPageIndexes();
        Assert.Contains(bodyPages, index => !openings.Contains(index));

        foreach (var index in bodyPages)
        {
            var page = pages[index];
            var number = _book.Layout.Pages[index].Number;
            var header = HeaderBand(number);
            var text = page.InkIn(TextBlock(number));
            Assert.True(text > 200, $"page {index + 1}: the text block is almost empty ({text} ink pixels)");
            if (openings.Contains(index))
            {
                Assert.True(page.InkIn(header) == 0, $"page {index + 1} opens a chapter and should have no running header");
                continue;
            }

            var ink = page.InkBounds(header);
            Assert.False(ink.IsEmpty, $"page {index + 1} has no running header");
            AssertCentred(ink, TextBlock(number), $"page {index + 1}'s running header");
        }
    }

    [SkippableFact]
    public void Nothing_is_drawn_in_the_margins_but_the_running_header_and_the_page_number()
    {
        var pages = _book.Require();
        for (var i = 0; i < pages.Count; i++)
        {
            var number = _book.Layout.Pages[i].Number;
            SKRect[] allowed = [Grow(TextBlock(number)), Grow(HeaderBand(number)), Grow(FolioBand(number))];

            var stray = pages[i].InkOutside(allowed);

            Assert.True(stray.Count == 0, $"page {i + 1} has {stray.Count} ink pixels outside the text block, header and folio, e.g. at {string.Join(", ", stray.Take(5))}");
        }
    }

    private List<int> BodyPageIndexes() =>
        Enumerable.Range(0, _book.Layout.Pages.Count).Where(i => _book.Layout.Pages[i].NumberStyle == PageNumberStyle.Decimal).ToList();

    /// <summary>Where the text goes: inside the margins, the inner margin on the binding side (left on odd pages).</summary>
    private static SKRect TextBlock(int printedNumber)
    {
        var left = printedNumber % 2 == 1 ? Settings.MarginInner : Settings.MarginOuter;
        var right = Settings.PageWidth - (printedNumber % 2 == 1 ? Settings.MarginOuter : Settings.MarginInner);
        return new SKRect(left, Settings.MarginTop, right, Settings.PageHeight - Settings.MarginBottom);
    }

    /// <summary>The lower 60% of the top margin, over the text block: where a running header belongs.</summary>
    private static SKRect HeaderBand(int printedNumber)
    {
        var block = TextBlock(printedNumber);
        return new SKRect(block.Left, Settings.MarginTop * 0.4f, block.Right, Settings.MarginTop);
    }

    /// <summary>The upper 70% of the bottom margin, under the text block: where the page number belongs.</summary>
    private static SKRect FolioBand(int printedNumber)
    {
        var block = TextBlock(printedNumber);
        return new SKRect(block.Left, block.Bottom, block.Right, block.Bottom + Settings.MarginBottom * 0.7f);
    }

    private static SKRect Grow(SKRect area) => SKRect.Inflate(area, Tolerance, Tolerance);

    private static void AssertCentred(SKRectI ink, SKRect block, string what)
    {
        var leftGap = ink.Left - block.Left;
        var rightGap = block.Right - ink.Right;
        Assert.True(Math.Abs(leftGap - rightGap) <= 2 * Tolerance, $"{what} is not centred: {leftGap:0} pt free on the left, {rightGap:0} on the right");
    }

    /// <summary>The rich sample typeset with <see cref="Settings"/>, exported, and rendered once for all tests.</summary>
    public sealed class Rendering : IDisposable
    {
        private readonly TempDirectory _folder = new();
        private IReadOnlyList<RenderedPage>? _pages;

        public Rendering()
        {
            var sample = DocumentSamples.Rich();
            var document = sample with { Metadata = sample.Metadata with { Pdf = Settings } };
            Layout = BookTypesetter.Typeset(document, new DiagnosticBag());
            PdfPath = Path.Combine(_folder.Path, "sample.pdf");
            using var file = File.Create(PdfPath);
            PdfExporter.Export(Layout, file);
        }

        internal LaidOutBook Layout { get; }

        public string PdfPath { get; }

        /// <summary>The rendered pages; the test is skipped (or fails in CI) without pdftoppm.</summary>
        internal IReadOnlyList<RenderedPage> Require()
        {
            lock (_folder)
            {
                if (_pages is null)
                {
                    _pages = RenderedPage.RenderAll(PdfPath, _folder.Path);
                    KeepForLooking();
                }

                return _pages;
            }
        }

        public void Dispose() => _folder.Dispose();

        private void KeepForLooking()
        {
            if (Environment.GetEnvironmentVariable("PUBLISHER_LAYOUT_PNG") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                foreach (var file in Directory.GetFiles(_folder.Path))
                {
                    File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
                }
            }
        }
    }
}
