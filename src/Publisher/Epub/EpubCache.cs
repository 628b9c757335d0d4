using System.Globalization;
using System.Text;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>
/// Chapter pages kept from one build to the next (by <c>publisher watch</c>): a chapter's XHTML is made again only
/// when anything it is made of changed: the chapter (the Markdown stage's cache hands over the very same
/// <see cref="ChapterDocument"/> for an unchanged one), the PDF page breaks that fall in it, the book's language, or the
/// file names of the chapters its links lead to. The bytes are the same as without the cache.
/// </summary>
internal sealed class EpubCache
{
    private readonly Dictionary<ChapterDocument, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ChapterDocument> _used = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _gate = new();
    private int _made;

    /// <summary>
    /// The chapter's XHTML and its manifest properties: those of the last build when nothing it is made of changed,
    /// else made by <paramref name="make"/>.
    /// </summary>
    public (byte[] Content, IReadOnlyList<string> Properties) Chapter(
        BookDocument book, ChapterDocument chapter, PageMap pages, Func<(byte[], IReadOnlyList<string>)> make)
    {
        var key = KeyOf(book, chapter, pages);
        lock (_gate)
        {
            _used.Add(chapter);
            if (_entries.TryGetValue(chapter, out var known) && known.Key == key)
            {
                return (known.Content, known.Properties);
            }
        }

        var (content, properties) = make();
        lock (_gate)
        {
            _entries[chapter] = new Entry(key, content, properties);
            _made++;
        }

        return (content, properties);
    }

    /// <summary>
    /// Ends a build: forgets the chapters it did not have, so memory follows the book, and returns how many chapter
    /// pages it made anew. A build that wrote no EPUB forgets nothing.
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
            var made = _made;
            _made = 0;
            return made;
        }
    }

    /// <summary>Everything besides the chapter itself that its page is made of, written out as one string.</summary>
    private static string KeyOf(BookDocument book, ChapterDocument chapter, PageMap pages)
    {
        var key = new StringBuilder(book.Metadata.Language).Append('\n');
        foreach (var other in book.Chapters)
        {
            key.Append(other.Index.ToString(CultureInfo.InvariantCulture)).Append('=').Append(EpubNames.ChapterFile(other)).Append('\n');
        }

        foreach (var page in pages.Pages)
        {
            if (page.Place is TextPlace place && place.ChapterIndex == chapter.Index)
            {
                key.Append(page.Label).Append('@').AppendJoin('.', place.Position.Path).Append(':')
                    .Append(place.Position.Offset.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return key.ToString();
    }

    private sealed record Entry(string Key, byte[] Content, IReadOnlyList<string> Properties);
}
