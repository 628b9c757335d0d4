using System.Text.RegularExpressions;
using Publisher.Diagnostics;

namespace Publisher.Book.Directives;

/// <summary>
/// Expands mdBook's directives in a chapter's text: <c>{{#include file}}</c> (with <c>:N</c>, <c>:N:M</c>,
/// <c>::M</c>, <c>:N:</c> or <c>:anchor</c>), <c>{{#rustdoc_include file:range}}</c> (only the range is shown; the
/// book has no button to show the rest), <c>{{#playground file attributes}}</c> (a Rust code block) and
/// <c>{{#title ...}}</c> (a web page's title: removed). <c>\{{#...}}</c> is written as the text <c>{{#...}}</c>.
/// Included Markdown is expanded in turn; every stretch keeps the file and line it came from.
/// </summary>
internal sealed partial class MdBookDirectives(IncludeFiles files, DiagnosticBag diagnostics)
{
    public MappedText Expand(MappedText text, IReadOnlyList<string> chain)
    {
        if (!text.Text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        var output = new MappedText.Builder();
        var copied = 0;
        foreach (Match match in Directive().Matches(text.Text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (match.Groups["escaped"].Success)
            {
                output.Append(text, copied, start - copied);
                copied = start + 1; // the backslash goes; the directive stays as text
                continue;
            }

            var at = text.Locate(match.Groups["open"].Index);
            var kind = match.Groups["kind"].Value;
            var arguments = match.Groups["args"].Value.Trim();
            if (arguments.Length == 0)
            {
                continue; // names no file: text about directives, which mdBook also leaves as it is
            }

            if (kind == "title")
            {
                (start, end) = LineAround(text.Text, start, end);
                output.Append(text, copied, start - copied);
                copied = end;
                continue;
            }

            output.Append(text, copied, start - copied);
            copied = end;
            Replace(output, kind, arguments, at, chain);
        }

        output.Append(text, copied, text.Text.Length - copied);
        return output.Build(chain[^1]);
    }

    private void Replace(MappedText.Builder output, string kind, string arguments, SourceLocation at, IReadOnlyList<string> chain)
    {
        var directive = $"{{{{#{kind}}}}}";
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        var (path, spec) = SplitSelection(words[0]);
        var selection = kind == "playground" ? LineSelection.All : LineSelection.Parse(spec);
        if (selection is null)
        {
            diagnostics.Error(
                DiagnosticCodes.DirectiveInvalid,
                $"{directive} '{words[0]}': '{spec}' is neither line numbers nor an anchor name",
                at,
                "write file.rs:5, file.rs:5:10, file.rs::10, file.rs:5: or file.rs:anchor-name");
            return;
        }

        if (files.Resolve(path, chain[^1], at, directive) is not { } file || !files.CanEnter(chain, file, at, directive) ||
            files.Read(file) is not { } included)
        {
            return;
        }

        var selected = Select(included, selection, file, at, directive);
        if (selected is null)
        {
            return;
        }

        var expanded = Expand(selected, [.. chain, file]);
        if (kind == "playground")
        {
            var attributes = words.Length > 1 ? "," + string.Join(',', words.Skip(1)) : "";
            output.AppendMade($"```rust{attributes}\n", at);
            output.Append(expanded);
            output.AppendMade(expanded.Text.EndsWith('\n') ? "```" : "\n```", at);
        }
        else
        {
            output.Append(expanded);
        }
    }

    /// <summary>The chosen lines of an included file, each still mapped to its own line; null after PUB126.</summary>
    private MappedText? Select(MappedText file, LineSelection selection, string path, SourceLocation at, string directive)
    {
        var lines = file.Text.Split('\n');
        var hasFinalNewline = file.Text.EndsWith('\n');
        var count = hasFinalNewline ? lines.Length - 1 : lines.Length;
        var chosen = selection.Select(lines.Take(count).ToList());
        if (chosen is null)
        {
            diagnostics.Error(
                DiagnosticCodes.IncludeAnchorMissing,
                $"{directive} '{path}': the anchor '{selection.Anchor}' is not in the file",
                at,
                $"mark the lines with 'ANCHOR: {selection.Anchor}' and 'ANCHOR_END: {selection.Anchor}' comments");
            return null;
        }

        var starts = new int[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            starts[i + 1] = starts[i] + lines[i].Length + 1;
        }

        // Lines keep their newline, except the last one (mdBook joins the chosen lines the same way).
        var builder = new MappedText.Builder();
        for (var k = 0; k < chosen.Count; k++)
        {
            var line = chosen[k];
            builder.Append(file, starts[line], lines[line].Length + (k == chosen.Count - 1 ? 0 : 1));
        }

        return builder.Build(path);
    }

    private static (string Path, string? Spec) SplitSelection(string word)
    {
        var colon = word.IndexOf(':');
        return colon < 0 ? (word, null) : (word[..colon], word[(colon + 1)..]);
    }

    /// <summary>A directive alone on its line is removed with the line; elsewhere only the directive goes.</summary>
    private static (int Start, int End) LineAround(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && text[start - 1] == '\n')
        {
            lineStart = start;
        }

        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd + 1;
        var alone = string.IsNullOrWhiteSpace(text[lineStart..start]) && string.IsNullOrWhiteSpace(text[end..lineEnd]);
        return alone ? (lineStart, lineEnd) : (start, end);
    }

    [GeneratedRegex(@"\\(?<escaped>\{\{\s*#)|(?<open>\{\{)\s*#(?<kind>include|rustdoc_include|playground|title)\b(?<args>[^}]*)\}\}")]
    private static partial Regex Directive();
}
