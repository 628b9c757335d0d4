using System.Text;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Book;

/// <summary>
/// The only way the pipeline opens files referenced by the content: resolves a reference relative to the
/// referring file, then to the book root, refuses anything outside the book folder (including through
/// symlinks), and reads and checks images once. Every file it reads, and every place it looks in vain, is recorded
/// in <paramref name="inputs"/> when given; <paramref name="imageCache"/> keeps checked images between builds.
/// </summary>
internal sealed class BookFiles(string rootDirectory, BookInputs? inputs = null, ImageCache? imageCache = null)
{
    // Larger files are refused before they are read; no picture in a book needs more.
    private const long MaximumImageFileBytes = 200L * 1024 * 1024;

    private readonly BookPaths _paths = new(rootDirectory);
    private readonly Dictionary<string, ImageLoad> _imagesByPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hrefs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _nextHrefNumber = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ImageResource> _loaded = [];
    private readonly HashSet<string> _reading = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public string RootDirectory => _paths.Root;

    /// <summary>
    /// Loads the image that <paramref name="reference"/> (as written at <paramref name="location"/>) names.
    /// Returns null after reporting PUB110 (escapes the book), PUB200 (missing) or PUB208 (corrupt).
    /// An SVG image comes back self-contained (<see cref="SvgSanitizer"/>); its own problems are reported once.
    /// </summary>
    public ImageResource? LoadImage(string reference, SourceLocation location, DiagnosticBag diagnostics)
    {
        var path = Find(reference, location, diagnostics);
        if (path is null)
        {
            return null;
        }

        ImageLoad load;
        lock (_gate)
        {
            load = LoadFile(path, diagnostics);
            if (load.Checked is { } check && load.Image is null)
            {
                var image = new ImageResource(load.RelativePath, UniqueHref(load.RelativePath, check.MediaType!), check.MediaType!, check.Data, check.Width, check.Height);
                load.Image = imageCache is null ? image : imageCache.Same(path, image);
                _loaded.Add(load.Image);
            }
        }

        ReportUse(load, reference, location, diagnostics);
        return load.Image;
    }

    /// <summary>Every image loaded so far, in first-use order, one per file.</summary>
    public IReadOnlyList<ImageResource> LoadedImages
    {
        get
        {
            lock (_gate)
            {
                return _loaded.ToList();
            }
        }
    }

    /// <summary>
    /// The book-relative path (forward slashes) of the <c>.md</c> file a link names, seen from
    /// <paramref name="fromFile"/> (book-relative); null when it is a URL, absolute, or outside the book.
    /// Whether that file is a chapter is the caller's question.
    /// </summary>
    public string? ResolveChapterPath(string reference, string fromFile)
    {
        if (BookPaths.Clean(reference, out _) is not { Length: > 0 } cleaned)
        {
            return null;
        }

        var candidates = Candidates(cleaned, fromFile);
        if (candidates.Count == 0)
        {
            return null;
        }

        // Like images, a link that does not resolve next to the chapter may be written from the book root.
        var chosen = candidates.FirstOrDefault(File.Exists) ?? candidates[0];
        return _paths.IsReallyInside(chosen) ? _paths.Relative(chosen) : null;
    }

    /// <summary>Whether a book-relative path names a file or a folder inside the book (links followed, never outside it).</summary>
    public BookPathKind Kind(string bookRelativePath)
    {
        var full = BookPaths.Combine(_paths.Root, bookRelativePath);
        if (!_paths.IsInside(full) || !_paths.IsReallyInside(full))
        {
            return BookPathKind.Missing;
        }

        return File.Exists(full) ? BookPathKind.File : Directory.Exists(full) ? BookPathKind.Folder : BookPathKind.Missing;
    }

    // Where a reference could point: next to the referring file, then from the book root; only places inside the book.
    private List<string> Candidates(string cleaned, string fromFile)
    {
        var besideFile = BookPaths.Combine(_paths.FolderOf(fromFile), cleaned);
        var fromRoot = BookPaths.Combine(_paths.Root, cleaned);
        return new[] { besideFile, fromRoot }.Where(_paths.IsInside).Distinct(StringComparer.Ordinal).ToList();
    }

    private string? Find(string reference, SourceLocation location, DiagnosticBag diagnostics)
    {
        var cleaned = BookPaths.Clean(reference, out var refusal);
        if (cleaned is null)
        {
            Refuse(reference, refusal!, location, diagnostics);
            return null;
        }

        if (cleaned.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.ImageMissing, "the image has an empty path", location);
            return null;
        }

        var besideFile = BookPaths.Combine(_paths.FolderOf(location.File), cleaned);
        if (!_paths.IsInside(besideFile))
        {
            Refuse(reference, "it points outside the book folder", location, diagnostics);
            return null;
        }

        var candidates = Candidates(cleaned, location.File);
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate) && !IsLink(candidate))
            {
                inputs?.PathMissing(candidate);
                continue;
            }

            if (!_paths.IsReallyInside(candidate))
            {
                Refuse(reference, "it is a symbolic link to a file outside the book folder", location, diagnostics);
                return null;
            }

            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var lookedFor = string.Join("' and '", candidates.Select(_paths.Relative));
        diagnostics.Error(
            DiagnosticCodes.ImageMissing,
            $"image '{reference}' not found; looked for '{lookedFor}'",
            location,
            candidates.Select(SimilarFileHint).FirstOrDefault(hint => hint is not null));
        return null;
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static void Refuse(string reference, string why, SourceLocation location, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            DiagnosticCodes.PathEscapesBook,
            $"'{reference}' is not read: {why}",
            location,
            "copy the file into the book folder (for example into images/) and refer to it from there");

    // A file with the same name but different case, or the same stem with another extension, is a likely fix.
    private string? SimilarFileHint(string candidate)
    {
        var folder = Path.GetDirectoryName(candidate);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        var name = Path.GetFileName(candidate);
        var stem = Path.GetFileNameWithoutExtension(candidate);
        var similar = Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase) ||
                                 Path.GetFileNameWithoutExtension(f).Equals(stem, StringComparison.OrdinalIgnoreCase));
        return similar is null ? null : $"did you mean '{_paths.Relative(Path.Combine(folder, similar))}'?";
    }

    // Every use of a broken image is reported at its own place; the file is read only once.
    private static void ReportUse(ImageLoad load, string reference, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (load.Problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.ImageUnreadable, $"image '{reference}' cannot be used: {load.Problem}", location);
        }
        else if (load.Note is not null)
        {
            diagnostics.Info(DiagnosticCodes.ImageDownscaled, load.Note, location);
        }
    }

    // Called under the gate. The file being read is marked, so an SVG that shows itself (through others) is caught.
    private ImageLoad LoadFile(string fullPath, DiagnosticBag diagnostics)
    {
        if (!_imagesByPath.TryGetValue(fullPath, out var load))
        {
            _reading.Add(fullPath);
            try
            {
                load = Read(fullPath, diagnostics);
            }
            finally
            {
                _reading.Remove(fullPath);
            }

            _imagesByPath[fullPath] = load;
        }

        return load;
    }

    private ImageLoad Read(string fullPath, DiagnosticBag diagnostics)
    {
        var relative = _paths.Relative(fullPath);
        byte[] bytes;
        try
        {
            inputs?.FileRead(fullPath);
            var length = new FileInfo(fullPath).Length;
            if (length > MaximumImageFileBytes)
            {
                return ImageLoad.Failed(relative, $"the file is {length / (1024 * 1024)} MB; images must be smaller than {MaximumImageFileBytes / (1024 * 1024)} MB");
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageLoad.Failed(relative, $"the file cannot be read ({e.Message})");
        }

        var check = imageCache is null ? ImageDecoder.Check(bytes) : imageCache.Check(fullPath, bytes);
        if (check.Problem is not null)
        {
            return ImageLoad.Failed(relative, check.Problem);
        }

        if (check.MediaType == "image/svg+xml")
        {
            var sanitized = SvgSanitizer.Sanitize(check.Data, relative, new SvgResources(this), diagnostics);
            check = check.WithData(imageCache is null ? sanitized : imageCache.SameSanitized(fullPath, sanitized));
        }

        var note = check.DownscaledFrom is { } original
            ? $"image '{relative}' is {original.Width} x {original.Height} pixels; it was scaled down to {check.Width} x {check.Height} for the ebooks"
            : null;
        return new ImageLoad(relative, check, null, note);
    }

    // "images/<name>" in the EPUB, with the file name kept but made safe for every reader (no spaces, ASCII),
    // and a number added when two folders hold files of the same name.
    private string UniqueHref(string relativePath, string mediaType)
    {
        var stem = SafeName(Path.GetFileNameWithoutExtension(relativePath));
        var extension = mediaType switch
        {
            "image/png" => ".png",
            "image/jpeg" => Path.GetExtension(relativePath).Equals(".jpeg", StringComparison.OrdinalIgnoreCase) ? ".jpeg" : ".jpg",
            "image/gif" => ".gif",
            _ => ".svg",
        };
        var href = $"images/{stem}{extension}";
        if (_hrefs.Add(href))
        {
            return href;
        }

        // Numbered from where the last clash with this name stopped, so n files of one name cost n tries, not n squared.
        var n = _nextHrefNumber.GetValueOrDefault(href, 2);
        var numbered = $"images/{stem}-{n}{extension}";
        while (!_hrefs.Add(numbered))
        {
            numbered = $"images/{stem}-{++n}{extension}";
        }

        _nextHrefNumber[href] = n + 1;
        return numbered;
    }

    private static string SafeName(string name)
    {
        var safe = new StringBuilder();
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        while (safe.ToString().Contains("--", StringComparison.Ordinal))
        {
            safe.Replace("--", "-");
        }

        var result = safe.ToString().Trim('-', '.');
        return result.Length == 0 ? "image" : result;
    }

    /// <summary>One image file as read and checked; <see cref="Image"/> is made when the book first shows it.</summary>
    private sealed class ImageLoad(string relativePath, ImageCheck? check, string? problem, string? note)
    {
        public string RelativePath { get; } = relativePath;

        public ImageCheck? Checked { get; } = check;

        public string? Problem { get; } = problem;

        public string? Note { get; } = note;

        public ImageResource? Image { get; set; }

        public static ImageLoad Failed(string relativePath, string problem) => new(relativePath, null, problem, null);
    }

    /// <summary>
    /// What an SVG being read may take from the book: other images, written into it, and nothing else. Used only while
    /// <see cref="Read"/> runs under the gate.
    /// </summary>
    private sealed class SvgResources(BookFiles files) : ISvgResources
    {
        // An SVG that shows an SVG that shows an SVG...: deeper than this is refused, and so is what would make one
        // picture larger than any a book needs (the same image shown a thousand times).
        private const int MaximumNesting = 8;
        private const long MaximumWrittenInBytes = 64L * 1024 * 1024;

        private long _writtenIn;

        public string? ImageAsDataAddress(string reference, SourceLocation location, DiagnosticBag diagnostics)
        {
            var path = files.Find(reference, location, diagnostics);
            if (path is null)
            {
                return null;
            }

            if (files._reading.Contains(path) || files._reading.Count >= MaximumNesting)
            {
                Refuse(reference, files._reading.Contains(path) ? "it shows this picture itself" : "pictures inside pictures go too deep", location, diagnostics);
                return null;
            }

            var load = files.LoadFile(path, diagnostics);
            ReportUse(load, reference, location, diagnostics);
            if (load.Checked is not { } check)
            {
                return null;
            }

            _writtenIn += check.Data.Length;
            if (_writtenIn > MaximumWrittenInBytes)
            {
                Refuse(reference, $"the pictures it shows add up to more than {MaximumWrittenInBytes / (1024 * 1024)} MB", location, diagnostics);
                return null;
            }

            return $"data:{check.MediaType};base64,{Convert.ToBase64String(check.Data)}";
        }

        public bool StaysInsideBook(string reference, SourceLocation location, DiagnosticBag diagnostics)
        {
            var cleaned = BookPaths.Clean(reference, out var refusal);
            if (cleaned is null)
            {
                BookFiles.Refuse(reference, refusal!, location, diagnostics);
                return false;
            }

            var besideFile = BookPaths.Combine(files._paths.FolderOf(location.File), cleaned);
            if (!files._paths.IsInside(besideFile))
            {
                BookFiles.Refuse(reference, "it points outside the book folder", location, diagnostics);
                return false;
            }

            if ((File.Exists(besideFile) || IsLink(besideFile)) && !files._paths.IsReallyInside(besideFile))
            {
                BookFiles.Refuse(reference, "it is a symbolic link to a file outside the book folder", location, diagnostics);
                return false;
            }

            return true;
        }

        private static void Refuse(string reference, string why, SourceLocation location, DiagnosticBag diagnostics) =>
            diagnostics.Warning(
                DiagnosticCodes.SvgContentRemoved,
                $"removed from the SVG image: the picture '{reference}', because {why}",
                location,
                "show each picture once, or draw it in this SVG");
    }
}

/// <summary>What a path inside the book names.</summary>
internal enum BookPathKind
{
    Missing,
    File,
    Folder,
}
