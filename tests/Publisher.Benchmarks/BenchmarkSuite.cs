using UglyToad.PdfPig;

namespace Publisher.Benchmarks;

/// <summary>
/// The benchmark: generate a synthetic book, publish it as EPUB, as PDF and as both, each in a fresh process,
/// and print wall time, pages, pages per second and peak memory; with --scale, at 10, 25 and 50 chapters. Without
/// --scale it then judges the pages and times hyphenation (<see cref="TypographyBenchmark"/>).
/// </summary>
internal static class BenchmarkSuite
{
    // Issue 3's targets for the 50-chapter book: both formats in one process, start-up included.
    private static readonly TimeSpan TargetWallTime = TimeSpan.FromSeconds(4);
    private const double TargetPeakMegabytes = 600;

    public static int Run(BenchmarkOptions options)
    {
        var chapterCounts = options.Scale ? new[] { 10, 25, 50 } : [options.Chapters];
        var workspace = Path.Combine(Path.GetTempPath(), "publisher-bench", Guid.NewGuid().ToString("N"));
        var rows = new List<Measurement>();
        try
        {
            foreach (var chapters in chapterCounts)
            {
                rows.AddRange(MeasureBook(Path.Combine(workspace, $"book-{chapters}"), chapters, options.Layout, includeAll: !options.Scale || chapters == chapterCounts[^1]));
            }

            ReportTable.Print(rows, Console.Out);
            if (options.Scale)
            {
                ReportTable.PrintScaling(rows, Console.Out);
            }

            PrintTargets(rows);
            if (!options.Scale)
            {
                var pdf = rows.FirstOrDefault(row => row.Format == BenchFormat.Pdf)?.Report.Artifacts
                    .FirstOrDefault(path => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
                TypographyBenchmark.Run(Path.Combine(workspace, $"book-{options.Chapters}"), pdf, Console.Out, variants: options.Layout == BenchLayout.Book);
            }
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"kept: {workspace}");
            }
            else if (Directory.Exists(workspace))
            {
                Directory.Delete(workspace, recursive: true);
            }
        }

        return 0;
    }

    private static IEnumerable<Measurement> MeasureBook(string bookDirectory, int chapters, BenchLayout layout, bool includeAll)
    {
        var book = layout == BenchLayout.MdBook ? SyntheticMdBook.Write(bookDirectory, chapters) : SyntheticBook.Write(bookDirectory, chapters);
        var shape = layout == BenchLayout.MdBook ? "an mdBook of" : "a book.yml book of";
        Console.WriteLine($"generated {shape} {chapters} chapters, {book.MarkdownBytes / 1024} KB of Markdown, {book.ImageCount} images in {bookDirectory}");

        var formats = includeAll ? new[] { BenchFormat.Epub, BenchFormat.Pdf, BenchFormat.All } : [BenchFormat.Epub, BenchFormat.Pdf];
        var measured = new List<Measurement>();
        foreach (var format in formats)
        {
            var output = Path.Combine(bookDirectory, "artifacts-" + format.ToString().ToLowerInvariant());
            var (report, wall) = ChildProcess.Publish(format, bookDirectory, output);
            measured.Add(new Measurement(format, chapters, book.MarkdownBytes, report, wall, PdfPages(report)));
            Console.WriteLine($"  {format,-4} {(report.Error is null ? "done" : report.Error)}");
        }

        // The EPUB has no pages; give its row the book's length from the PDF so both rows read alike.
        var pages = measured.Select(m => m.Pages).FirstOrDefault(p => p is not null);
        return measured.Select(m => m.Format == BenchFormat.Epub && m.Measured ? m with { Pages = pages } : m);
    }

    private static int? PdfPages(ChildRunResult report)
    {
        var pdf = report.Artifacts.FirstOrDefault(path => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        if (pdf is null || !File.Exists(pdf))
        {
            return null;
        }

        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static void PrintTargets(IReadOnlyList<Measurement> rows)
    {
        var both = rows.LastOrDefault(row => row.Format == BenchFormat.All);
        if (both is null)
        {
            return;
        }

        if (!both.Measured)
        {
            Console.WriteLine($"targets for {both.Chapters} chapters: not measurable yet ({both.Report.Error})");
            return;
        }

        var timeMet = both.ProcessWallTime < TargetWallTime;
        var memoryMet = both.PeakMegabytes < TargetPeakMegabytes;
        Console.WriteLine(
            $"targets for {both.Chapters} chapters, EPUB+PDF in one process incl. start-up: " +
            $"{both.ProcessWallTime.TotalSeconds:0.00} s (< {TargetWallTime.TotalSeconds:0} s: {(timeMet ? "met" : "MISSED")}), " +
            $"peak {both.PeakMegabytes:0} MB (< {TargetPeakMegabytes:0} MB: {(memoryMet ? "met" : "MISSED")})");
    }
}
