using System.Text.RegularExpressions;

namespace Publisher.Book.Layouts;

/// <summary>
/// Where the book's files are on a forge, so a link to a file that is not a chapter can point there:
/// <c>https://github.com/owner/repo</c> (optionally <c>/tree/branch/sub/folder</c> when the book is a sub-folder).
/// </summary>
internal sealed partial record RepositoryAddress(string BaseUrl, string Branch, string BookFolder)
{
    /// <summary>
    /// The address of a repository URL as book.yml or book.toml writes it; the branch is the one in the URL, else
    /// <paramref name="branch"/>, else <c>HEAD</c> (the forge's default branch); null when it is not a web address.
    /// </summary>
    public static RepositoryAddress? Parse(string? url, string? branch = null)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        var tree = TreePath().Match(path);
        var site = $"{uri.Scheme}://{uri.Authority}";
        return tree.Success
            ? new RepositoryAddress(site + tree.Groups["repo"].Value, tree.Groups["branch"].Value, tree.Groups["folder"].Value.Trim('/'))
            : new RepositoryAddress(site + path, branch ?? "HEAD", "");
    }

    /// <summary>The page of a book file (or folder) on the forge, e.g. <c>.../blob/main/listings/ch01/main.rs</c>.</summary>
    public string FileUrl(string bookRelativePath, bool isFolder)
    {
        var kind = isFolder ? "tree" : "blob";
        var separator = BaseUrl.Contains("gitlab", StringComparison.OrdinalIgnoreCase) ? "/-/" : "/";
        var path = BookFolder.Length == 0 ? bookRelativePath : $"{BookFolder}/{bookRelativePath}";
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return $"{BaseUrl}{separator}{kind}/{Uri.EscapeDataString(Branch)}/{escaped}".TrimEnd('/');
    }

    [GeneratedRegex(@"^(?<repo>/[^/]+/[^/]+?)(/-)?/(tree|blob|src/branch)/(?<branch>[^/]+)(?<folder>/.*)?$")]
    private static partial Regex TreePath();
}
