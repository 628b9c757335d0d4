using Publisher.Diagnostics;

namespace Publisher.Document;

/// <summary>Where a chapter stands in the book: among the numbered chapters, before them, or after them.</summary>
internal enum ChapterMatter
{
    /// <summary>The body of the book (mdBook's numbered chapters; every chapter of a book without a SUMMARY.md).</summary>
    Body,

    /// <summary>Before the body: mdBook's prefix chapters (an introduction, a foreword), GitBook's README.</summary>
    Front,

    /// <summary>After the body: mdBook's suffix chapters (contributors, an afterword).</summary>
    Back,
}

/// <summary>
/// One entry of the book's table of contents as its author arranged it (SUMMARY.md, book.yml's <c>chapters:</c>,
/// or the chapter files in order). <see cref="BookOutline"/> adds each chapter's headings under it.
/// </summary>
internal abstract record ContentsEntry;

/// <summary>A part: a title over the chapters it groups. The PDF gives it a title page of its own.</summary>
internal sealed record ContentsPart(string Title, IReadOnlyList<ContentsEntry> Children) : ContentsEntry;

/// <summary>A chapter, with the sub-chapters and section entries listed under it.</summary>
/// <param name="Number">mdBook's number of a numbered chapter (<c>1.2.</c>); null for other chapters.</param>
internal sealed record ContentsChapter(int ChapterIndex, IReadOnlyList<ContentsEntry> Children, string? Number = null) : ContentsEntry;

/// <summary>
/// An entry for a section inside a chapter (SUMMARY.md's <c>file.md#section</c> when <c>file.md</c> is already a chapter).
/// </summary>
/// <param name="Location">Where the entry is written, for reporting an anchor that does not exist.</param>
internal sealed record ContentsSection(int ChapterIndex, string AnchorId, string Title, SourceLocation? Location = null) : ContentsEntry;
