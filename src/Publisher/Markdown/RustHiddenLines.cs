using System.Text;

namespace Publisher.Markdown;

/// <summary>
/// rustdoc's hidden lines, which mdBook follows in Rust code blocks: a line that is <c>#</c> alone or starts with
/// <c># </c> (after indentation) belongs to the example but is not shown; <c>##</c> at the start shows as one <c>#</c>.
/// Attributes such as <c>#[derive(Debug)]</c> and <c>#![allow(...)]</c> are shown.
/// </summary>
internal static class RustHiddenLines
{
    /// <summary>True for a code block's info string naming Rust: <c>rust</c>, <c>rust,ignore</c>, <c>rust edition2021</c>.</summary>
    public static bool IsRust(string? info)
    {
        var word = info?.Trim().Split([',', ' ', '\t'], 2)[0];
        return string.Equals(word, "rust", StringComparison.OrdinalIgnoreCase);
    }

    public static string Remove(string code)
    {
        var shown = new StringBuilder(code.Length);
        foreach (var line in code.Split('\n'))
        {
            var content = line.TrimStart(' ', '\t');
            var indent = line[..(line.Length - content.Length)];
            var bare = content.TrimEnd('\r');
            if (bare == "#" || content.StartsWith("# ", StringComparison.Ordinal) || content.StartsWith("#\t", StringComparison.Ordinal))
            {
                continue;
            }

            shown.Append(content.StartsWith("##", StringComparison.Ordinal) ? indent + content[1..] : line).Append('\n');
        }

        return shown.Length > 0 && !code.EndsWith('\n') ? shown.ToString(0, shown.Length - 1) : shown.ToString();
    }
}
