using Publisher.Diagnostics;
namespace Publisher.Publishing;

/// <summary>What a publishing run did: its diagnostics, sorted by file and line, and the files it wrote.</summary>
/// <param name="Diagnostics">Every problem found, in file and line order.</param>
/// <param name="Artifacts">Full paths of the files written; empty when the run failed.</param>
/// <param name="BookTitle">The book's title, when <c>book.yml</c> could be read.</param>
public sealed record PublishResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Artifacts,
    string? BookTitle)
{
    /// <summary>True when no diagnostic stopped the run.</summary>
    public bool Succeeded { get; init; }

    /// <summary>The version stamped into the ebooks, when the book has one (and book.yml could be read).</summary>
    public string? BookVersion { get; init; }

    /// <summary>Where <see cref="BookVersion"/> came from.</summary>
    public BookVersionSource BookVersionSource { get; init; }

    /// <summary>The number of error diagnostics.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The number of warning diagnostics.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>The layout the book folder was recognised as, with the files read: <c>mdBook (book.toml, src/SUMMARY.md)</c>.</summary>
    public string? Layout { get; init; }

    /// <summary>The parts and chapters the ebooks are built from, in reading order, nested as in the contents.</summary>
    public IReadOnlyList<ContentsItem> Contents { get; init; } = [];
}

/// <summary>One line of the book's contents as <c>publisher check</c> lists them.</summary>
/// <param name="Depth">0 for the top entries, 1 for what is nested under them, ...</param>
/// <param name="Title">The chapter's or part's title, with mdBook's number when it has one.</param>
/// <param name="File">The chapter's Markdown file, relative to the book folder; null for a part.</param>
public sealed record ContentsItem(int Depth, string Title, string? File);
