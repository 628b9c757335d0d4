using System.Globalization;

namespace Publisher.Benchmarks;

/// <summary>
/// Builds each stress book (<see cref="StressBooks"/>) at n, 2n and 4n, every format in a fresh process, and prints
/// time and peak memory with the growth from one size to the next: about 2x is linear, about 4x is quadratic.
/// </summary>
internal static class StressSuite
{
    public static int Run(BenchmarkOptions options)
    {
        var scenarios = options.Stress is "all"
            ? StressBooks.All
            : options.Stress!.Split(',').Select(name => StressBooks.Find(name) ?? throw new ArgumentException($"unknown stress scenario '{name}'")).ToList();
        var formats = options.StressFormat is { } only ? [only] : new[] { BenchFormat.Epub, BenchFormat.Pdf };
        var workspace = Path.Combine(Path.GetTempPath(), "publisher-stress", Guid.NewGuid().ToString("N"));
        var rows = new List<string[]>();
        try
        {
            foreach (var scenario in scenarios)
            {
                var n = options.StressSize ?? scenario.BaseSize;
                Console.WriteLine($"{scenario.Name}: {scenario.Description}");
                var previous = new Dictionary<BenchFormat, ChildRunResult>();
                foreach (var size in new[] { n, 2 * n, 4 * n })
                {
                    var book = Path.Combine(workspace, $"{scenario.Name}-{size}");
                    var bytes = StressBooks.Write(scenario, book, size);
                    foreach (var format in formats)
                    {
                        var output = Path.Combine(book, "artifacts-" + format.ToString().ToLowerInvariant());
                        var (report, _) = ChildProcess.Publish(format, book, output);
                        rows.Add(Row(scenario, size, bytes, format, report, previous.GetValueOrDefault(format)));
                        Console.WriteLine("  " + string.Join("  ", rows[^1]));
                        previous[format] = report;
                    }
                }
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

        Console.WriteLine();
        Console.WriteLine("growth from the previous size (n doubles each time): about 2x is linear, about 4x quadratic");
        ReportTable.Write([["scenario", "n", "KB", "format", "publish s", "cpu s", "peak MB", "time x", "cpu x", "status"], .. rows], Console.Out);
        return rows.Any(row => !row[^1].StartsWith("ok", StringComparison.Ordinal)) ? 1 : 0;
    }

    private static string[] Row(StressScenario scenario, int size, long bytes, BenchFormat format, ChildRunResult report, ChildRunResult? previous)
    {
        var measured = report.Error is null || (scenario.ExpectsErrors && report.Error.StartsWith("publishing failed", StringComparison.Ordinal));
        var comparable = measured && previous is not null && (previous.Error is null || scenario.ExpectsErrors);
        return
        [
            scenario.Name,
            F(size, "0"),
            F(bytes / 1024.0, "0"),
            format.ToString().ToUpperInvariant(),
            measured ? F(report.PublishMilliseconds / 1000, "0.00") : "-",
            measured ? F(report.CpuMilliseconds / 1000, "0.00") : "-",
            measured ? F(report.PeakWorkingSetBytes / (1024.0 * 1024.0), "0") : "-",
            comparable ? F(report.PublishMilliseconds / previous!.PublishMilliseconds, "0.0") + "x" : "-",
            comparable ? F(report.CpuMilliseconds / previous!.CpuMilliseconds, "0.0") + "x" : "-",
            report.Error is null ? "ok" : measured ? "ok (errors expected)" : report.Error.Length <= 60 ? report.Error : report.Error[..57] + "...",
        ];
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
