namespace Publisher.Document;

/// <summary>
/// One entry of the book's outline: a chapter (<paramref name="AnchorId"/> null, its start) or a heading inside it,
/// with the entries nested under it.
/// </summary>
/// <param name="Level">1 for a chapter, 2 and deeper for its sections.</param>
internal sealed record OutlineItem(string Title, int Level, int ChapterIndex, string? AnchorId, IReadOnlyList<OutlineItem> Children);

/// <summary>
/// The book's outline, the one source of every table of contents (EPUB nav and NCX, the PDF's contents pages and
/// bookmarks): each chapter, and under it its headings down to <see cref="BookMetadata.TocDepth"/>, nested by level.
/// The chapter's title heading is the chapter entry itself; any other level-1 heading counts as level 2.
/// </summary>
internal static class BookOutline
{
    public static IReadOnlyList<OutlineItem> Of(BookDocument book)
    {
        var depth = Math.Max(1, book.Metadata.TocDepth);
        return book.Chapters.Select(chapter => ChapterEntry(chapter, depth)).ToList();
    }

    /// <summary>Every entry in reading order, parents before their children.</summary>
    public static IEnumerable<OutlineItem> Flatten(IEnumerable<OutlineItem> entries) =>
        entries.SelectMany(e => Flatten(e.Children).Prepend(e));

    /// <summary>How many levels deep the outline goes.</summary>
    public static int Depth(IEnumerable<OutlineItem> entries) =>
        entries.Select(e => 1 + Depth(e.Children)).DefaultIfEmpty(0).Max();

    private static OutlineItem ChapterEntry(ChapterDocument chapter, int depth)
    {
        var titleHeading = chapter.Headings.FirstOrDefault(h => h.Level == 1);
        var sections = chapter.Headings
            .Where(h => h != titleHeading && Math.Max(h.Level, 2) <= depth)
            .Select(h => (Level: Math.Max(h.Level, 2), h.PlainText, h.Id))
            .ToList();
        var index = 0;
        return new OutlineItem(chapter.Title, 1, chapter.Index, null, Nest(chapter.Index, sections, ref index, 2));
    }

    private static List<OutlineItem> Nest(int chapterIndex, List<(int Level, string Title, string Id)> headings, ref int index, int level)
    {
        var entries = new List<OutlineItem>();
        while (index < headings.Count && headings[index].Level >= level)
        {
            var heading = headings[index++];
            var children = Nest(chapterIndex, headings, ref index, heading.Level + 1);
            entries.Add(new OutlineItem(heading.Title, heading.Level, chapterIndex, heading.Id, children));
        }

        return entries;
    }
}
