using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace Publisher.Benchmarks;

/// <summary>
/// How a typesetter would judge the pages of a PDF, read back from the file alone (PdfPig): the share of loose
/// justified lines, of lines ending in a hyphen, the body pages left short before a page that does not open a
/// chapter, and the body pages without a folio.
/// Body text is the most common type size; a justified line is a line of it that reaches the page's right text
/// edge. Its mean word gap is the mean space between its words; it is loose when that is over half the line
/// pitch (the most common distance between the baselines of consecutive body lines). A page is short when its
/// text and pictures end above 60% of the text block; chapter openings are the pages of the outline's top-level
/// entries. A folio is a line of only digits or roman numerals below every page's text block.
/// </summary>
internal static partial class PageQuality
{
    private const double ShortPageFill = 0.6;

    /// <param name="details">Where to list each loose line (page and words), or null.</param>
    public static QualityReport Measure(string pdfPath, TextWriter? details = null)
    {
        using var document = PdfDocument.Open(pdfPath);
        var bodySize = BodySize(document);
        var pages = Enumerable.Range(1, document.NumberOfPages).Select(n => ReadPage(document.GetPage(n), bodySize)).ToList();
        var openings = ChapterOpenings(document);
        var firstBody = openings.Count > 0 ? openings.Min() : 1;

        var pitch = LinePitch(pages, bodySize);
        var justified = 0;
        var loose = 0;
        var hyphenated = 0;
        foreach (var page in pages)
        {
            var body = page.Lines.Where(l => l.Size == bodySize && l.Words.Count > 1).ToList();
            if (body.Count == 0)
            {
                continue;
            }

            var right = body.Max(l => l.Right);
            foreach (var line in body.Where(l => right - l.Right < 0.6))
            {
                justified++;
                var gaps = line.Words.Zip(line.Words.Skip(1), (a, b) => b.BoundingBox.Left - a.BoundingBox.Right).ToList();
                if (gaps.Average() > pitch / 2)
                {
                    loose++;
                    details?.WriteLine($"  loose line on page {pages.IndexOf(page) + 1}: {string.Join(' ', line.Words.Select(w => w.Text))}");
                }

                if (line.Words[^1].Text.EndsWith('-'))
                {
                    hyphenated++;
                }
            }
        }

        // The text block: from the highest body line's top to the lowest content on any page, folios and running heads apart.
        var contentPages = pages.Skip(firstBody - 1).Where(p => p.ContentBottom is not null).ToList();
        var top = contentPages.Min(p => p.ContentTop!.Value);
        var bottom = contentPages.Max(p => p.ContentBottom!.Value);
        var shortPages = new List<int>();
        var unnumbered = new List<int>();
        for (var n = firstBody; n <= pages.Count; n++)
        {
            var page = pages[n - 1];
            if (page.ContentBottom is null)
            {
                continue; // blank
            }

            if (!page.HasFolio)
            {
                unnumbered.Add(n);
            }

            var fill = (page.ContentBottom.Value - top) / (bottom - top);

            if (fill < ShortPageFill && n < pages.Count && !openings.Contains(n + 1))
            {
                shortPages.Add(n);
            }
        }

        return new QualityReport(Path.GetFileName(pdfPath), pages.Count, justified, loose, hyphenated, shortPages, unnumbered, pitch, bodySize);
    }

    /// <summary>The most common type size, over a sample of pages.</summary>
    private static double BodySize(PdfDocument document)
    {
        var step = Math.Max(1, document.NumberOfPages / 40);
        var sizes = new Dictionary<double, int>();
        for (var n = 1; n <= document.NumberOfPages; n += step)
        {
            foreach (var letter in document.GetPage(n).Letters)
            {
                var size = Math.Round(letter.PointSize, 1);
                sizes[size] = sizes.GetValueOrDefault(size) + 1;
            }
        }

        return sizes.MaxBy(pair => pair.Value).Key;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+\.$")]
    private static partial System.Text.RegularExpressions.Regex FootnoteNumber();

    private static HashSet<int> ChapterOpenings(PdfDocument document)
    {
        var openings = new HashSet<int>();
        if (document.TryGetBookmarks(out var bookmarks))
        {
            foreach (var node in bookmarks.Roots.OfType<DocumentBookmarkNode>())
            {
                openings.Add(node.PageNumber);
            }
        }

        return openings;
    }

    private static double LinePitch(List<PageLines> pages, double bodySize)
    {
        var pitches = new List<double>();
        foreach (var page in pages)
        {
            var body = page.Lines.Where(l => l.Size == bodySize).OrderByDescending(l => l.Baseline).ToList();
            for (var i = 1; i < body.Count; i++)
            {
                pitches.Add(Math.Round(body[i - 1].Baseline - body[i].Baseline, 1));
            }
        }

        return pitches.Where(p => p > bodySize).GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault(bodySize * 1.45);
    }

    /// <summary>A page's words grouped into lines by baseline, y measured down from the page's top.</summary>
    private static PageLines ReadPage(Page page, double bodySize)
    {
        var words = page.GetWords().Where(w => w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = words
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .Select(g =>
            {
                var sorted = g.OrderBy(w => w.BoundingBox.Left).ToList();
                var size = Math.Round(sorted.SelectMany(w => w.Letters).GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(s => s.Count()).First().Key, 1);
                return new TextLineRead(page.Height - g.Key, size, sorted);
            })
            .ToList();

        var folio = lines.Where(l => l.Words.Count == 1 && IsPageNumber(l.Words[0].Text)).OrderByDescending(l => l.Baseline).FirstOrDefault();
        var isFolioAtFoot = folio is not null && folio.Baseline > page.Height * 0.85 && lines.All(l => l == folio || l.Baseline < folio.Baseline);
        var content = lines.Where(l => !(isFolioAtFoot && l == folio)).ToList();

        // A running head is a line alone above a rule near the top; leave lines in the top margin out of the content.
        content = content.Where(l => l.Baseline > page.Height * 0.1).OrderBy(l => l.Baseline).ToList();

        // Footnotes sit at the foot whatever the text above them: a trailing run of small lines from one that starts "12.".
        var notesFrom = content.Count;
        for (var k = content.Count - 1; k >= 0 && content[k].Size < bodySize; k--)
        {
            if (FootnoteNumber().IsMatch(content[k].Words[0].Text))
            {
                notesFrom = k;
            }
        }

        content = content.Take(notesFrom).ToList();
        var bottoms = content.Select(l => l.Baseline).Concat(page.GetImages().Select(i => page.Height - i.BoundingBox.Bottom)).ToList();
        var tops = content.Select(l => l.Baseline - l.Size).Concat(page.GetImages().Select(i => page.Height - i.BoundingBox.Top)).ToList();
        return new PageLines(content, bottoms.Count > 0 ? bottoms.Max() : null, tops.Count > 0 ? tops.Min() : null, isFolioAtFoot);
    }

    private static bool IsPageNumber(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _) || text.All(c => "ivxlcdm".Contains(c));

    private sealed record TextLineRead(double Baseline, double Size, List<Word> Words)
    {
        public double Right => Words[^1].BoundingBox.Right;
    }

    private sealed record PageLines(List<TextLineRead> Lines, double? ContentBottom, double? ContentTop, bool HasFolio);
}

/// <summary>What <see cref="PageQuality"/> found in one PDF.</summary>
internal sealed record QualityReport(
    string File, int Pages, int JustifiedLines, int LooseLines, int HyphenatedLines, IReadOnlyList<int> ShortPages, IReadOnlyList<int> UnnumberedPages, double LinePitch, double BodySize)
{
    public double LooseShare => JustifiedLines == 0 ? 0 : (double)LooseLines / JustifiedLines;

    public double HyphenatedShare => JustifiedLines == 0 ? 0 : (double)HyphenatedLines / JustifiedLines;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{File}: {Pages} pages, {JustifiedLines} justified lines (body {BodySize} pt, pitch {LinePitch} pt): " +
        $"loose {LooseLines} ({LooseShare:P2}), ending in a hyphen {HyphenatedLines} ({HyphenatedShare:P2}); " +
        $"short pages {ShortPages.Count} [{string.Join(' ', ShortPages.Take(12))}]; body pages without a folio {UnnumberedPages.Count} [{string.Join(' ', UnnumberedPages.Take(12))}]");
}
