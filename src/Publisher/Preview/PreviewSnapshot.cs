using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Preview;

/// <summary>Where the latest build of a watched book stands.</summary>
internal enum BuildState
{
    /// <summary>A change was seen and the book is being built.</summary>
    Building,

    /// <summary>The latest build wrote the ebooks.</summary>
    Succeeded,

    /// <summary>The latest build found errors; the preview and the ebooks are those of the last good build.</summary>
    Failed,
}

/// <summary>An ebook file the last good build wrote, which the preview links to.</summary>
/// <param name="FileName">Its name in the output folder, e.g. <c>the-guide.pdf</c>.</param>
/// <param name="FullPath">Where it is.</param>
internal sealed record PreviewArtifact(string FileName, string FullPath);

/// <summary>
/// Everything the preview shows at one moment: the last good book, the diagnostics of the latest build, where that
/// build stands and the ebook files. Immutable: the watch replaces it as a whole, so a page is always rendered from one
/// consistent state.
/// </summary>
internal sealed record PreviewSnapshot
{
    /// <summary>Tells one run of the watch from another, so a page left open from an earlier run reloads.</summary>
    public required string Session { get; init; }

    /// <summary>Grows with every change of what the preview shows (a page's bar shows it).</summary>
    public int Revision { get; init; }

    /// <summary>The number of the latest build (1 is the first).</summary>
    public int Build { get; init; }

    public BuildState State { get; init; } = BuildState.Building;

    /// <summary>The book of the last build that had no errors; null until there is one.</summary>
    public BookDocument? Document { get; init; }

    /// <summary>The build that made <see cref="Document"/>; the pages reload when it changes.</summary>
    public int DocumentBuild { get; init; }

    /// <summary>Every problem the latest finished build found, in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The ebook files of the last good build.</summary>
    public IReadOnlyList<PreviewArtifact> Artifacts { get; init; } = [];

    /// <summary>When the latest build finished (local time, for people); null while the first one runs.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Changes exactly when the pages' content changes: a page showing another version reloads.</summary>
    public string DocumentVersion => $"{Session}-{DocumentBuild}";

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
