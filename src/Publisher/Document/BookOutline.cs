namespace Publisher.Document;

/// <summary>What an outline entry stands for.</summary>
internal enum OutlineKind
{
    /// <summary>A chapter's start.</summary>
    Chapter,

    /// <summary>A heading inside a chapter, or a contents entry for one.</summary>
    Section,

    /// <summary>A part title over the chapters it groups; it has a page only in the PDF.</summary>
    Part,
}

/// <summary>
/// One entry of the book's outline: a part, a chapter (<paramref name="AnchorId"/> null, its start) or a heading inside
/// it, with the entries nested under it.
/// </summary>
/// <param name="Level">The depth in the outline: 1 for the top entries, 2 for what is nested under them, and so on.</param>
/// <param name="ChapterIndex">The chapter the entry points into; for a part, its first chapter.</param>
internal sealed record OutlineItem(string Title, int Level, int ChapterIndex, string? AnchorId, IReadOnlyList<OutlineItem> Children)
{
    public OutlineKind Kind { get; init; } = AnchorId is null ? OutlineKind.Chapter : OutlineKind.Section;

    /// <summary>For a part: its 0-based place among the book's parts, which names its page in the PDF.</summary>
    public int PartIndex { get; init; } = -1;
}

/// <summary>
/// The book's outline, the one source of every table of contents (EPUB nav and NCX, the PDF's contents pages and
/// bookmarks). It follows the book's contents as the author arranged them (<see cref="BookDocument.Contents"/>: parts,
/// chapters nested under chapters, entries for sections, mdBook's chapter numbers) or, without them, lists every
/// chapter in order. Under each chapter come its headings down to <see cref="BookMetadata.TocDepth"/> levels below its
/// title, nested by level; the heading that titles the chapter is the chapter entry itself.
/// </summary>
internal static class BookOutline
{
    public static IReadOnlyList<OutlineItem> Of(BookDocument book)
    {
        var depth = Math.Max(1, book.Metadata.TocDepth);
        if (book.Contents is null)
        {
            return book.Chapters.Select(chapter => ChapterEntry(chapter, null, 1, depth, [])).ToList();
        }

        var parts = 0;
        return Entries(book, book.Contents, 1, depth, ref parts);
    }

    /// <summary>Every entry in reading order, parents before their children.</summary>
    public static IEnumerable<OutlineItem> Flatten(IEnumerable<OutlineItem> entries) =>
        entries.SelectMany(e => Flatten(e.Children).Prepend(e));

    /// <summary>How many levels deep the outline goes.</summary>
    public static int Depth(IEnumerable<OutlineItem> entries) =>
        entries.Select(e => 1 + Depth(e.Children)).DefaultIfEmpty(0).Max();

    /// <summary>The parts of the book in order, each with the index of the chapter it opens before.</summary>
    public static IReadOnlyList<OutlineItem> Parts(IEnumerable<OutlineItem> entries) =>
        Flatten(entries).Where(e => e.Kind == OutlineKind.Part).ToList();

    private static List<OutlineItem> Entries(BookDocument book, IReadOnlyList<ContentsEntry> contents, int level, int depth, ref int parts)
    {
        var entries = new List<OutlineItem>();
        foreach (var entry in contents)
        {
            switch (entry)
            {
                case ContentsPart part:
                    var partIndex = parts++;
                    var children = Entries(book, part.Children, level + 1, depth, ref parts);
                    if (children.Count > 0)
                    {
                        entries.Add(new OutlineItem(part.Title, level, children[0].ChapterIndex, null, children) { Kind = OutlineKind.Part, PartIndex = partIndex });
                    }

                    break;
                case ContentsChapter listed:
                    var nested = Entries(book, listed.Children, level + 1, depth, ref parts);
                    entries.Add(ChapterEntry(book.Chapters[listed.ChapterIndex], listed.Number, level, depth, nested));
                    break;
                case ContentsSection section:
                    entries.Add(new OutlineItem(section.Title, level, section.ChapterIndex, section.AnchorId, []));
                    break;
            }
        }

        return entries;
    }

    private static OutlineItem ChapterEntry(ChapterDocument chapter, string? number, int level, int depth, List<OutlineItem> nested)
    {
        var titleHeading = chapter.TitleHeading;
        var titleLevel = titleHeading?.Level ?? 1;
        var sections = chapter.Headings
            .Where(h => h != titleHeading)
            .Select(h => (Relative: Math.Max(h.Level - titleLevel + 1, 2), h.PlainText, h.Id))
            .Where(h => h.Relative <= depth)
            .ToList();
        var index = 0;
        var children = Nest(chapter.Index, sections, ref index, 2, level - 1);
        var title = number is null ? chapter.Title : $"{number} {chapter.Title}";
        return new OutlineItem(title, level, chapter.Index, null, [.. children, .. nested]);
    }

    private static List<OutlineItem> Nest(int chapterIndex, List<(int Relative, string Title, string Id)> headings, ref int index, int relative, int offset)
    {
        var entries = new List<OutlineItem>();
        while (index < headings.Count && headings[index].Relative >= relative)
        {
            var heading = headings[index++];
            var children = Nest(chapterIndex, headings, ref index, heading.Relative + 1, offset);
            entries.Add(new OutlineItem(heading.Title, heading.Relative + offset, chapterIndex, heading.Id, children));
        }

        return entries;
    }
}
