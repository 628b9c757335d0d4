using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Book.Layouts;

/// <summary>
/// Recognises the book folder's layout and reads its files into one manifest: book.toml (mdBook) or book.json
/// (GitBook/HonKit) with their SUMMARY.md, or book.yml alone. A book.yml next to them adds to or overrides what they
/// say, key by key, and its <c>chapters:</c> list, when it has one, replaces SUMMARY.md. Every file whose presence it
/// checks is recorded in <paramref name="inputs"/>, found or not, so a watch sees a layout file appear, change or go.
/// </summary>
internal sealed class BookLayoutReader(BookPaths paths, BookInputs inputs, bool fixEncoding, DiagnosticBag diagnostics)
{
    /// <summary>The merged manifest (null when nothing usable was found: PUB100, PUB101 or PUB120 was reported) and the layout.</summary>
    public (BookManifest? Manifest, BookLayout Layout) Read()
    {
        var files = new List<string>();
        var yml = ReadYml(files);
        var (kind, layoutManifest, settings) = ReadLayoutFile(files);
        if (kind == BookLayoutKind.Publisher && yml is null && !Exists(BookManifest.FileName))
        {
            Missing();
            return (null, new BookLayout(kind, files, settings));
        }

        var layoutFileFailed = layoutManifest is null && (files.Contains(BookTomlReader.FileName) || files.Contains(BookJsonReader.FileName));
        if ((yml is null && Exists(BookManifest.FileName)) || layoutFileFailed)
        {
            return (null, new BookLayout(kind, files, settings)); // the file was reported as unreadable
        }

        var manifest = Merge(layoutManifest ?? new BookManifest(), yml);
        if (kind != BookLayoutKind.Publisher)
        {
            manifest = WithContents(manifest, yml, settings, files);
        }
        else if (manifest.Title is null)
        {
            diagnostics.Error(
                DiagnosticCodes.ManifestMissingValue,
                "book.yml has no title",
                new SourceLocation(BookManifest.FileName, 1, 1),
                "add a line such as 'title: My Book'");
        }

        var layout = new BookLayout(kind, files, settings)
        {
            Repository = manifest.Repository is { } repository ? RepositoryAddress.Parse(repository, GitRemote.Find(paths)?.Branch) : GitRemote.Find(paths),
            WebEdition = manifest.Url is { } url ? new Uri(url.EndsWith('/') ? url : url + "/") : null,
        };
        return (manifest, layout);
    }

    private BookManifest? ReadYml(List<string> files)
    {
        if (!Exists(BookManifest.FileName))
        {
            return null;
        }

        files.Add(BookManifest.FileName);
        return ReadText(BookManifest.FileName) is { } text ? BookManifestReader.ReadPartial(text, diagnostics) : null;
    }

    private (BookLayoutKind, BookManifest?, LayoutSettings) ReadLayoutFile(List<string> files)
    {
        if (Exists(BookTomlReader.FileName))
        {
            files.Insert(0, BookTomlReader.FileName);
            var toml = ReadText(BookTomlReader.FileName) is { } text ? BookTomlReader.Read(text, diagnostics) : null;
            return (BookLayoutKind.MdBook, toml?.Manifest, toml?.Settings ?? new LayoutSettings { ChapterFolder = "src" });
        }

        if (Exists(BookJsonReader.FileName))
        {
            files.Insert(0, BookJsonReader.FileName);
            var json = ReadText(BookJsonReader.FileName) is { } text ? BookJsonReader.Read(text, diagnostics) : null;
            return (BookLayoutKind.GitBook, json?.Manifest, json?.Settings ?? new LayoutSettings { ReadmeFile = "README.md", NumbersChapters = false });
        }

        if (Exists("SUMMARY.md"))
        {
            return (BookLayoutKind.GitBook, null, new LayoutSettings { ReadmeFile = "README.md", NumbersChapters = false });
        }

        return (BookLayoutKind.Publisher, null, new LayoutSettings());
    }

    /// <summary>What the layout file says, with every key book.yml sets taken from book.yml instead.</summary>
    private static BookManifest Merge(BookManifest layout, BookManifest? yml)
    {
        if (yml is null)
        {
            return layout;
        }

        var merged = layout;
        foreach (var key in yml.GivenKeys)
        {
            merged = key switch
            {
                "title" => merged with { Title = yml.Title ?? merged.Title },
                "subtitle" => merged with { Subtitle = yml.Subtitle },
                "authors" => merged with { Authors = yml.Authors },
                "language" => merged with { Language = yml.Language },
                "identifier" => merged with { Identifier = yml.Identifier },
                "publisher" => merged with { Publisher = yml.Publisher },
                "date" => merged with { Date = yml.Date },
                "rights" => merged with { Rights = yml.Rights },
                "description" => merged with { Description = yml.Description },
                "subjects" => merged with { Subjects = yml.Subjects },
                "cover" => merged with { Cover = yml.Cover },
                "version" => merged with { Version = yml.Version },
                "tocDepth" => merged with { TocDepth = yml.TocDepth },
                "chapters" => merged with { Chapters = yml.Chapters },
                "pdf" => merged with { Pdf = yml.Pdf },
                "fonts" => merged with { Fonts = yml.Fonts },
                "repository" => merged with { Repository = yml.Repository ?? merged.Repository },
                "url" => merged with { Url = yml.Url },
                _ => merged,
            };
        }

        return merged with { GivenKeys = new HashSet<string>(layout.GivenKeys.Concat(yml.GivenKeys), StringComparer.Ordinal) };
    }

    /// <summary>SUMMARY.md as the table of contents, unless book.yml lists the chapters; then one level of contents by default.</summary>
    private BookManifest WithContents(BookManifest manifest, BookManifest? yml, LayoutSettings settings, List<string> files)
    {
        var summary = settings.ChapterFolder.Length == 0 ? settings.SummaryFile : $"{settings.ChapterFolder}/{settings.SummaryFile}";
        if (yml?.Chapters is not null)
        {
            if (Exists(summary))
            {
                diagnostics.Info(
                    DiagnosticCodes.ChaptersOverrideSummary,
                    $"book.yml lists the chapters, so {summary} is not used",
                    new SourceLocation(BookManifest.FileName, 1, 1));
            }

            return manifest;
        }

        if (!Exists(summary))
        {
            diagnostics.Error(
                DiagnosticCodes.SummaryMissing,
                $"{summary} is missing: it lists the chapters of the book",
                new SourceLocation(files.FirstOrDefault() ?? summary, 0, 0),
                $"write {summary} with a line '- [Title](chapter.md)' per chapter, or list them under 'chapters:' in book.yml");
            return manifest with { Contents = [] };
        }

        files.Add(summary);
        var dialect = files.Contains(BookTomlReader.FileName) ? SummaryDialect.MdBook : SummaryDialect.GitBook;
        var contents = ReadText(summary) is { } text ? SummaryReader.Read(text, summary, dialect, diagnostics) : [];
        if (!settings.NumbersChapters)
        {
            contents = WithoutNumbers(contents);
        }

        contents = WithReadme(contents, settings, files);
        var depth = yml?.GivenKeys.Contains("tocDepth") == true ? manifest.TocDepth : 1;
        return manifest with { Contents = contents, TocDepth = depth, Cover = manifest.Cover ?? DefaultCover() };
    }

    /// <summary>GitBook's README.md is the introduction: first in the book, even when SUMMARY.md leaves it out.</summary>
    private List<TocEntry> WithReadme(IReadOnlyList<TocEntry> contents, LayoutSettings settings, List<string> files)
    {
        var list = contents.ToList();
        if (settings.ReadmeFile is not { } readme)
        {
            return list;
        }

        var path = settings.ChapterFolder.Length == 0 ? readme : $"{settings.ChapterFolder}/{readme}";
        if (list is [TocChapter { } first, ..] && first.Path.Equals(path, StringComparison.Ordinal))
        {
            list[0] = first with { Matter = ChapterMatter.Front }; // listed first, it is still the introduction
        }
        else if (Exists(path) && !TocEntries.Chapters(list).Any(c => c.Path.Equals(path, StringComparison.Ordinal)))
        {
            list.Insert(0, new TocChapter(path, null, ChapterMatter.Front, [], new SourceLocation(path, 0, 0)));
            files.Add(path);
        }

        return list;
    }

    private static List<TocEntry> WithoutNumbers(IEnumerable<TocEntry> entries) =>
        entries.Select(entry => entry switch
        {
            TocChapter chapter => chapter with { Number = null, Children = WithoutNumbers(chapter.Children) },
            TocPart part => part with { Children = WithoutNumbers(part.Children) },
            _ => entry,
        }).ToList();

    // GitBook shows cover.jpg as the cover when book.json names none.
    private ManifestPath? DefaultCover() =>
        Exists("cover.jpg") ? new ManifestPath("cover.jpg", new SourceLocation("cover.jpg", 0, 0)) : null;

    private void Missing()
    {
        var yaml = Exists("book.yaml");
        diagnostics.Error(
            DiagnosticCodes.ManifestMissing,
            $"book.yml not found in '{paths.Root}'",
            new SourceLocation(BookManifest.FileName, 0, 0),
            yaml ? "rename book.yaml to book.yml" : "create book.yml with at least a line 'title: My Book' (an mdBook's book.toml or a GitBook's book.json and SUMMARY.md are read too)");
    }

    private bool Exists(string relative)
    {
        var full = BookPaths.Combine(paths.Root, relative);
        if (File.Exists(full))
        {
            inputs.FileRead(full);
            return true;
        }

        inputs.PathMissing(full);
        return false;
    }

    private string? ReadText(string relative)
    {
        if (!BookTextFile.IsReadable(paths, relative))
        {
            diagnostics.Error(
                DiagnosticCodes.PathEscapesBook,
                $"{relative} is not read: it is a symbolic link to a file outside the book folder",
                new SourceLocation(relative, 0, 0));
            return null;
        }

        return BookTextFile.ReadText(paths, inputs, relative, fixEncoding, diagnostics);
    }
}
