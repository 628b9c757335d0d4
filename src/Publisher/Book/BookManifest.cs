using Publisher.Book.Layouts;
using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Book;

/// <summary>A path written in book.yml, with where it was written, for diagnostics that point at it.</summary>
internal sealed record ManifestPath(string Path, SourceLocation Location)
{
    /// <summary>The title a <c>chapters:</c> entry gives its chapter (<c>- file: x.md</c> + <c>title: ...</c>).</summary>
    public string? Title { get; init; }
}

/// <summary>
/// book.yml as read: every value checked for its type, defaults not yet derived (identifier, slug, page size
/// by language). <see cref="BookManifestReader"/> makes it; <see cref="BookLoader"/> turns it into <see cref="BookMetadata"/>.
/// </summary>
internal sealed record BookManifest
{
    public const string FileName = "book.yml";

    /// <summary>Null when book.yml has no usable title (PUB111 was reported).</summary>
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string Language { get; init; } = "en";
    public string? Identifier { get; init; }
    public string? Publisher { get; init; }
    public string? Date { get; init; }
    public string? Rights { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public ManifestPath? Cover { get; init; }
    public string? Version { get; init; }
    public int TocDepth { get; init; } = 2;

    /// <summary>The <c>chapters:</c> list in reading order, or null when book.yml has none.</summary>
    public IReadOnlyList<ManifestPath>? Chapters { get; init; }

    /// <summary>The <c>pdf:</c> section; null parts take their defaults from the language and page size.</summary>
    public PdfManifest Pdf { get; init; } = new();

    /// <summary>Where the book's source is kept (<c>https://github.com/owner/repo</c>), for links to its files.</summary>
    public string? Repository { get; init; }

    /// <summary>Where the book's web edition is published, for links to pages around it.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The table of contents a layout file gives (SUMMARY.md), or null when the chapters are <see cref="Chapters"/>
    /// or the files in content/.
    /// </summary>
    public IReadOnlyList<TocEntry>? Contents { get; init; }

    /// <summary>The keys the file set, so a book.yml can add to or override what book.toml or book.json says.</summary>
    public IReadOnlySet<string> GivenKeys { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The <c>fonts:</c> section: the book's own font files, not yet read.</summary>
    public FontsManifest Fonts { get; init; } = new();
}

/// <summary>The <c>pdf:</c> section of book.yml, in points; null when not given.</summary>
internal sealed record PdfManifest
{
    public (float Width, float Height)? PageSize { get; init; }
    public float? MarginTop { get; init; }
    public float? MarginBottom { get; init; }
    public float? MarginInner { get; init; }
    public float? MarginOuter { get; init; }
    public float? FontSize { get; init; }
    public bool? Hyphenate { get; init; }
    public bool? Floats { get; init; }
    public bool? SystemFonts { get; init; }

    /// <summary>Fills what book.yml left out with <see cref="PdfSettings.ForPage"/>: page size by language region, margins by page size.</summary>
    public PdfSettings ToSettings(string language)
    {
        var (width, height) = PageSize ?? PageGeometry.DefaultPageSize(language);
        var defaults = PdfSettings.ForPage(width, height);
        return defaults with
        {
            MarginTop = MarginTop ?? defaults.MarginTop,
            MarginBottom = MarginBottom ?? defaults.MarginBottom,
            MarginInner = MarginInner ?? defaults.MarginInner,
            MarginOuter = MarginOuter ?? defaults.MarginOuter,
            FontSize = FontSize ?? defaults.FontSize,
            Hyphenate = Hyphenate ?? true,
            Floats = Floats ?? true,
            SystemFonts = SystemFonts ?? false,
        };
    }
}
