namespace Publisher.Book;

/// <summary>What the Book stage needs to read a book: where it is and how to treat its text and version.</summary>
/// <param name="BookDirectory">The folder holding <c>book.yml</c>, <c>content/</c> and <c>images/</c>.</param>
/// <param name="FixEncoding">Repair common mojibake instead of only reporting it.</param>
/// <param name="Version">The version to stamp; <c>book.yml</c>'s when null.</param>
/// <param name="Timestamp">The build timestamp; resolved from SOURCE_DATE_EPOCH or git when null.</param>
/// <param name="DefaultVersion">The version to stamp when neither <paramref name="Version"/> nor book.yml gives one.</param>
internal sealed record BookLoadRequest(
    string BookDirectory,
    bool FixEncoding = false,
    string? Version = null,
    DateTimeOffset? Timestamp = null,
    string? DefaultVersion = null)
{
    /// <summary>Where the build records every file it reads and every path it looks for (for the watch); null when nobody asks.</summary>
    public BookInputs? Inputs { get; init; }

    /// <summary>Images checked by an earlier build of the same book; null for a one-off build.</summary>
    public ImageCache? Images { get; init; }
}

/// <summary>Which of the versions a book could get it got (see <see cref="BookLoadRequest"/>).</summary>
internal enum VersionOrigin
{
    /// <summary>No version at all.</summary>
    None,

    /// <summary><see cref="BookLoadRequest.Version"/>, given by the caller.</summary>
    Request,

    /// <summary><c>version</c> in book.yml.</summary>
    Manifest,

    /// <summary><see cref="BookLoadRequest.DefaultVersion"/>, since nothing else gave one.</summary>
    Default,
}
