using System.Diagnostics;
using System.Globalization;
using Publisher.Pdf.Text.Hyphenation;

namespace Publisher.Benchmarks;

/// <summary>
/// The typography half of the benchmark (issue 13): page quality of the book's PDF on A4 and on A5
/// (<see cref="PageQuality"/>), and what hyphenation costs: the PDF's CPU time with and without it (each the best of
/// five fresh processes, alternating), and the time to read each language's patterns.
/// </summary>
internal static class TypographyBenchmark
{
    private const int CostRuns = 5;

    public static void Run(string bookDirectory, string? a4Pdf, TextWriter output, bool variants = true)
    {
        output.WriteLine();
        output.WriteLine("page quality (loose: mean word gap over half the line pitch; short: text ends above 60% of the text block, next page no chapter opening)");
        if (a4Pdf is not null)
        {
            output.WriteLine("  A4  " + PageQuality.Measure(a4Pdf));
        }

        if (!variants)
        {
            return; // the A5 and unhyphenated variants copy a book.yml book; the mdBook scenario is measured at A4 only
        }

        var a5 = Variant(bookDirectory, "a5", "pdf:\n  pageSize: A5\n");
        var (a5Report, _) = ChildProcess.Publish(BenchFormat.Pdf, a5, Path.Combine(a5, "artifacts"));
        if (a5Report.Artifacts.FirstOrDefault(p => p.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) is { } a5Pdf)
        {
            output.WriteLine("  A5  " + PageQuality.Measure(a5Pdf));
        }

        var plain = Variant(bookDirectory, "unhyphenated", "pdf:\n  hyphenate: false\n");
        var (with, without) = BestCpu(bookDirectory, plain);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hyphenation cost (PDF, A4, CPU s, best of {CostRuns}, runs alternated): with {with:0.00}, without {without:0.00}: {with - without:+0.00;-0.00} s ({(with - without) / with:P1} of the PDF's time; goal under 5%)"));
        output.WriteLine("pattern loading (first use of a language in a process): " + PatternLoadTimes());
    }

    /// <summary>A copy of the book whose book.yml ends with <paramref name="pdfSection"/>.</summary>
    private static string Variant(string bookDirectory, string name, string pdfSection)
    {
        var target = Path.Combine(Path.GetDirectoryName(bookDirectory)!, Path.GetFileName(bookDirectory) + "-" + name);
        foreach (var folder in new[] { "content", "images" })
        {
            var source = Path.Combine(bookDirectory, folder);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy, overwrite: true);
            }
        }

        File.WriteAllText(Path.Combine(target, "book.yml"), File.ReadAllText(Path.Combine(bookDirectory, "book.yml")) + pdfSection);
        return target;
    }

    /// <summary>
    /// The best CPU time of each book's PDF over <see cref="CostRuns"/> fresh processes, the two books alternating so a
    /// change in the machine's load falls on both alike.
    /// </summary>
    private static (double Hyphenated, double Unhyphenated) BestCpu(string hyphenated, string unhyphenated)
    {
        var best = (Hyphenated: double.MaxValue, Unhyphenated: double.MaxValue);
        for (var run = 0; run < CostRuns; run++)
        {
            best.Hyphenated = Math.Min(best.Hyphenated, Cpu(hyphenated, $"hyphenated-{run}"));
            best.Unhyphenated = Math.Min(best.Unhyphenated, Cpu(unhyphenated, $"unhyphenated-{run}"));
        }

        return best;
    }

    private static double Cpu(string bookDirectory, string label)
    {
        var (report, _) = ChildProcess.Publish(BenchFormat.Pdf, bookDirectory, Path.Combine(bookDirectory, $"artifacts-{label}"));
        if (report.Error is not null)
        {
            throw new InvalidOperationException($"the {label} PDF failed: {report.Error}");
        }

        return report.CpuMilliseconds / 1000;
    }

    private static string PatternLoadTimes()
    {
        var times = new List<string>();
        foreach (var tag in HyphenationLanguages.PatternTags.Order())
        {
            var clock = Stopwatch.StartNew();
            var hyphenator = HyphenationLanguages.For(tag)!;
            hyphenator.Breaks("hyphenation");
            times.Add(string.Create(CultureInfo.InvariantCulture, $"{tag} {clock.Elapsed.TotalMilliseconds:0.0} ms"));
        }

        return string.Join(", ", times);
    }
}
