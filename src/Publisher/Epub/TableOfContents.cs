namespace Publisher.Epub;

/// <summary>One entry of the table of contents, with its sub-entries.</summary>
/// <param name="Href">Relative to the package document, e.g. <c>ch02.xhtml#tables</c>.</param>
internal sealed record TocEntry(string Label, string Href, IReadOnlyList<TocEntry> Children);

/// <summary>
/// The book's outline, shared by the nav document and the NCX: one entry per chapter, and under it the
/// chapter's headings down to <see cref="BookMetadata.TocDepth"/>, nested by level.
/// </summary>
internal static class TableOfContents
{
    public static IReadOnlyList<TocEntry> Build(BookDocument book) =>
        book.Chapters.Select(chapter => ChapterEntry(chapter, Math.Max(1, book.Metadata.TocDepth))).ToList();

    private static TocEntry ChapterEntry(ChapterDocument chapter, int depth)
    {
        var file = EpubNames.ChapterFile(chapter);
        var titleHeading = chapter.Headings.FirstOrDefault(h => h.Level == 1);
        var headings = chapter.Headings
            .Where(h => h != titleHeading && h.Level <= depth)
            .Select(h => (Level: Math.Max(h.Level, 2), Entry: new Node(h.PlainText, $"{file}#{h.Id}")))
            .ToList();

        var root = new Node(chapter.Title, file);
        var open = new Stack<(int Level, Node Node)>();
        open.Push((1, root));
        foreach (var (level, entry) in headings)
        {
            while (open.Peek().Level >= level)
            {
                open.Pop();
            }

            open.Peek().Node.Children.Add(entry);
            open.Push((level, entry));
        }

        return root.ToEntry();
    }

    private sealed class Node(string label, string href)
    {
        public List<Node> Children { get; } = [];

        public TocEntry ToEntry() => new(
            string.IsNullOrWhiteSpace(label) ? href : label,
            href,
            Children.Select(c => c.ToEntry()).ToList());
    }

    /// <summary>Every entry in reading order, parents before their children.</summary>
    public static IEnumerable<TocEntry> Flatten(IEnumerable<TocEntry> entries) =>
        entries.SelectMany(e => Flatten(e.Children).Prepend(e));

    /// <summary>How many levels deep the outline goes.</summary>
    public static int Depth(IEnumerable<TocEntry> entries) =>
        entries.Select(e => 1 + Depth(e.Children)).DefaultIfEmpty(0).Max();
}
