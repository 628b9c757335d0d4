namespace Publisher.Document;

/// <summary>
/// The format-neutral book: what the EPUB and PDF writers receive. It never holds Markdig types,
/// and every path in it has already been resolved and checked.
/// </summary>
internal sealed record BookDocument(
    BookMetadata Metadata,
    IReadOnlyList<ChapterDocument> Chapters,
    IReadOnlyList<ImageResource> Images)
{
    /// <summary>The cover image, when <c>book.yml</c> names one.</summary>
    public ImageResource? Cover => Metadata.CoverImage;

    /// <summary>
    /// The table of contents as the author arranged it (parts, nested chapters, section entries); null for every
    /// chapter in reading order, one level. <see cref="BookOutline"/> reads it.
    /// </summary>
    public IReadOnlyList<ContentsEntry>? Contents { get; init; }
}
