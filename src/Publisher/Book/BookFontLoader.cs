using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Book;

/// <summary>
/// Reads the font files book.yml names: each inside the book folder (PUB110, the file is never opened otherwise),
/// present (PUB310) and a font HarfBuzz and Skia can read, with the face asked for (PUB311). A file named twice is read once.
/// Every file read, and every one looked for in vain, is recorded in the build's <see cref="BookInputs"/>.
/// </summary>
internal static class BookFontLoader
{
    // No real font comes near this (a full CJK collection is about 100 MB); a stray huge file is refused unread.
    private const long MaximumFontBytes = 256L * 1024 * 1024;

    public static BookFonts Load(FontsManifest manifest, BookPaths paths, BookInputs inputs, DiagnosticBag diagnostics)
    {
        if (manifest.Faces.Count == 0 && manifest.Fallbacks.Count == 0)
        {
            return BookFonts.None;
        }

        var read = new Dictionary<(string, int), BookFont?>();
        var faces = new Dictionary<FontRole, BookFont>();
        foreach (var (role, reference) in manifest.Faces.OrderBy(face => face.Key))
        {
            if (Load(reference, paths, inputs, read, diagnostics) is { } font)
            {
                faces[role] = font;
            }
        }

        var fallbacks = manifest.Fallbacks.Select(reference => Load(reference, paths, inputs, read, diagnostics)).OfType<BookFont>().ToList();
        return new BookFonts { Faces = faces, Fallbacks = fallbacks };
    }

    private static BookFont? Load(FontReference reference, BookPaths paths, BookInputs inputs, Dictionary<(string, int), BookFont?> read, DiagnosticBag diagnostics)
    {
        var full = paths.FileInside(reference.Path, paths.Root, out var refusal);
        if (full is null)
        {
            diagnostics.Error(
                DiagnosticCodes.PathEscapesBook,
                $"font '{reference.Path}' is not read: {refusal}",
                reference.Location);
            return null;
        }

        var relative = paths.Relative(full);
        if (!File.Exists(full))
        {
            inputs.PathMissing(full);
            var closest = ClosestFile(paths, full);
            diagnostics.Error(
                DiagnosticCodes.FontFileMissing,
                $"font file '{reference.Path}' not found; looked for '{relative}'",
                reference.Location,
                closest is null ? "put the font file in the book folder, e.g. in fonts/, and name it relative to book.yml" : $"did you mean '{closest}'?");
            return null;
        }

        if (read.TryGetValue((full, reference.Index), out var known))
        {
            return known;
        }

        inputs.FileRead(full);
        var (font, problem) = Read(full, relative, reference.Index);
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.FontFileUnusable, $"font file '{reference.Path}' cannot be used: {problem}", reference.Location);
        }

        read[(full, reference.Index)] = font;
        return font;
    }

    private static (BookFont? Font, string? Problem) Read(string full, string relative, int index)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(full).Length;
            if (length > MaximumFontBytes)
            {
                return (null, $"it is {length / (1024 * 1024)} MB; font files larger than {MaximumFontBytes / (1024 * 1024)} MB are not read");
            }

            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"the file cannot be read ({e.Message})");
        }

        var (data, mediaType, problem) = FontFile.Read(bytes, index);
        return data is null ? (null, problem) : (new BookFont(relative, data, mediaType!), null);
    }

    private static string? ClosestFile(BookPaths paths, string missing)
    {
        var folder = Path.GetDirectoryName(missing);
        if (folder is null || !Directory.Exists(folder) || !paths.IsReallyInside(folder))
        {
            return null;
        }

        var names = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().ToList();
        var closest = EditDistance.Closest(Path.GetFileName(missing), names);
        return closest is null ? null : paths.Relative(Path.Combine(folder, closest));
    }
}
