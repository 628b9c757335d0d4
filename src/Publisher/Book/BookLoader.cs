using System.Text.RegularExpressions;
using Publisher.Book.Directives;
using Publisher.Book.Layouts;
using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Book;

/// <summary>
/// Reads the book: recognises its layout (book.yml, an mdBook, a GitBook), then reads the chapters its table of
/// contents lists, in order, checking encoding and expanding the layout's directives.
/// </summary>
internal static partial class BookLoader
{
    private const string ContentFolder = "content";

    /// <summary>
    /// The book as read from disk, or null when it cannot be published at all (no usable book.yml, no chapters).
    /// Problems in single chapters are reported and those chapters left out, so later stages can still report theirs.
    /// </summary>
    public static BookSource? Load(BookLoadRequest options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.BookDirectory);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.ManifestMissing, $"the book folder '{options.BookDirectory}' does not exist");
            return null;
        }

        var inputs = options.Inputs ?? new BookInputs();
        var files = new BookFiles(root, inputs, options.Images);
        var paths = new BookPaths(root);
        var (manifest, layout) = new BookLayoutReader(paths, inputs, options.FixEncoding, diagnostics).Read();
        // An unreadable book.toml or book.json is reported alone: without it, where the chapters are is unknown.
        var toc = manifest?.Contents
            ?? (manifest?.Chapters is { } listed ? ListedChapters(listed, diagnostics)
                : manifest is null && layout.Kind != BookLayoutKind.Publisher ? []
                : ContentChapters(paths, inputs, diagnostics));
        var includes = new IncludeFiles(paths, inputs, options.FixEncoding, diagnostics);
        var reader = new ChapterReader(paths, inputs, options.FixEncoding, new ChapterDirectives(layout, includes, diagnostics), layout.Kind, diagnostics);
        var chapters = reader.Read(toc);
        if (TocEntries.Chapters(toc).Any() && chapters.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.NoChapters, "no chapters: every chapter file is empty", new SourceLocation(TocEntries.Chapters(toc).First().Path, 0, 0));
        }

        var title = manifest is null ? null : manifest.Title ?? TitleFromFirstChapter(layout, chapters, diagnostics);
        if (manifest is null || title is null || chapters.Count == 0)
        {
            return null;
        }

        var (version, origin) = Version(options, manifest);
        var metadata = Describe(manifest, title, version, options, files, paths, inputs, diagnostics);
        return new BookSource(files.RootDirectory, metadata, chapters, files, origin)
        {
            Contents = manifest.Contents is null ? null : reader.Contents(toc),
            Layout = layout,
            LeftOutChapters = reader.LeftOut,
        };
    }

    private static List<TocEntry> ListedChapters(IReadOnlyList<ManifestPath> listed, DiagnosticBag diagnostics)
    {
        if (listed.Count == 0)
        {
            diagnostics.Error(
                DiagnosticCodes.NoChapters,
                "the 'chapters' list in book.yml is empty",
                new SourceLocation(BookManifest.FileName, 1, 1),
                $"list the chapter files, or remove 'chapters' to use every {ContentFolder}/*.md");
            return [];
        }

        return listed.Select(entry => (TocEntry)new TocChapter(entry.Path, entry.Title, ChapterMatter.Body, [], entry.Location)).ToList();
    }

    private static List<TocEntry> ContentChapters(BookPaths paths, BookInputs inputs, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(paths.Root, ContentFolder);
        inputs.FolderListed(folder, IsChapterFileName);
        var found = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder)
                .Where(f => IsChapterFileName(Path.GetFileName(f)))
                .Order(ChapterOrder.Instance)
                .ToList()
            : [];
        if (found.Count == 0)
        {
            diagnostics.Error(
                DiagnosticCodes.NoChapters,
                Directory.Exists(folder) ? $"no chapters: '{ContentFolder}/' has no .md files" : $"no chapters: there is no '{ContentFolder}/' folder",
                new SourceLocation($"{ContentFolder}/", 0, 0),
                $"put the chapters in {ContentFolder}/ as 01-intro.md, 02-next.md, ..., or list them under 'chapters' in book.yml");
            return [];
        }

        var chapters = new List<TocEntry>();
        foreach (var file in found)
        {
            var relative = paths.Relative(file);
            if (paths.IsReallyInside(file))
            {
                chapters.Add(new TocChapter(relative, null, ChapterMatter.Body, [], new SourceLocation(relative, 0, 0)));
            }
            else
            {
                diagnostics.Error(
                    DiagnosticCodes.PathEscapesBook,
                    $"chapter '{relative}' is not read: it is a symbolic link to a file outside the book folder",
                    new SourceLocation(relative, 0, 0));
            }
        }

        return chapters;
    }

    // Hidden files are an editor's swap and backup files, not chapters.
    private static bool IsChapterFileName(string name) =>
        Path.GetExtension(name).Equals(".md", StringComparison.OrdinalIgnoreCase) && !name.StartsWith('.');

    /// <summary>An mdBook or GitBook may give no title: then the first chapter's first '#' heading is the book's title.</summary>
    private static string? TitleFromFirstChapter(BookLayout layout, IReadOnlyList<ChapterSource> chapters, DiagnosticBag diagnostics)
    {
        var layoutFile = layout.Files.FirstOrDefault() ?? BookManifest.FileName;
        var heading = chapters.Count == 0 ? null : FirstHeading().Match(chapters[0].Text);
        if (layout.Kind == BookLayoutKind.Publisher || heading is not { Success: true })
        {
            if (layout.Kind != BookLayoutKind.Publisher && chapters.Count > 0)
            {
                diagnostics.Error(
                    DiagnosticCodes.ManifestMissingValue,
                    $"{layoutFile} gives the book no title, and its first chapter has no '#' heading to take it from",
                    new SourceLocation(layoutFile, 1, 1),
                    "add 'title: My Book' to book.yml");
            }

            return null;
        }

        var title = heading.Groups["title"].Value.Trim().TrimEnd('#').Trim();
        diagnostics.Info(
            DiagnosticCodes.TitleFromChapter,
            $"{layoutFile} gives the book no title; it is called '{title}' after the first chapter's heading",
            new SourceLocation(chapters[0].RelativePath, 1, 1),
            "set 'title' in book.yml to choose another");
        return title;
    }

    /// <summary>The version to stamp: the caller's, else book.yml's, else the caller's default.</summary>
    private static (string? Version, VersionOrigin Origin) Version(BookLoadRequest options, BookManifest manifest) =>
        options.Version is { } requested ? (requested, VersionOrigin.Request)
        : manifest.Version is { } written ? (written, VersionOrigin.Manifest)
        : options.DefaultVersion is { } fallback ? (fallback, VersionOrigin.Default)
        : (null, VersionOrigin.None);

    private static BookMetadata Describe(
        BookManifest manifest, string title, string? version, BookLoadRequest options, BookFiles files, BookPaths paths, BookInputs inputs,
        DiagnosticBag diagnostics) =>
        new()
        {
            Title = title,
            Subtitle = manifest.Subtitle,
            Authors = manifest.Authors,
            Language = manifest.Language,
            Identifier = manifest.Identifier ?? BookIdentifier.Derive(title, manifest.Authors),
            Publisher = manifest.Publisher,
            Date = manifest.Date,
            Rights = manifest.Rights,
            Description = manifest.Description,
            Subjects = manifest.Subjects,
            Version = version,
            TocDepth = manifest.TocDepth,
            Slug = Slug.FromTitle(title),
            Modified = BuildTimestamp.Resolve(options.Timestamp, files.RootDirectory),
            CoverImage = manifest.Cover is { } cover ? files.LoadImage(cover.Path, cover.Location, diagnostics) : null,
            Pdf = manifest.Pdf.ToSettings(manifest.Language),
            Fonts = BookFontLoader.Load(manifest.Fonts, paths, inputs, diagnostics),
        };

    [GeneratedRegex(@"^#[ \t]+(?<title>\S.*?)[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();
}
