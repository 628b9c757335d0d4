using System.Text;
using Publisher.Diagnostics;

namespace Publisher.Cli;

/// <summary>
/// Formats diagnostics as GitHub Actions workflow commands (<c>::error file=...,line=...,col=...::message</c>)
/// so problems show on the pull request next to the line they are about.
/// </summary>
/// <param name="bookDirectory">The book folder, which diagnostic paths are relative to.</param>
/// <param name="workspace">The repository folder, which GitHub wants paths relative to.</param>
internal sealed class GitHubAnnotations(string bookDirectory, string workspace)
{
    public string Format(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>();
        if (diagnostic.Location is { } location)
        {
            properties.Add($"file={EscapeProperty(RepositoryPath(location.File))}");
            if (location.Line > 0)
            {
                properties.Add($"line={location.Line}");
                properties.Add($"col={Math.Max(location.Column, 1)}");
            }
        }

        properties.Add($"title={EscapeProperty(diagnostic.Code)}");
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} ({diagnostic.Hint})";
        return $"::{command} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    /// <summary>The diagnostic's book-relative path made relative to the workspace, with forward slashes.</summary>
    private string RepositoryPath(string bookRelativePath)
    {
        var fullPath = Path.GetFullPath(Path.Combine(bookDirectory, bookRelativePath));
        var relative = Path.GetRelativePath(workspace, fullPath);
        // A book outside the workspace cannot be mapped; its own relative path is the most useful thing to show.
        var usable = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? bookRelativePath
            : relative;
        return usable.Replace('\\', '/');
    }

    // The escaping rules of GitHub's workflow command format.
    private static string EscapeData(string value) => new StringBuilder(value)
        .Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
