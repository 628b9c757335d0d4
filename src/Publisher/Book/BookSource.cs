using Publisher.Document;
namespace Publisher.Book;

/// <summary>The book as read from disk: metadata checked, chapters decoded, in reading order.</summary>
/// <param name="VersionOrigin">Where <see cref="BookMetadata.Version"/> came from.</param>
internal sealed record BookSource(
    string RootDirectory,
    BookMetadata Metadata,
    IReadOnlyList<ChapterSource> Chapters,
    BookFiles Files,
    VersionOrigin VersionOrigin = VersionOrigin.None);

/// <summary>One chapter file's text, decoded from UTF-8 (BOM removed; mojibake repaired when asked).</summary>
/// <param name="RelativePath">Relative to the book folder, forward slashes, e.g. <c>content/01-intro.md</c>.</param>
internal sealed record ChapterSource(int Index, string RelativePath, string Text);
