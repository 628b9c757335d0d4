using System.Globalization;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>
/// Checks the table of contents against the parsed chapters: a section entry (<c>file.md#section</c>) must name an
/// id in its chapter. An id that differs only in case is taken, with a warning (PUB217); none is PUB202.
/// </summary>
internal static class ContentsCheck
{
    public static IReadOnlyList<ContentsEntry> Check(IReadOnlyList<ContentsEntry> contents, IReadOnlyList<ParsedChapter> chapters, DiagnosticBag diagnostics) =>
        Check(contents, chapters, [], diagnostics);

    private static List<ContentsEntry> Check(
        IReadOnlyList<ContentsEntry> contents, IReadOnlyList<ParsedChapter> chapters, Dictionary<int, Dictionary<string, string>> ignoringCase, DiagnosticBag diagnostics) =>
        contents.Select(entry => Check(entry, chapters, ignoringCase, diagnostics)).OfType<ContentsEntry>().ToList();

    /// <summary>For each chapter, a key naming what it is listed under, so titles are compared among siblings only.</summary>
    public static Dictionary<int, string> ParentKeys(IReadOnlyList<ContentsEntry> contents)
    {
        var keys = new Dictionary<int, string>();
        Collect(contents, "", keys);
        return keys;
    }

    private static void Collect(IEnumerable<ContentsEntry> entries, string parent, Dictionary<int, string> keys)
    {
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case ContentsPart part:
                    Collect(part.Children, parent + "/part:" + part.Title, keys);
                    break;
                case ContentsChapter chapter:
                    keys[chapter.ChapterIndex] = parent;
                    Collect(chapter.Children, parent + "/" + chapter.ChapterIndex.ToString(CultureInfo.InvariantCulture), keys);
                    break;
            }
        }
    }

    private static ContentsEntry? Check(
        ContentsEntry entry, IReadOnlyList<ParsedChapter> chapters, Dictionary<int, Dictionary<string, string>> ignoringCase, DiagnosticBag diagnostics) => entry switch
    {
        ContentsPart part => part with { Children = Check(part.Children, chapters, ignoringCase, diagnostics) },
        ContentsChapter chapter => chapter with { Children = Check(chapter.Children, chapters, ignoringCase, diagnostics) },
        ContentsSection section => Section(section, chapters[section.ChapterIndex], ignoringCase, diagnostics),
        _ => entry,
    };

    private static ContentsSection? Section(
        ContentsSection section, ParsedChapter chapter, Dictionary<int, Dictionary<string, string>> ignoringCase, DiagnosticBag diagnostics)
    {
        if (chapter.Ids.Contains(section.AnchorId))
        {
            return section;
        }

        if (!ignoringCase.TryGetValue(chapter.Source.Index, out var ids))
        {
            ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var id in chapter.Ids.All.Order(StringComparer.Ordinal))
            {
                ids.TryAdd(id, id);
            }

            ignoringCase[chapter.Source.Index] = ids;
        }

        if (ids.GetValueOrDefault(section.AnchorId) is { } sameButCase)
        {
            diagnostics.Warning(
                DiagnosticCodes.AnchorCaseMismatch,
                $"The contents entry '#{section.AnchorId}' matches the id '#{sameButCase}' in {chapter.Source.RelativePath} only when case is ignored; it points there",
                section.Location,
                $"write '#{sameButCase}'");
            return section with { AnchorId = sameButCase };
        }

        var nearest = Suggestions.Nearest(section.AnchorId, chapter.Ids.All);
        diagnostics.Error(
            DiagnosticCodes.AnchorUnresolved,
            $"The contents entry points to '#{section.AnchorId}', which does not exist in {chapter.Source.RelativePath}",
            section.Location,
            nearest is null ? null : $"did you mean '#{nearest}'?");
        return null;
    }
}
