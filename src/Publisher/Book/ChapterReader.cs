using Publisher.Book.Directives;
using Publisher.Book.Layouts;
using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Book;

/// <summary>
/// Reads the chapters a table of contents lists, in reading order: each path checked (inside the book, PUB110;
/// existing, PUB105; listed once, PUB113), its text decoded and checked, empty files left out (PUB106), and the
/// layout's directives expanded. Then turns the table of contents into the Document's, by chapter index. Every chapter
/// file read, and every one looked for in vain, is recorded in <paramref name="inputs"/>.
/// </summary>
internal sealed class ChapterReader(BookPaths paths, BookInputs inputs, bool fixEncoding, ChapterDirectives directives, BookLayoutKind layout, DiagnosticBag diagnostics)
{
    // A "did you mean" for a missing chapter compares its name with every file in its folder; past this many missing
    // chapters they are reported without one, so a wrong list of thousands of files is not the square of its length.
    private const int MaximumMissingChapterHints = 100;

    private readonly Dictionary<string, int> _indexByPath = new(StringComparer.Ordinal);
    private int _hintsLeft = MaximumMissingChapterHints;
    private readonly Dictionary<TocChapter, string> _checkedPaths = [];

    /// <summary>Listed chapter files that exist but were left out (unreadable, empty); their own problem is already reported.</summary>
    public HashSet<string> LeftOut { get; } = new(StringComparer.Ordinal);

    public List<ChapterSource> Read(IReadOnlyList<TocEntry> toc)
    {
        var listed = new List<(TocChapter Entry, string Path)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in TocEntries.Chapters(toc))
        {
            if (Check(entry) is not { } relative)
            {
                continue;
            }

            if (!seen.Add(relative))
            {
                diagnostics.Warning(
                    DiagnosticCodes.DuplicateChapterEntry,
                    $"'{entry.Path}' is listed twice in 'chapters'; the second entry is ignored",
                    entry.Location);
                continue;
            }

            _checkedPaths[entry] = relative;
            listed.Add((entry, relative));
        }

        var texts = ReadTexts(listed.Select(l => l.Path).ToList());
        var chapters = new List<ChapterSource>();
        for (var i = 0; i < listed.Count; i++)
        {
            if (texts[i] is not { } mapped)
            {
                LeftOut.Add(listed[i].Path);
                continue;
            }

            var (entry, relative) = listed[i];
            _indexByPath[relative] = chapters.Count;
            chapters.Add(new ChapterSource(chapters.Count, relative, mapped.Text)
            {
                Map = mapped.IsVerbatim ? null : mapped,
                Title = entry.Title,
                Matter = entry.Matter,
                HidesRustLines = layout == BookLayoutKind.MdBook,
            });
        }

        return chapters;
    }

    /// <summary>The table of contents by chapter index; entries whose file was left out give their children to their parent.</summary>
    public IReadOnlyList<ContentsEntry> Contents(IReadOnlyList<TocEntry> toc) => toc.SelectMany(Convert).ToList();

    private IEnumerable<ContentsEntry> Convert(TocEntry entry)
    {
        switch (entry)
        {
            case TocPart part:
                var children = part.Children.SelectMany(Convert).ToList();
                return children.Count == 0 ? [] : [new ContentsPart(part.Title, children)];
            case TocChapter chapter:
                var nested = chapter.Children.SelectMany(Convert).ToList();
                return _checkedPaths.TryGetValue(chapter, out var path) && _indexByPath.TryGetValue(path, out var index)
                    ? [new ContentsChapter(index, nested, chapter.Number)]
                    : nested;
            case TocSection section when _indexByPath.TryGetValue(section.Path, out var sectionChapter):
                return [new ContentsSection(sectionChapter, section.Anchor, section.Title, section.Location)];
            default:
                return [];
        }
    }

    // Chapters are read and expanded in parallel; each keeps its place in the reading order.
    private MappedText?[] ReadTexts(List<string> relativePaths)
    {
        var texts = new MappedText?[relativePaths.Count];
        Parallel.For(0, relativePaths.Count, i =>
        {
            var relative = relativePaths[i];
            var text = BookTextFile.ReadText(paths, inputs, relative, fixEncoding, diagnostics);
            if (text is null)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Warning(
                    DiagnosticCodes.EmptyChapter,
                    "the chapter is empty; it is left out of the book",
                    new SourceLocation(relative, 1, 1));
                return;
            }

            texts[i] = directives.Expand(relative, text);
        });
        return texts;
    }

    private string? Check(TocChapter entry)
    {
        var full = paths.FileInside(entry.Path, paths.Root, out var refusal);
        if (full is null)
        {
            diagnostics.Error(
                DiagnosticCodes.PathEscapesBook,
                $"chapter '{entry.Path}' is not read: {refusal}",
                entry.Location);
            return null;
        }

        if (!File.Exists(full))
        {
            inputs.PathMissing(full);
            var closest = _hintsLeft-- > 0 ? ClosestFile(full) : null;
            diagnostics.Error(
                DiagnosticCodes.ChapterFileMissing,
                $"chapter file '{entry.Path}' not found; looked for '{paths.Relative(full)}'",
                entry.Location,
                closest is null ? null : $"did you mean '{closest}'?");
            return null;
        }

        return paths.Relative(full);
    }

    private string? ClosestFile(string missing)
    {
        var folder = Path.GetDirectoryName(missing);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        var names = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().ToList();
        var closest = EditDistance.Closest(Path.GetFileName(missing), names);
        return closest is null ? null : paths.Relative(Path.Combine(folder, closest));
    }
}
