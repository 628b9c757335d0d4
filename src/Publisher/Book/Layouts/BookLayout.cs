namespace Publisher.Book.Layouts;

/// <summary>The layout a book folder was recognised as, the files that said so, and what they set.</summary>
/// <param name="Files">The files read, book-relative, e.g. <c>book.toml</c>, <c>src/SUMMARY.md</c>, <c>book.yml</c>.</param>
internal sealed record BookLayout(BookLayoutKind Kind, IReadOnlyList<string> Files, LayoutSettings Settings)
{
    /// <summary>Where the book's files are on a forge, when book.yml, book.toml, book.json or <c>.git/config</c> says.</summary>
    public RepositoryAddress? Repository { get; init; }

    /// <summary>Where the web edition is published (book.yml's <c>url:</c>), for links to pages around the book.</summary>
    public Uri? WebEdition { get; init; }

    /// <summary>For people: <c>mdBook (book.toml, src/SUMMARY.md)</c>.</summary>
    public string Description => $"{Name} ({string.Join(", ", Files)})";

    private string Name => Kind switch
    {
        BookLayoutKind.MdBook => "mdBook",
        BookLayoutKind.GitBook => "GitBook/HonKit",
        _ => "Publisher",
    };
}
