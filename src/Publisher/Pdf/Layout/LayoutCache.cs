using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Pdf.Text;

namespace Publisher.Pdf.Layout;

/// <summary>
/// What a chapter's layout depends on besides the chapter itself: the page design, the fonts (the
/// <see cref="FontSet"/> is one object per set of font files) and the book's language (hyphenation).
/// </summary>
internal readonly record struct LayoutDesign(PdfSettings Settings, FontSet Fonts, string? Language);

/// <summary>
/// Chapters laid out and cut into pages, kept from one build to the next by <c>publisher watch</c>. A chapter is
/// the same chapter when the Markdown stage hands over the very same <see cref="ChapterDocument"/> (its cache keeps
/// it for an unchanged chapter) and the <see cref="LayoutDesign"/> is the same; then its pages are reused, and so are its finished
/// pages (running heads, folios) as long as it still starts on the same page number. Chapters start on a fresh page,
/// so a chapter whose length in pages did not change leaves every later chapter where it was.
/// </summary>
internal sealed class LayoutCache
{
    private readonly Dictionary<ChapterDocument, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ChapterDocument> _used = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _gate = new();
    private LayoutDesign? _design;
    private int _laidOut;

    /// <summary>
    /// The chapter's pages and structure element, laid out by <paramref name="layOut"/> unless an earlier build already
    /// did; its problems are reported either way.
    /// </summary>
    public PagedChapter Pages(
        ChapterDocument chapter,
        LayoutDesign design,
        DiagnosticBag diagnostics,
        Func<ChapterDocument, DiagnosticBag, PagedChapter> layOut)
    {
        Entry? entry;
        lock (_gate)
        {
            if (_design != design)
            {
                _entries.Clear();
                _design = design;
            }

            _used.Add(chapter);
            _entries.TryGetValue(chapter, out entry);
        }

        if (entry is null)
        {
            var reported = new DiagnosticBag();
            entry = new Entry(layOut(chapter, reported), reported.ToSortedList());
            lock (_gate)
            {
                _entries[chapter] = entry;
                _laidOut++;
            }
        }

        diagnostics.AddRange(entry.Diagnostics);
        return entry.Pages;
    }

    /// <summary>
    /// The chapter's finished pages (with those of the part it opens, if any) when they start on page
    /// <paramref name="firstNumber"/> of a book called <paramref name="bookTitle"/> under the parts titled
    /// <paramref name="partTitles"/>: those of the last build when all are unchanged, else made by <paramref name="finish"/>.
    /// </summary>
    public IReadOnlyList<PageFrame> Finished(ChapterDocument chapter, int firstNumber, string bookTitle, string partTitles, Func<IReadOnlyList<PageFrame>> finish)
    {
        Entry? entry;
        lock (_gate)
        {
            _entries.TryGetValue(chapter, out entry);
        }

        var key = (firstNumber, bookTitle, partTitles);
        if (entry?.Finished is { } finished && finished.Key == key)
        {
            return finished.Frames;
        }

        var frames = finish();
        if (entry is not null)
        {
            entry.Finished = (key, frames);
        }

        return frames;
    }

    /// <summary>
    /// Ends a build: forgets the chapters it did not have, so memory follows the book, and returns how many chapters it
    /// laid out anew (the others came from the cache). A build that stopped before layout forgets nothing.
    /// </summary>
    public int Sweep()
    {
        lock (_gate)
        {
            if (_used.Count == 0)
            {
                return 0;
            }

            foreach (var chapter in _entries.Keys.Where(chapter => !_used.Contains(chapter)).ToList())
            {
                _entries.Remove(chapter);
            }

            _used.Clear();
            var laidOut = _laidOut;
            _laidOut = 0;
            return laidOut;
        }
    }

    private sealed class Entry(PagedChapter pages, IReadOnlyList<Diagnostic> diagnostics)
    {
        public PagedChapter Pages { get; } = pages;

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

        public ((int FirstNumber, string BookTitle, string PartTitles) Key, IReadOnlyList<PageFrame> Frames)? Finished { get; set; }
    }
}
