using System.Text.RegularExpressions;
using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>Parses every chapter with the one Markdig pipeline and builds the format-neutral document.</summary>
internal static partial class DocumentBuilder
{
    public static BookDocument Build(BookSource source, DiagnosticBag diagnostics, ChapterCache? cache = null) =>
        Build(source.Metadata, source.Chapters, new BookContentFiles(source.Files), diagnostics, source.Contents, LinkSite.Of(source), cache);

    /// <summary>
    /// The recipe: parse every chapter (in parallel; each collects its ids), then convert every chapter
    /// (links can now be checked against all chapters), then title the chapters, check the contents' section
    /// entries and gather the images. With a <paramref name="cache"/> (kept by a watch between builds), unchanged
    /// chapters are neither parsed nor converted again; the result is the same either way.
    /// </summary>
    public static BookDocument Build(
        BookMetadata metadata,
        IReadOnlyList<ChapterSource> chapters,
        IContentFiles files,
        DiagnosticBag diagnostics,
        IReadOnlyList<ContentsEntry>? contents = null,
        LinkSite? site = null,
        ChapterCache? cache = null)
    {
        var parsed = ParallelWork.Map(chapters, chapter => Parse(chapter, cache, diagnostics));
        var links = new LinkResolver(parsed, site);
        var series = ChapterTitles.FollowSeriesPattern(parsed, metadata.Title);
        var converted = ParallelWork.Map(parsed, chapter => Convert(chapter, links, files, series, cache, diagnostics));
        var documents = converted.Select(chapter => chapter.Document).ToList();
        ReportSeriesTitle(parsed, series, diagnostics);
        var checkedContents = contents is null ? null : ContentsCheck.Check(contents, parsed, diagnostics);
        ReportDuplicateTitles(parsed, documents, checkedContents, diagnostics);
        return new BookDocument(metadata, documents, ImagesInReadingOrder(converted, files)) { Contents = checkedContents };
    }

    private static ParsedChapter Parse(ChapterSource source, ChapterCache? cache, DiagnosticBag diagnostics)
    {
        static (ParsedChapter, IReadOnlyList<Diagnostic>) ParseAlone(ChapterSource source)
        {
            var reported = new DiagnosticBag();
            return (ChapterParser.Parse(source, reported), reported.ToSortedList());
        }

        var (chapter, reports) = cache is null ? ParseAlone(source) : cache.Parse(source, ParseAlone);
        diagnostics.AddRange(reports);
        return chapter;
    }

    /// <summary>
    /// Converts one chapter, recording every question it asks of the rest of the book, or takes the cached
    /// conversion when those questions still get the same answers and the book still follows (or not) the series
    /// pattern for its chapter titles.
    /// </summary>
    private static ConvertedChapter Convert(
        ParsedChapter chapter, LinkResolver links, IContentFiles files, bool series, ChapterCache? cache, DiagnosticBag diagnostics)
    {
        if (cache?.Reusable(chapter, links, files, series) is not { } converted)
        {
            var reported = new DiagnosticBag();
            var queries = new ChapterQueries(links, files);
            var converter = new ChapterConverter(chapter, queries, queries, reported);
            var (blocks, footnotes) = converter.Convert();
            var document = ToChapterDocument(chapter, blocks, footnotes, series, reported);
            converted = new ConvertedChapter(document, [.. converter.Images], reported.ToSortedList(), queries.Asked) { Series = series };
            cache?.Store(chapter, converted);
        }

        diagnostics.AddRange(converted.Diagnostics);
        return converted;
    }

    private static ChapterDocument ToChapterDocument(
        ParsedChapter chapter,
        IReadOnlyList<Block> blocks,
        IReadOnlyList<Footnote> footnotes,
        bool series,
        DiagnosticBag diagnostics)
    {
        var (titleHeading, seriesHeading) = ChapterTitles.Find(chapter, series);
        if (seriesHeading is not null)
        {
            var seriesId = seriesHeading.Id;
            blocks = blocks.Where(block => block is not HeadingBlock heading || heading.Id != seriesId).ToList();
        }

        var headingTitle = titleHeading?.Text;
        chapter.TitleLocation = titleHeading is null ? null : ChapterTitles.Locate(chapter, titleHeading);
        var title = chapter.Source.Title ?? headingTitle;
        if (string.IsNullOrWhiteSpace(title))
        {
            title = TitleFromFileName(chapter.Source.RelativePath);
            diagnostics.Warning(
                DiagnosticCodes.ChapterWithoutTitle,
                $"The chapter has no '# Title' heading; it is called '{title}' after its file name",
                new SourceLocation(chapter.Source.RelativePath, 1, 1),
                "start the chapter with a line '# Its Title'");
        }

        return new ChapterDocument(chapter.Source.Index, chapter.Source.RelativePath, chapter.Id, title, blocks, footnotes)
        {
            TitleHeadingId = titleHeading?.Id,
            Matter = chapter.Source.Matter,
        };
    }

    private static void ReportSeriesTitle(IReadOnlyList<ParsedChapter> parsed, bool series, DiagnosticBag diagnostics)
    {
        var first = series ? parsed.FirstOrDefault(chapter => ChapterTitles.Find(chapter, series).Series is not null) : null;
        if (first is not null && ChapterTitles.Find(first, series).Series is { } heading)
        {
            diagnostics.Info(
                DiagnosticCodes.SeriesTitle,
                $"'{heading.Text}' opens the chapters as the series' title; the heading after it titles each chapter, and the series title is left out of them",
                ChapterTitles.Locate(first, heading));
        }
    }

    /// <summary><c>content/03-getting_started.md</c> becomes <c>Getting started</c>.</summary>
    public static string TitleFromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var words = NumberPrefix().Replace(name, "").Replace('-', ' ').Replace('_', ' ').Trim();
        if (words.Length == 0)
        {
            words = name;
        }

        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>Chapters side by side in the contents with one title cannot be told apart; under different parents they can.</summary>
    private static void ReportDuplicateTitles(
        IReadOnlyList<ParsedChapter> parsed,
        IReadOnlyList<ChapterDocument> documents,
        IReadOnlyList<ContentsEntry>? contents,
        DiagnosticBag diagnostics)
    {
        var parents = contents is null ? null : ContentsCheck.ParentKeys(contents);
        var firstWithTitle = new Dictionary<string, ChapterDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents)
        {
            var key = (parents?.GetValueOrDefault(document.Index) ?? "") + "\n" + document.Title;
            if (firstWithTitle.TryGetValue(key, out var first))
            {
                diagnostics.Warning(
                    DiagnosticCodes.DuplicateChapterTitle,
                    $"Another chapter ({first.SourcePath}) already has the title '{document.Title}'; readers cannot tell them apart in the table of contents",
                    parsed[document.Index].TitleLocation ?? new SourceLocation(document.SourcePath, 1, 1));
            }
            else
            {
                firstWithTitle[key] = document;
            }
        }
    }

    /// <summary>Images in the order readers meet them (stable whatever thread loaded them first), then any others.</summary>
    private static IReadOnlyList<ImageResource> ImagesInReadingOrder(IEnumerable<ConvertedChapter> chapters, IContentFiles files)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<ImageResource>();
        foreach (var image in chapters.SelectMany(c => c.Images).Concat(files.LoadedImages))
        {
            if (seen.Add(image.SourcePath))
            {
                ordered.Add(image);
            }
        }

        return ordered;
    }

    [GeneratedRegex(@"^\d+[\s._-]*")]
    private static partial Regex NumberPrefix();
}
