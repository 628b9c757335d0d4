using System.Diagnostics;
using Publisher.Publishing;

namespace Publisher.Benchmarks;

/// <summary>
/// One measured publish in this process (the suite starts a fresh process per run, so peak memory belongs
/// to that run alone). Prints a <see cref="ChildRunResult"/> line; stages that are not built yet are reported, not thrown.
/// </summary>
internal static class SingleRun
{
    public static int Run(BenchFormat format, BenchmarkOptions options)
    {
        var publish = new PublishOptions
        {
            BookDirectory = options.BookDirectory!,
            OutputDirectory = options.OutputDirectory!,
            Formats = format switch
            {
                BenchFormat.Epub => OutputFormats.Epub,
                BenchFormat.Pdf => OutputFormats.Pdf,
                _ => OutputFormats.All,
            },
            Timestamp = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };

        var cpuBefore = CpuTime();
        var clock = Stopwatch.StartNew();
        ChildRunResult report;
        try
        {
            var result = BookPublisher.Publish(publish);
            clock.Stop();
            var error = result.Succeeded ? null : FirstError(result);
            report = new ChildRunResult(format, clock.Elapsed.TotalMilliseconds, (CpuTime() - cpuBefore).TotalMilliseconds, PeakWorkingSet(), result.Artifacts, error);
        }
        catch (Exception e)
        {
            clock.Stop();
            var reason = e is NotImplementedException ? "not measurable yet" : "failed";
            report = new ChildRunResult(format, clock.Elapsed.TotalMilliseconds, (CpuTime() - cpuBefore).TotalMilliseconds, PeakWorkingSet(), [], $"{reason}: {e.GetType().Name}: {e.Message}");
        }

        Console.WriteLine(report.ToLine());
        return report.Error is null ? 0 : 1;
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static long PeakWorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }

    private static string FirstError(PublishResult result)
    {
        var first = result.Diagnostics.FirstOrDefault(d => d.Severity == Publisher.Diagnostics.DiagnosticSeverity.Error);
        return $"publishing failed with {result.ErrorCount} error(s){(first is null ? string.Empty : $", first: {first}")}";
    }
}
