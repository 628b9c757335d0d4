namespace Publisher.Document;

/// <summary>The book's metadata from <c>book.yml</c>, with defaults filled in.</summary>
internal sealed record BookMetadata
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>BCP 47 language tag, e.g. <c>en-US</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>ISBN or URN; a stable <c>urn:uuid:</c> derived from title and authors when absent.</summary>
    public required string Identifier { get; init; }

    public string? Publisher { get; init; }
    public string? Date { get; init; }
    public string? Rights { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public string? Version { get; init; }

    /// <summary>How many heading levels the tables of contents show (1 = chapters only).</summary>
    public int TocDepth { get; init; } = 2;

    /// <summary>The file-name stem of the artifacts, e.g. <c>the-publisher-guide</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The one timestamp of the build: SOURCE_DATE_EPOCH, else the newest git commit, else a fixed date.</summary>
    public DateTimeOffset Modified { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public ImageResource? CoverImage { get; init; }

    public PdfSettings Pdf { get; init; } = new();

    /// <summary>The fonts the book brings (<c>fonts:</c>); empty when it uses the bundled ones.</summary>
    public BookFonts Fonts { get; init; } = BookFonts.None;
}
