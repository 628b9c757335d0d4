using System.Text.RegularExpressions;

namespace Publisher.Markdown;

/// <summary>
/// Authors wrap Markdown in HTML (<c>&lt;div align="center"&gt;</c>, blank line, Markdown, blank line, <c>&lt;/div&gt;</c>).
/// Markdig sees the open and close tags as two separate HTML blocks; rather than repair each into an
/// empty element, the wrapper is left out and the Markdown between them kept.
/// </summary>
internal static partial class HtmlWrappers
{
    /// <summary>True for an HTML block made only of closing tags.</summary>
    public static bool IsClosingOnly(string html) => ClosingTags().IsMatch(html);

    /// <summary>The opening tags (e.g. <c>&lt;div&gt;</c>) when the block is only safe opening tags, else null.</summary>
    public static string? OpenedWrappers(string html)
    {
        var match = OpeningTags().Match(html);
        if (!match.Success)
        {
            return null;
        }

        var names = match.Groups["name"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
        if (names.Any(n => HtmlRules.Dangerous.Contains(n) || HtmlRules.Void.Contains(n)) || html.Contains("/>", StringComparison.Ordinal))
        {
            return null;
        }

        return string.Concat(names.Select(n => $"<{n}>"));
    }

    [GeneratedRegex(@"^\s*(</[a-zA-Z][a-zA-Z0-9\-]*\s*>\s*)+$")]
    private static partial Regex ClosingTags();

    [GeneratedRegex(@"^\s*(<(?<name>[a-zA-Z][a-zA-Z0-9\-]*)(\s[^<>]*)?>\s*)+$")]
    private static partial Regex OpeningTags();
}
