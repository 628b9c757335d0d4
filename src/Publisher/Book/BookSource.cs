using Publisher.Book.Directives;
using Publisher.Book.Layouts;
using Publisher.Document;
namespace Publisher.Book;

/// <summary>The book as read from disk: metadata checked, chapters decoded, in reading order.</summary>
/// <param name="VersionOrigin">Where <see cref="BookMetadata.Version"/> came from.</param>
internal sealed record BookSource(
    string RootDirectory,
    BookMetadata Metadata,
    IReadOnlyList<ChapterSource> Chapters,
    BookFiles Files,
    VersionOrigin VersionOrigin = VersionOrigin.None)
{
    /// <summary>The table of contents as the author arranged it; null for a flat list of the chapters in order.</summary>
    public IReadOnlyList<ContentsEntry>? Contents { get; init; }

    /// <summary>Listed chapter files left out of the book (unreadable or empty, already reported): links to them are no new problem.</summary>
    public IReadOnlySet<string> LeftOutChapters { get; init; } = new HashSet<string>();

    /// <summary>The layout the folder was recognised as, and where the book lives on the web.</summary>
    public BookLayout Layout { get; init; } = new(BookLayoutKind.Publisher, [], new LayoutSettings());
}

/// <summary>One chapter file's text, decoded from UTF-8 (BOM removed; mojibake repaired when asked).</summary>
/// <param name="RelativePath">Relative to the book folder, forward slashes, e.g. <c>content/01-intro.md</c>.</param>
/// <param name="Text">The text as Markdown reads it: with mdBook directives or GitBook template tags expanded.</param>
internal sealed record ChapterSource(int Index, string RelativePath, string Text)
{
    /// <summary>Where each stretch of <see cref="Text"/> was written, when directives brought in other files; null when it is the file as is.</summary>
    public MappedText? Map { get; init; }

    /// <summary>The title the table of contents gives the chapter (SUMMARY.md, book.yml); null to take it from its heading.</summary>
    public string? Title { get; init; }

    public ChapterMatter Matter { get; init; } = ChapterMatter.Body;

    /// <summary>mdBook hides lines starting with <c>#</c> in Rust code blocks (rustdoc's convention).</summary>
    public bool HidesRustLines { get; init; }
}
