using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Diagnostics;
using Publisher.Publishing;

namespace Publisher.Cli;

/// <summary>
/// The report <c>--json</c> prints on stdout, for scripts such as the build script: what the run wrote (path, size,
/// SHA-256), the book's title and version with where the version came from, every diagnostic, and the counts.
/// The README's "The command line" section describes it; keep the two in step.
/// </summary>
internal sealed record JsonReport(
    string Command,
    bool Succeeded,
    JsonReport.BookPart Book,
    IReadOnlyList<JsonReport.Artifact> Artifacts,
    IReadOnlyList<JsonReport.Problem> Diagnostics,
    JsonReport.Totals Counts)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Book titles and messages stay readable ("Café", "â€™") rather than \u-escaped; this is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report of a finished <c>build</c> or <c>check</c>.</summary>
    public static JsonReport From(string command, PublishResult result) => new(
        command,
        result.Succeeded,
        new BookPart(result.BookTitle, result.BookVersion, VersionSourceName(result.BookVersionSource))
        {
            Layout = result.Layout,
            Contents = result.Contents.Select(item => new ContentsLine(item.Depth, item.Title, item.File)).ToList(),
        },
        result.Artifacts.Select(Describe).ToList(),
        result.Diagnostics.Select(Describe).ToList(),
        new Totals(result.ErrorCount, result.WarningCount, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info)));

    /// <summary>Writes the report as one indented JSON document.</summary>
    public void WriteTo(TextWriter output) => output.WriteLine(JsonSerializer.Serialize(this, Options));

    /// <summary>How the report names where a version came from: the option or file that gave it.</summary>
    public static string? VersionSourceName(BookVersionSource source) => source switch
    {
        BookVersionSource.Options => "--book-version",
        BookVersionSource.Manifest => "book.yml",
        BookVersionSource.Default => "--default-book-version",
        _ => null,
    };

    private static Artifact Describe(string path)
    {
        using var file = File.OpenRead(path);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(file));
        return new Artifact(path, Path.GetExtension(path).TrimStart('.').ToLowerInvariant(), file.Length, sha256);
    }

    private static Problem Describe(Diagnostic diagnostic)
    {
        var located = diagnostic.Location is { Line: > 0 } location ? location : null;
        return new Problem(
            diagnostic.Code,
            diagnostic.Severity.ToString().ToLowerInvariant(),
            diagnostic.Location?.File,
            located?.Line,
            located is null ? null : Math.Max(located.Column, 1),
            diagnostic.Message,
            diagnostic.Hint);
    }

    /// <param name="VersionSource">"--book-version", "book.yml" or "--default-book-version"; null without a version.</param>
    internal sealed record BookPart(string? Title, string? Version, string? VersionSource)
    {
        /// <summary>The layout the book folder was recognised as, e.g. "mdBook (book.toml, src/SUMMARY.md)".</summary>
        public string? Layout { get; init; }

        /// <summary>The parts and chapters the ebooks are built from, in reading order.</summary>
        public IReadOnlyList<ContentsLine> Contents { get; init; } = [];
    }

    /// <param name="Depth">0 for the top entries, 1 for what is nested under them, ...</param>
    /// <param name="File">The chapter's file, relative to the book folder; null for a part.</param>
    internal sealed record ContentsLine(int Depth, string Title, string? File);

    /// <param name="Path">The full path of the file written.</param>
    /// <param name="Format">"epub" or "pdf".</param>
    /// <param name="Size">In bytes.</param>
    /// <param name="Sha256">Lower-case hex, as <c>sha256sum</c> prints it.</param>
    internal sealed record Artifact(string Path, string Format, long Size, string Sha256);

    /// <param name="File">Relative to the book folder, forward slashes; null when the problem is not in a file.</param>
    /// <param name="Line">1-based; null when the problem concerns the file as a whole.</param>
    internal sealed record Problem(string Code, string Severity, string? File, int? Line, int? Column, string Message, string? Hint);

    internal sealed record Totals(int Errors, int Warnings, int Infos);
}
