namespace Publisher.Benchmarks;

/// <summary>One row of the benchmark table.</summary>
/// <param name="ProcessWallTime">The whole child process, .NET start-up included.</param>
/// <param name="Pages">Pages of the book's PDF (the book's length, also for the EPUB row), or null when unknown.</param>
internal sealed record Measurement(
    BenchFormat Format,
    int Chapters,
    long MarkdownBytes,
    ChildRunResult Report,
    TimeSpan ProcessWallTime,
    int? Pages)
{
    public bool Measured => Report.Error is null;

    public double PublishSeconds => Report.PublishMilliseconds / 1000;

    public double CpuSeconds => Report.CpuMilliseconds / 1000;

    public double? PagesPerSecond => Pages is { } pages && PublishSeconds > 0 ? pages / PublishSeconds : null;

    public double PeakMegabytes => Report.PeakWorkingSetBytes / (1024.0 * 1024.0);
}
