using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Publisher.Book;

/// <summary>
/// The one timestamp of a build, so identical input gives identical output: the caller's timestamp, else
/// SOURCE_DATE_EPOCH, else the newest git commit touching the book folder, else a fixed date.
/// </summary>
internal static class BuildTimestamp
{
    public static readonly DateTimeOffset Fixed = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Resolve(DateTimeOffset? requested, string bookDirectory) =>
        Resolve(requested, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), () => NewestGitCommit(bookDirectory));

    /// <summary>The precedence rule on its own, so it can be checked without touching the environment.</summary>
    public static DateTimeOffset Resolve(DateTimeOffset? requested, string? sourceDateEpoch, Func<DateTimeOffset?> gitCommit)
    {
        var chosen = requested ?? FromEpoch(sourceDateEpoch) ?? gitCommit() ?? Fixed;
        return WholeSecondsUtc(chosen);
    }

    private static DateTimeOffset WholeSecondsUtc(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());

    private static DateTimeOffset? FromEpoch(string? seconds) =>
        long.TryParse(seconds?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) &&
        value <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(value)
            : null;

    /// <summary>Runs <c>git log -1 --format=%ct -- .</c> in the book folder; null when git or a repository is missing.</summary>
    public static DateTimeOffset? NewestGitCommit(string bookDirectory)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = bookDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "log", "-1", "--format=%ct", "--", "." })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var errors = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            if (!git.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                git.Kill();
                return null;
            }

            errors.Wait();
            return git.ExitCode == 0 ? FromEpoch(output) : null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            // No git on this machine: the timestamp falls back quietly.
            return null;
        }
    }
}
