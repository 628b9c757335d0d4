using System.Globalization;
using Publisher.Diagnostics;
using Publisher.Publishing;

namespace Publisher.Cli;

/// <summary>
/// Prints what a run found and did: diagnostics and the count line on stderr (plus GitHub annotation lines on
/// stdout inside GitHub Actions), the artifacts written with their sizes, and progress lines on a terminal.
/// With <paramref name="json"/>, stdout carries only the JSON report and every line for people goes to stderr.
/// </summary>
internal sealed class RunReport(CliContext context, string bookDirectory, bool json = false)
{
    /// <summary>Where results for people go: stdout, unless stdout is kept for the JSON report.</summary>
    private TextWriter Results => json ? context.Stderr : context.Stdout;

    /// <summary>A short line for a person watching; scripts and logs do not get it.</summary>
    public void Progress(string line)
    {
        if (context.IsTerminal)
        {
            context.Stderr.WriteLine(line);
        }
    }

    /// <summary>Every diagnostic in the library's order (file, line, column), then the count line.</summary>
    public void Diagnostics(PublishResult result, bool warningsAsErrors)
    {
        var annotations = context.InGitHubActions
            ? new GitHubAnnotations(bookDirectory, GitHubWorkspace())
            : null;
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Stderr.WriteLine(diagnostic.ToString());
            if (annotations is not null)
            {
                Results.WriteLine(annotations.Format(diagnostic));
            }
        }

        context.Stderr.WriteLine(CountLine(result.ErrorCount, result.WarningCount));
        if (warningsAsErrors && result.ErrorCount == 0 && result.WarningCount > 0)
        {
            context.Stderr.WriteLine("publisher: warnings are treated as errors (--warnings-as-errors)");
        }
    }

    /// <summary>The layout the book was recognised as and the parts and chapters it will be built from, for people.</summary>
    public void Contents(PublishResult result)
    {
        if (result.Layout is not null)
        {
            Results.WriteLine($"layout: {result.Layout}");
        }

        if (result.Contents.Count == 0)
        {
            return;
        }

        var chapters = result.Contents.Count(item => item.File is not null);
        Results.WriteLine(chapters == 1 ? "1 chapter:" : $"{chapters} chapters:");
        foreach (var item in result.Contents)
        {
            var indent = new string(' ', 2 + (2 * item.Depth));
            Results.WriteLine(item.File is null ? $"{indent}[part] {item.Title}" : $"{indent}{item.Title}  ({item.File})");
        }
    }

    /// <summary>The files written, with sizes, and how long the build took.</summary>
    public void Artifacts(PublishResult result, TimeSpan elapsed)
    {
        foreach (var artifact in result.Artifacts)
        {
            var size = File.Exists(artifact) ? FormatSize(new FileInfo(artifact).Length) : "missing";
            Results.WriteLine($"wrote {DisplayPath(artifact)} ({size})");
        }

        var title = result.BookTitle is null ? "the book" : $"'{result.BookTitle}'";
        Results.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"built {title} in {elapsed.TotalSeconds:0.00} s"));
    }

    /// <summary>A closing line for people, such as "'Title' is ready to publish."</summary>
    public void Result(string line) => Results.WriteLine(line);

    /// <summary>With <c>--json</c>, the JSON report on stdout; otherwise nothing.</summary>
    public void Json(string command, PublishResult result)
    {
        if (json)
        {
            JsonReport.From(command, result).WriteTo(context.Stdout);
        }
    }

    /// <summary>A path as a person wants to read it: relative to the current folder when it lies inside it.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(context.CurrentDirectory, fullPath);
        if (relative == ".")
        {
            // "Building ." says little; the folder's own name says which book.
            return Path.GetFileName(Path.TrimEndingDirectorySeparator(fullPath)) is { Length: > 0 } name ? name : fullPath;
        }

        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    /// <summary>Formats as <c>2 errors, 1 warning</c>.</summary>
    public static string CountLine(int errors, int warnings) =>
        $"{Count(errors, "error")}, {Count(warnings, "warning")}";

    /// <summary>A file size in the units a reader expects: <c>812 B</c>, <c>14.2 KB</c>, <c>3.1 MB</c>.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    // GitHub maps annotation paths against the checked-out repository, which may hold the book in a subfolder.
    private string GitHubWorkspace() =>
        context.GetEnvironmentVariable("GITHUB_WORKSPACE") is { Length: > 0 } workspace
            ? context.FullPath(workspace)
            : context.CurrentDirectory;
}
