using Publisher.Book;
using Publisher.Book.Layouts;

namespace Publisher.Markdown;

/// <summary>
/// Where the book lives besides the ebook: its files on a forge (<see cref="Repository"/>) and its web edition
/// (<see cref="WebEdition"/>), so links to repository files and to pages around the book can still go somewhere.
/// </summary>
/// <param name="PagesFolder">The book-relative folder whose files are the web edition's pages (mdBook's <c>src</c>).</param>
/// <param name="Lookup">Whether a book-relative path is a file, a folder, or nothing.</param>
internal sealed record LinkSite(RepositoryAddress? Repository, Uri? WebEdition, string PagesFolder, Func<string, BookPathKind> Lookup)
{
    /// <summary>No repository, no web edition: links to files that are not chapters stay errors.</summary>
    public static readonly LinkSite None = new(null, null, "", _ => BookPathKind.Missing);

    public static LinkSite Of(BookSource source) =>
        new(source.Layout.Repository, source.Layout.WebEdition, source.Layout.Settings.ChapterFolder.Trim('/'), source.Files.Kind)
        {
            LeftOutChapters = source.LeftOutChapters,
        };

    /// <summary>Listed chapters left out of the book for a problem already reported; a link to one keeps its text, with no new report.</summary>
    public IReadOnlySet<string> LeftOutChapters { get; init; } = new HashSet<string>();

    /// <summary>True when the book-relative path lies in the folder of the web edition's pages.</summary>
    public bool IsInPages(string bookRelativePath) =>
        PagesFolder.Length == 0 || bookRelativePath.StartsWith(PagesFolder + "/", StringComparison.Ordinal);

    /// <summary>The web edition's address of a chapter page: mdBook and GitBook publish <c>x.md</c> as <c>x.html</c>, <c>README.md</c> as <c>index.html</c>.</summary>
    public Uri? PageOf(string chapterPath)
    {
        if (WebEdition is null)
        {
            return null;
        }

        var page = IsInPages(chapterPath) && PagesFolder.Length > 0 ? chapterPath[(PagesFolder.Length + 1)..] : chapterPath;
        var slash = page.LastIndexOf('/');
        var name = page[(slash + 1)..];
        var stem = Path.GetFileNameWithoutExtension(name);
        var html = stem.Equals("README", StringComparison.OrdinalIgnoreCase) ? "index.html" : stem + ".html";
        return new Uri(WebEdition, string.Join('/', page[..(slash + 1)].Split('/').Select(Uri.EscapeDataString)) + Uri.EscapeDataString(html));
    }
}
