using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Book;

/// <summary>Reads book.yml and the chapter files, in order, checking encoding.</summary>
internal static class BookLoader
{
    private const string ContentFolder = "content";

    // Far beyond any real chapter, yet small enough that a stray binary file cannot exhaust memory.
    private const long MaximumChapterBytes = 64L * 1024 * 1024;

    // A "did you mean" for a missing chapter compares its name with every file in its folder; past this many missing
    // chapters they are reported without one, so a wrong list of thousands of files is not the square of its length.
    private const int MaximumMissingChapterHints = 100;

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
        var manifest = ReadManifest(paths, inputs, options.FixEncoding, diagnostics);
        var chapterPaths = manifest?.Chapters is { } listed
            ? ListedChapters(paths, inputs, listed, diagnostics)
            : ContentChapters(paths, inputs, diagnostics);
        var chapters = ReadChapters(paths, inputs, chapterPaths, options.FixEncoding, diagnostics);
        if (chapterPaths.Count > 0 && chapters.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.NoChapters, "no chapters: every chapter file is empty", new SourceLocation(chapterPaths[0], 0, 0));
        }

        if (manifest?.Title is null || chapters.Count == 0)
        {
            return null;
        }

        var (version, origin) = Version(options, manifest);
        var metadata = Describe(manifest, manifest.Title, version, options, files, paths, inputs, diagnostics);
        return new BookSource(files.RootDirectory, metadata, chapters, files, origin);
    }

    private static BookManifest? ReadManifest(BookPaths paths, BookInputs inputs, bool fixEncoding, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(paths.Root, BookManifest.FileName);
        if (!File.Exists(path))
        {
            inputs.PathMissing(path);
            var yaml = File.Exists(Path.Combine(paths.Root, "book.yaml"));
            diagnostics.Error(
                DiagnosticCodes.ManifestMissing,
                $"book.yml not found in '{paths.Root}'",
                new SourceLocation(BookManifest.FileName, 0, 0),
                yaml ? "rename book.yaml to book.yml" : "create book.yml with at least a line 'title: My Book'");
            return null;
        }

        if (!paths.IsReallyInside(path))
        {
            diagnostics.Error(
                DiagnosticCodes.PathEscapesBook,
                "book.yml is not read: it is a symbolic link to a file outside the book folder",
                new SourceLocation(BookManifest.FileName, 0, 0));
            return null;
        }

        var bytes = ReadFile(path, inputs, BookManifest.FileName, diagnostics);
        var text = bytes is null ? null : TextFileReader.Read(bytes, BookManifest.FileName, fixEncoding, diagnostics);
        return text is null ? null : BookManifestReader.Read(text, diagnostics);
    }

    private static List<string> ListedChapters(BookPaths paths, BookInputs inputs, IReadOnlyList<ManifestPath> listed, DiagnosticBag diagnostics)
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

        var chapters = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hintsLeft = MaximumMissingChapterHints;
        foreach (var entry in listed)
        {
            if (ListedChapter(paths, inputs, entry, diagnostics, ref hintsLeft) is not { } relative)
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

            chapters.Add(relative);
        }

        return chapters;
    }

    private static string? ListedChapter(BookPaths paths, BookInputs inputs, ManifestPath entry, DiagnosticBag diagnostics, ref int hintsLeft)
    {
        var cleaned = BookPaths.CleanFilePath(entry.Path, out var refusal);
        var full = cleaned is null ? null : BookPaths.Combine(paths.Root, cleaned);
        if (full is null || !paths.IsInside(full) || ((File.Exists(full) || new FileInfo(full).LinkTarget is not null) && !paths.IsReallyInside(full)))
        {
            diagnostics.Error(
                DiagnosticCodes.PathEscapesBook,
                $"chapter '{entry.Path}' is not read: {refusal ?? "it lies outside the book folder"}",
                entry.Location);
            return null;
        }

        if (!File.Exists(full))
        {
            inputs.PathMissing(full);
            var closest = hintsLeft-- > 0 ? ClosestChapterFile(paths, full) : null;
            diagnostics.Error(
                DiagnosticCodes.ChapterFileMissing,
                $"chapter file '{entry.Path}' not found; looked for '{paths.Relative(full)}'",
                entry.Location,
                closest is null ? null : $"did you mean '{closest}'?");
            return null;
        }

        return paths.Relative(full);
    }

    private static string? ClosestChapterFile(BookPaths paths, string missing)
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

    private static List<string> ContentChapters(BookPaths paths, BookInputs inputs, DiagnosticBag diagnostics)
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

        var chapters = new List<string>();
        foreach (var file in found)
        {
            var relative = paths.Relative(file);
            if (paths.IsReallyInside(file))
            {
                chapters.Add(relative);
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

    private static List<ChapterSource> ReadChapters(BookPaths paths, BookInputs inputs, List<string> chapterPaths, bool fixEncoding, DiagnosticBag diagnostics)
    {
        var chapters = new List<ChapterSource>();
        foreach (var relative in chapterPaths)
        {
            var bytes = ReadFile(BookPaths.Combine(paths.Root, relative), inputs, relative, diagnostics);
            var text = bytes is null ? null : TextFileReader.Read(bytes, relative, fixEncoding, diagnostics);
            if (text is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Warning(
                    DiagnosticCodes.EmptyChapter,
                    "the chapter is empty; it is left out of the book",
                    new SourceLocation(relative, 1, 1));
                continue;
            }

            chapters.Add(new ChapterSource(chapters.Count, relative, text));
        }

        return chapters;
    }

    /// <summary>Reads a text file of the book (at most <see cref="MaximumChapterBytes"/>), recording it in <paramref name="inputs"/>.</summary>
    private static byte[]? ReadFile(string fullPath, BookInputs inputs, string relative, DiagnosticBag diagnostics)
    {
        try
        {
            inputs.FileRead(fullPath);
            var length = new FileInfo(fullPath).Length;
            if (length > MaximumChapterBytes)
            {
                diagnostics.Error(
                    DiagnosticCodes.FileTooLarge,
                    $"the file is {length / (1024 * 1024)} MB; text files larger than {MaximumChapterBytes / (1024 * 1024)} MB are not read",
                    new SourceLocation(relative, 0, 0),
                    "split it into several chapters");
                return null;
            }

            return File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ChapterFileMissing, $"the file cannot be read: {e.Message}", new SourceLocation(relative, 0, 0));
            return null;
        }
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
}
