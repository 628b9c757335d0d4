using System.Diagnostics;

namespace Publisher.Benchmarks;

/// <summary>Runs this benchmark again as a fresh process for one measured publish, the way a user's build starts.</summary>
internal static class ChildProcess
{
    /// <summary>The child's own report and the wall time of the whole process, start-up included.</summary>
    public static (ChildRunResult Report, TimeSpan ProcessWallTime) Publish(BenchFormat format, string bookDirectory, string outputDirectory)
    {
        var start = SelfStartInfo();
        foreach (var argument in new[] { "--single", format.ToString().ToLowerInvariant(), "--book", bookDirectory, "--out", outputDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the benchmark child process");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();

        var report = ChildRunResult.FromOutput(output)
            ?? new ChildRunResult(format, 0, 0, 0, [], $"child process {Describe(process.ExitCode)} without a report: {LastLine(errors.Result)}");
        return (report, clock.Elapsed);
    }

    private static ProcessStartInfo SelfStartInfo()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(ChildProcess).Assembly.Location;
        // Started as "dotnet Publisher.Benchmarks.dll": the host needs the assembly; an apphost does not.
        var isDotnetHost = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(host);
        if (isDotnetHost)
        {
            start.ArgumentList.Add(assembly);
        }

        return start;
    }

    // On Unix a process killed by signal N exits with 128 + N (139: segmentation fault, 137: killed, e.g. out of memory).
    private static string Describe(int exitCode) => exitCode > 128 && !OperatingSystem.IsWindows()
        ? $"crashed (signal {exitCode - 128})"
        : $"exited with {exitCode}";

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
