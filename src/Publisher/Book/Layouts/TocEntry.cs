using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Book.Layouts;

/// <summary>
/// One entry of the table of contents as a layout file writes it (SUMMARY.md, book.yml's <c>chapters:</c>), with
/// book-relative paths not yet checked. The loader reads the chapters it names and turns it into <see cref="ContentsEntry"/>s.
/// </summary>
internal abstract record TocEntry(SourceLocation Location);

/// <summary>A part title over the entries that follow it.</summary>
internal sealed record TocPart(string Title, IReadOnlyList<TocEntry> Children, SourceLocation Location) : TocEntry(Location);

/// <summary>A chapter file, with the entries nested under it.</summary>
/// <param name="Path">Relative to the book folder, forward slashes, as written (not yet checked).</param>
/// <param name="Title">The title the contents give it; null when the chapter's own heading should name it.</param>
/// <param name="Number">mdBook's number for a numbered chapter, such as <c>1.2.</c>.</param>
internal sealed record TocChapter(
    string Path,
    string? Title,
    ChapterMatter Matter,
    IReadOnlyList<TocEntry> Children,
    SourceLocation Location,
    string? Number = null) : TocEntry(Location);

/// <summary>An entry for a section of a chapter listed earlier (<c>file.md#section</c>).</summary>
internal sealed record TocSection(string Path, string Anchor, string Title, SourceLocation Location) : TocEntry(Location);

/// <summary>Walks a table of contents.</summary>
internal static class TocEntries
{
    /// <summary>Every chapter entry in reading order, parents before their children.</summary>
    public static IEnumerable<TocChapter> Chapters(IEnumerable<TocEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry is TocChapter chapter)
            {
                yield return chapter;
            }

            var children = entry switch
            {
                TocChapter c => c.Children,
                TocPart p => p.Children,
                _ => [],
            };
            foreach (var child in Chapters(children))
            {
                yield return child;
            }
        }
    }
}
