using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>One chapter after the second pass: its document, the images it shows, what it reported and what it asked.</summary>
/// <param name="Images">The images the chapter shows, in reading order (may repeat).</param>
/// <param name="Diagnostics">Everything its conversion reported, the answers to its queries included.</param>
internal sealed record ConvertedChapter(
    ChapterDocument Document,
    IReadOnlyList<ImageResource> Images,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<ChapterQuery> Queries)
{
    /// <summary>Whether the book's chapter titles followed the series pattern (see <c>ChapterTitles</c>) when it was converted.</summary>
    public bool Series { get; init; }
}

/// <summary>
/// Parsed and converted chapters kept from one build to the next by <c>publisher watch</c>. A chapter is parsed
/// again only when its text or its place in the book changed, and converted again only when it was parsed again or
/// one of the questions its conversion asked of the rest of the book (<see cref="ChapterQuery"/>) gets another
/// answer. An unchanged chapter therefore keeps the very same <see cref="ChapterDocument"/>, which is how the
/// writers' caches recognise it.
/// </summary>
internal sealed class ChapterCache
{
    private readonly Dictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private int _parsed;
    private int _converted;

    /// <summary>The chapter parsed, with what parsing reported: the earlier result when the source is the same.</summary>
    public (ParsedChapter Chapter, IReadOnlyList<Diagnostic> Diagnostics) Parse(ChapterSource source, Func<ChapterSource, (ParsedChapter, IReadOnlyList<Diagnostic>)> parse)
    {
        lock (_gate)
        {
            _used.Add(source.RelativePath);
            if (_byPath.TryGetValue(source.RelativePath, out var entry) && entry.Source == source)
            {
                return (entry.Parsed, entry.ParseDiagnostics);
            }
        }

        var (parsed, diagnostics) = parse(source);
        lock (_gate)
        {
            _byPath[source.RelativePath] = new Entry(source, parsed, diagnostics);
            _parsed++;
        }

        return (parsed, diagnostics);
    }

    /// <summary>
    /// The earlier conversion of <paramref name="chapter"/>, when every question it asked still gets the same answer
    /// and the chapter titles still follow the series pattern as they did (<paramref name="series"/>).
    /// </summary>
    public ConvertedChapter? Reusable(ParsedChapter chapter, ILinkResolver links, IContentFiles files, bool series)
    {
        ConvertedChapter? converted;
        lock (_gate)
        {
            converted = _byPath.TryGetValue(chapter.Source.RelativePath, out var entry) && entry.Parsed == chapter ? entry.Converted : null;
        }

        return converted is not null && converted.Series == series && converted.Queries.All(query => query.StillHolds(chapter, links, files)) ? converted : null;
    }

    public void Store(ParsedChapter chapter, ConvertedChapter converted)
    {
        lock (_gate)
        {
            if (_byPath.TryGetValue(chapter.Source.RelativePath, out var entry) && entry.Parsed == chapter)
            {
                entry.Converted = converted;
            }

            _converted++;
        }
    }

    /// <summary>
    /// Ends a build: forgets the chapters it did not have, so memory follows the book, and returns how many chapters it
    /// parsed and converted anew (the others came from the cache).
    /// A build that stopped before reading the chapters forgets nothing.
    /// </summary>
    public (int Parsed, int Converted) Sweep()
    {
        lock (_gate)
        {
            if (_used.Count == 0)
            {
                return (0, 0);
            }

            foreach (var path in _byPath.Keys.Where(path => !_used.Contains(path)).ToList())
            {
                _byPath.Remove(path);
            }

            _used.Clear();
            var counts = (_parsed, _converted);
            (_parsed, _converted) = (0, 0);
            return counts;
        }
    }

    private sealed class Entry(ChapterSource source, ParsedChapter parsed, IReadOnlyList<Diagnostic> parseDiagnostics)
    {
        public ChapterSource Source { get; } = source;
        public ParsedChapter Parsed { get; } = parsed;
        public IReadOnlyList<Diagnostic> ParseDiagnostics { get; } = parseDiagnostics;
        public ConvertedChapter? Converted { get; set; }
    }
}
