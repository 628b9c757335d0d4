using Publisher.Diagnostics;
namespace Publisher.Book;

/// <summary>Reads a text file of the book (book.yml, book.toml, SUMMARY.md, a chapter, an included file) with every check.</summary>
internal static class BookTextFile
{
    // Far beyond any real chapter, yet small enough that a stray binary file cannot exhaust memory.
    public const long MaximumBytes = 64L * 1024 * 1024;

    /// <summary>The file's bytes, or null after PUB114 (too large) or PUB105 (cannot be read).</summary>
    public static byte[]? ReadBytes(string fullPath, string relative, DiagnosticBag diagnostics)
    {
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaximumBytes)
            {
                diagnostics.Error(
                    DiagnosticCodes.FileTooLarge,
                    $"the file is {length / (1024 * 1024)} MB; text files larger than {MaximumBytes / (1024 * 1024)} MB are not read",
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

    /// <summary>
    /// The text of a book-relative file that exists and lies inside the book folder (the caller checked), decoded as
    /// strict UTF-8 and checked for mojibake; null when it cannot be read. The file is recorded in <paramref name="inputs"/>
    /// before it is read, so a watch sees it change.
    /// </summary>
    public static string? ReadText(BookPaths paths, BookInputs inputs, string relative, bool fixEncoding, DiagnosticBag diagnostics)
    {
        var full = BookPaths.Combine(paths.Root, relative);
        inputs.FileRead(full);
        var bytes = ReadBytes(full, relative, diagnostics);
        return bytes is null ? null : TextFileReader.Read(bytes, relative, fixEncoding, diagnostics);
    }

    /// <summary>True when the book-relative file exists and, with every link followed, lies inside the book folder.</summary>
    public static bool IsReadable(BookPaths paths, string relative)
    {
        var full = BookPaths.Combine(paths.Root, relative);
        return paths.IsInside(full) && File.Exists(full) && paths.IsReallyInside(full);
    }
}
