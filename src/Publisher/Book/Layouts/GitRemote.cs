using System.Text.RegularExpressions;

namespace Publisher.Book.Layouts;

/// <summary>
/// The repository address of a book kept in git, from the <c>origin</c> remote in <c>.git/config</c> and the branch
/// in <c>.git/HEAD</c>. Both are read as plain files inside the book folder: no git process runs, and a <c>.git</c>
/// that is a file or a link pointing elsewhere is not followed.
/// </summary>
internal static partial class GitRemote
{
    public static RepositoryAddress? Find(BookPaths paths)
    {
        var gitFolder = Path.Combine(paths.Root, ".git");
        var config = Path.Combine(gitFolder, "config");
        if (!Directory.Exists(gitFolder) || !File.Exists(config) || !paths.IsReallyInside(config))
        {
            return null;
        }

        try
        {
            var url = OriginUrl(File.ReadLines(config).Take(2000));
            var head = Path.Combine(gitFolder, "HEAD");
            var branch = File.Exists(head) && paths.IsReallyInside(head) ? Branch(File.ReadLines(head).FirstOrDefault()) : null;
            return RepositoryAddress.Parse(WebUrl(url), branch);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? OriginUrl(IEnumerable<string> lines)
    {
        var inOrigin = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = OriginSection().IsMatch(line);
            }
            else if (inOrigin && UrlLine().Match(line) is { Success: true } url)
            {
                return url.Groups["url"].Value.Trim().Trim('"');
            }
        }

        return null;
    }

    private static string? Branch(string? head) =>
        head is not null && head.StartsWith("ref: refs/heads/", StringComparison.Ordinal) ? head["ref: refs/heads/".Length..].Trim() : null;

    /// <summary><c>git@github.com:owner/repo.git</c> and <c>ssh://git@host/owner/repo</c> as the https address people browse.</summary>
    public static string? WebUrl(string? remote)
    {
        if (remote is null)
        {
            return null;
        }

        if (ScpLike().Match(remote) is { Success: true } scp)
        {
            return $"https://{scp.Groups["host"].Value}/{scp.Groups["path"].Value}";
        }

        if (!Uri.TryCreate(remote, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http" or "ssh" or "git"))
        {
            return null;
        }

        return $"https://{uri.Host}{uri.AbsolutePath}";
    }

    [GeneratedRegex(@"^\[remote\s+""origin""\]$")]
    private static partial Regex OriginSection();

    [GeneratedRegex(@"^url\s*=\s*(?<url>.+)$")]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^[\w.-]+@(?<host>[\w.-]+):(?<path>[^/].*)$")]
    private static partial Regex ScpLike();
}
