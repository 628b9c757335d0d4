using System.Text.Json;

namespace Publisher.Benchmarks;

/// <summary>What one measured child run reports back to the suite, as one line of JSON on standard output.</summary>
/// <param name="PublishMilliseconds">Time spent in <c>BookPublisher.Publish</c> alone.</param>
/// <param name="CpuMilliseconds">Processor time the publish used on all cores (fairer than wall time on a busy machine).</param>
/// <param name="PeakWorkingSetBytes">The child process's peak working set after publishing.</param>
/// <param name="Error">Why nothing could be measured (a stage not built yet, failed diagnostics), or null.</param>
internal sealed record ChildRunResult(
    BenchFormat Format,
    double PublishMilliseconds,
    double CpuMilliseconds,
    long PeakWorkingSetBytes,
    IReadOnlyList<string> Artifacts,
    string? Error)
{
    public const string LinePrefix = "BENCH-RESULT ";

    public string ToLine() => LinePrefix + JsonSerializer.Serialize(this);

    /// <summary>The report in a child's output, or null when the child printed none.</summary>
    public static ChildRunResult? FromOutput(string output) =>
        output.Split('\n')
            .Where(line => line.StartsWith(LinePrefix, StringComparison.Ordinal))
            .Select(line => JsonSerializer.Deserialize<ChildRunResult>(line[LinePrefix.Length..]))
            .LastOrDefault();
}
