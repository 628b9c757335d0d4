namespace Publisher.Document;

/// <summary>One chapter: one Markdown file, one XHTML file in the EPUB, one or more pages in the PDF.</summary>
/// <param name="Index">0-based position in reading order.</param>
/// <param name="SourcePath">The Markdown file, relative to the book folder, forward slashes (e.g. <c>content/11-ai.md</c>).</param>
/// <param name="Id">A stable id for the chapter, unique in the book (e.g. <c>ch01</c>); the EPUB file is <c>{Id}.xhtml</c>.</param>
/// <param name="Title">Plain text of the first H1, or the file name when there is none.</param>
/// <param name="Blocks">The content, including the title heading.</param>
/// <param name="Footnotes">Notes in order of first reference; numbers restart in every chapter.</param>
internal sealed record ChapterDocument(
    int Index,
    string SourcePath,
    string Id,
    string Title,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<Footnote> Footnotes)
{
    /// <summary>Every heading of the chapter in order, with its level and unique id: the TOC and outline source.</summary>
    public IEnumerable<HeadingBlock> Headings => Blocks.OfType<HeadingBlock>();

    /// <summary>
    /// The id of the heading that titles the chapter (its first <c>#</c>, or the <c>##</c> an mdBook sub-chapter opens
    /// with); null when no heading does. When null, the first level-1 heading, if any, is taken.
    /// </summary>
    public string? TitleHeadingId { get; init; }

    /// <summary>Front matter, body or back matter.</summary>
    public ChapterMatter Matter { get; init; } = ChapterMatter.Body;

    /// <summary>The heading that titles the chapter, if any.</summary>
    public HeadingBlock? TitleHeading =>
        TitleHeadingId is null ? Headings.FirstOrDefault(h => h.Level == 1) : Headings.FirstOrDefault(h => h.Id == TitleHeadingId);
}

/// <summary>A footnote of one chapter.</summary>
/// <param name="Id">Unique within the chapter, e.g. <c>fn-1</c>; the reference's id is <c>fnref-1</c>.</param>
/// <param name="Number">Display number, 1-based, per chapter.</param>
internal sealed record Footnote(string Id, int Number, IReadOnlyList<Block> Blocks);
