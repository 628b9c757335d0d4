using System.Globalization;
using Publisher.Publishing;

namespace Publisher.Cli;

/// <summary>
/// What <c>publisher watch</c> prints: where the preview is, then for every build what changed, its problems
/// (on stderr, as <c>build</c> prints them) and what it wrote, with its timings.
/// </summary>
internal sealed class WatchReport(CliContext context, WatchOptions options, bool openBrowser) : IWatchObserver
{
    private readonly RunReport _report = new(context, options.BookDirectory);

    public void Serving(Uri address)
    {
        var output = options.OutputDirectory ?? Path.Combine(options.BookDirectory, "artifacts");
        context.Stdout.WriteLine($"Serving the preview of {_report.DisplayPath(options.BookDirectory)} at {address} (Ctrl+C stops)");
        var verb = options.Formats == OutputFormats.All ? "go" : "goes";
        context.Stdout.WriteLine($"The {CommonOptions.FormatName(options.Formats)} {verb} to {_report.DisplayPath(output)} after every change");
        if (openBrowser)
        {
            context.OpenBrowser(address);
        }
    }

    public void Rebuilding(IReadOnlyList<string> changed)
    {
        var what = changed.Count switch
        {
            1 => changed[0],
            2 => $"{changed[0]} and {changed[1]}",
            _ => $"{changed[0]} and {changed.Count - 1} more files",
        };
        context.Stderr.WriteLine($"{Now()} {what} changed; rebuilding");
    }

    public void Previewing(int number)
    {
        // Said with the build's line when it is done: the preview is quicker than anyone reads a terminal.
    }

    public void Built(WatchBuild build)
    {
        var result = build.Result;
        if (result.Diagnostics.Count > 0 || !result.Succeeded)
        {
            _report.Diagnostics(result, warningsAsErrors: false);
        }

        if (!result.Succeeded)
        {
            context.Stderr.WriteLine($"{Now()} build {build.Number} failed; the last good ebooks and preview are kept");
            return;
        }

        var written = string.Join(", ", result.Artifacts.Select(_report.DisplayPath));
        var preview = build.PreviewReady is { } ready ? $", preview after {Seconds(ready)}" : "";
        context.Stdout.WriteLine($"{Now()} build {build.Number}: wrote {written} in {Seconds(build.Elapsed)}{preview} ({Work(build)})");
    }

    public void Stopped() => context.Stdout.WriteLine($"{Now()} stopped");

    private static string Work(WatchBuild build)
    {
        var work = build.Work;
        var converted = work.ChaptersConverted == work.ChaptersParsed ? "" : $", {work.ChaptersConverted} converted";
        // Every PDF build paints its front matter again (the contents page holds page numbers), so none means no PDF.
        var painted = work.PagesPainted == 0 ? "" : $", {work.PagesPainted} {(work.PagesPainted == 1 ? "page" : "pages")} painted";
        return $"{Chapters(work.ChaptersParsed)} parsed{converted}, {work.ChaptersLaidOut} laid out{painted}";
    }

    private static string Chapters(int count) => count == 1 ? "1 chapter" : $"{count} chapters";

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s");
}
