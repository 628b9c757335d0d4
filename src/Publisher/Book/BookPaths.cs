using System.Text.RegularExpressions;

namespace Publisher.Book;

/// <summary>
/// Path arithmetic for files inside the book folder: turning a reference as written in Markdown into a
/// candidate path, and deciding whether a path (after following every symlink) stays inside the book.
/// </summary>
internal sealed partial class BookPaths
{
    private const int MaximumLinkHops = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    public BookPaths(string rootDirectory)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
        RealRoot = RealPath(Root) ?? Root;
    }

    /// <summary>The book folder as given, made absolute.</summary>
    public string Root { get; }

    /// <summary>The book folder with every symlink on the way to it followed.</summary>
    public string RealRoot { get; }

    /// <summary>
    /// The reference without query and fragment, URL-decoded, with forward slashes; null with a reason when it
    /// is an absolute path or a URL, which can never name a file in the book.
    /// </summary>
    public static string? Clean(string reference, out string? refusal)
    {
        refusal = null;
        var cut = reference.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(cut >= 0 ? reference[..cut] : reference).Trim().Replace('\\', '/');
        if (UrlScheme().IsMatch(path))
        {
            refusal = "it is a URL, not a file in the book folder";
            return null;
        }

        if (path.StartsWith('/') || DriveLetter().IsMatch(path) || Path.IsPathRooted(path))
        {
            refusal = "it is an absolute path; write it relative to the chapter or the book folder";
            return null;
        }

        return path;
    }

    /// <summary>
    /// A path written in book.yml (a file path, not a URL: '#', '?' and '%' are part of the name), with forward
    /// slashes; null with a reason when it is absolute.
    /// </summary>
    private static string? CleanFilePath(string path, out string? refusal)
    {
        refusal = null;
        var cleaned = path.Trim().Replace('\\', '/');
        if (cleaned.StartsWith('/') || DriveLetter().IsMatch(cleaned) || Path.IsPathRooted(cleaned))
        {
            refusal = "it is an absolute path; write it relative to the book folder";
            return null;
        }

        return cleaned;
    }

    /// <summary>
    /// The full path of a file the book names (in book.yml or a directive), written relative to <paramref name="folder"/>;
    /// null with the reason when the path is absolute or the file lies outside the book folder, as written or through
    /// a symlink (a link that leads nowhere counts as leading out). The caller reports the reason (PUB110).
    /// </summary>
    public string? FileInside(string path, string folder, out string? refusal)
    {
        var cleaned = CleanFilePath(path, out refusal);
        var full = cleaned is null ? null : Combine(folder, cleaned);
        if (full is null || !IsInside(full) || ((File.Exists(full) || new FileInfo(full).LinkTarget is not null) && !IsReallyInside(full)))
        {
            refusal ??= "it lies outside the book folder";
            return null;
        }

        return full;
    }

    /// <summary>The full path of a relative path seen from a folder, with '.' and '..' resolved (no file access).</summary>
    public static string Combine(string folder, string relativePath) =>
        Path.GetFullPath(Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>True when the path, taken literally, lies inside the book folder.</summary>
    public bool IsInside(string fullPath) => IsWithin(fullPath, Root);

    /// <summary>True when the path, with every symlink followed, lies inside the book folder.</summary>
    public bool IsReallyInside(string fullPath) => RealPath(fullPath) is { } real && IsWithin(real, RealRoot);

    /// <summary>Relative to the book folder with forward slashes, e.g. <c>images/11-1.png</c>.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>The folder a book-relative file lies in, as a full path.</summary>
    public string FolderOf(string relativeFile) =>
        Path.GetDirectoryName(Combine(Root, relativeFile)) ?? Root;

    private static bool IsWithin(string path, string folder) =>
        path.Equals(folder, PathComparison) ||
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>
    /// The path with every symlink along it followed (like realpath(3), but the last parts may not exist);
    /// null when the links loop.
    /// </summary>
    public static string? RealPath(string fullPath)
    {
        var hops = 0;
        return Resolve(Path.GetFullPath(fullPath), ref hops);
    }

    private static string? Resolve(string fullPath, ref int hops)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = part == ".." ? Path.GetDirectoryName(current) ?? current : Path.Combine(current, part);
            var target = part is "." or ".." ? null : new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++hops > MaximumLinkHops)
                {
                    return null;
                }

                var resolved = Resolve(Path.GetFullPath(target, current), ref hops);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]+:")]
    private static partial Regex UrlScheme();

    [GeneratedRegex(@"^[A-Za-z]:[/\\]")]
    private static partial Regex DriveLetter();
}
