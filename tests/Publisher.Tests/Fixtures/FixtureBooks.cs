namespace Publisher.Tests.Fixtures;

/// <summary>
/// Absolute paths of the books kept in the repository for tests: the sample book at the root, and the
/// fixture books under <c>tests/fixtures/</c>. Tests read them in place and copy them (see
/// <see cref="CopyToTemp"/>) before anything could write into them.
/// </summary>
internal static class FixtureBooks
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding <c>Publisher.sln</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The Publisher Guide: <c>book.yml</c>, <c>content/</c> and <c>images/</c> at the repository root.</summary>
    public static string SampleBook => RepositoryRoot;

    /// <summary>A book shaped like real input: chapters 11 and 12, an image written from <c>content/</c>, mojibake.</summary>
    public static string SeedBook => FixturePath("seed-book");

    /// <summary>An mdBook: book.toml, src/SUMMARY.md with prefix, parts, nested and draft chapters, suffix; include directives.</summary>
    public static string MdBookBook => FixturePath("mdbook-book");

    /// <summary>A GitBook/HonKit book: book.json, SUMMARY.md with ## parts, README.md as the introduction, template tags.</summary>
    public static string GitBookBook => FixturePath("gitbook-book");

    /// <summary>A series written for GitHub: every chapter opens with the series title, then its own, both as '#'.</summary>
    public static string SeriesBook => FixturePath("series-book");

    /// <summary>A book written for GitHub with raw HTML everywhere: figures, details, nested tables, unknown elements.</summary>
    public static string HtmlBook => FixturePath("html-book");

    /// <summary>Every element a chapter can hold (headings, lists, tables, code in many languages, figures, notes, raw HTML), for the accessibility checks.</summary>
    public static string EveryElementBook => FixturePath("every-element-book");

    /// <summary>Two tiny chapters, for fast tests.</summary>
    public static string MinimalBook => FixturePath("minimal-book");

    /// <summary>The folder of all bad books, one sub-folder per error case.</summary>
    public static string BadBooksFolder => FixturePath("bad-books");

    /// <summary>One bad book by folder name, e.g. <c>image-missing</c>.</summary>
    public static string BadBook(string name)
    {
        var path = Path.Combine(BadBooksFolder, name);
        if (!Directory.Exists(path))
        {
            throw new ArgumentException($"No bad book named '{name}' in {BadBooksFolder}.", nameof(name));
        }

        return path;
    }

    /// <summary>The names of every bad book, sorted, for data-driven tests.</summary>
    public static IReadOnlyList<string> BadBookNames() =>
        Directory.GetDirectories(BadBooksFolder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The diagnostics a bad book must produce, read from its <c>expected.txt</c>.</summary>
    public static IReadOnlyList<ExpectedDiagnostic> ExpectedDiagnostics(string badBookName) =>
        ExpectedDiagnostic.ParseFile(Path.Combine(BadBook(badBookName), ExpectedDiagnostic.FileName));

    /// <summary>
    /// Copies a book folder (with its sub-folders, byte for byte) into a fresh temporary folder, so a test
    /// can build it and write artifacts without touching the repository. Symbolic links are copied as links.
    /// Dispose the result to delete it.
    /// Copying the repository (the sample book), its own <c>artifacts/</c>, <c>src/</c>, <c>tests/</c> and build
    /// folders are skipped, which keeps the copy small.
    /// </summary>
    /// <remarks>
    /// A book folder may hold <c>grow.txt</c> (<see cref="GrowList"/>): files the copy makes larger, one
    /// <c>path bytes</c> a line, so a fixture can stand for a file too large to commit. The file is extended sparse:
    /// no disk is used, and a reader that checks the size first never reads the zeros.
    /// </remarks>
    public static TempDirectory CopyToTemp(string bookDirectory)
    {
        var copy = new TempDirectory();
        // Only the repository root holds source code and build folders beside its book; an mdBook's src/ is the book.
        var isRepository = Path.GetFullPath(bookDirectory).TrimEnd(Path.DirectorySeparatorChar) == RepositoryRoot.TrimEnd(Path.DirectorySeparatorChar);
        CopyFolder(new DirectoryInfo(bookDirectory), copy.Path, isBookRoot: true, isRepository);
        var growList = Path.Combine(bookDirectory, GrowList);
        if (File.Exists(growList))
        {
            foreach (var (path, bytes) in ReadGrowList(growList))
            {
                using var file = new FileStream(Path.Combine(copy.Path, path), FileMode.Open, FileAccess.Write);
                file.SetLength(bytes);
            }
        }

        return copy;
    }

    /// <summary>The list of files <see cref="CopyToTemp"/> grows; it is not copied into the book.</summary>
    public const string GrowList = "grow.txt";

    /// <summary>The entries of a <see cref="GrowList"/>: a path relative to the book and its size in bytes.</summary>
    public static IReadOnlyList<(string Path, long Bytes)> ReadGrowList(string path) =>
        File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (parts[0], long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    private static readonly HashSet<string> FoldersNotPartOfABook =
        new(StringComparer.Ordinal) { "artifacts", "src", "tests", "build", "bin", "obj", ".git", ".config", ".ci", ".github", "tools" };

    private static void CopyFolder(DirectoryInfo source, string destination, bool isBookRoot, bool isRepository = false)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in source.GetFiles())
        {
            if (isBookRoot && file.Name == GrowList)
            {
                continue;
            }

            var target = Path.Combine(destination, file.Name);

            // A symbolic link stays a link (to the same target), so a book that tries to escape through one
            // still does so in the copy.
            if (file.LinkTarget is { } linkTarget)
            {
                File.CreateSymbolicLink(target, linkTarget);
            }
            else
            {
                file.CopyTo(target);
            }
        }

        foreach (var folder in source.GetDirectories())
        {
            if (isBookRoot && isRepository && FoldersNotPartOfABook.Contains(folder.Name))
            {
                continue;
            }

            CopyFolder(folder, Path.Combine(destination, folder.Name), isBookRoot: false);
        }
    }

    private static string FixturePath(string name) => Path.Combine(RepositoryRoot, "tests", "fixtures", name);

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Publisher.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Publisher.sln.");
    }
}
