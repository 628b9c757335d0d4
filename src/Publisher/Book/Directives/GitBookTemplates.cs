using System.Text.RegularExpressions;
using Publisher.Diagnostics;

namespace Publisher.Book.Directives;

/// <summary>
/// Expands the template tags GitBook and HonKit (Nunjucks) books use: <c>{% include "file" %}</c> (expanded in turn),
/// <c>{% raw %}...{% endraw %}</c> (kept as written), <c>{{ book.name }}</c> (book.json's variables) and
/// <c>{# comments #}</c> (removed). A tag we do not know, such as a plugin's <c>{% hint %}...{% endhint %}</c>, is a
/// warning at its line (PUB130): its tag lines are left out and the Markdown between them is kept. An expression we
/// cannot fill in is a warning too (PUB131) and is left out.
/// </summary>
internal sealed partial class GitBookTemplates(IncludeFiles files, IReadOnlyDictionary<string, string> variables, DiagnosticBag diagnostics)
{
    public MappedText Expand(MappedText text, IReadOnlyList<string> chain)
    {
        var source = text.Text;
        if (!source.Contains("{%", StringComparison.Ordinal) && !source.Contains("{{", StringComparison.Ordinal) && !source.Contains("{#", StringComparison.Ordinal))
        {
            return text;
        }

        var output = new MappedText.Builder();
        var code = MarkdownCode.Ranges(source);
        var ends = EndTags(source);
        var codeIndex = 0;
        var openBlocks = new List<string>();
        var copied = 0;
        var position = 0;
        while (Tag().Match(source, position) is { Success: true } match)
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            position = end;
            while (codeIndex < code.Count && code[codeIndex].End <= start)
            {
                codeIndex++;
            }

            if (codeIndex < code.Count && code[codeIndex].Start <= start)
            {
                position = code[codeIndex].End; // GitBook shows template tags written in code as they are
                continue;
            }

            var at = text.Locate(start);
            if (match.Groups["expression"].Success)
            {
                output.Append(text, copied, start - copied);
                copied = end;
                Expression(output, match.Groups["expression"].Value.Trim(), at);
                continue;
            }

            var name = match.Groups["name"].Value;
            var arguments = match.Groups["args"].Value.Trim();
            if (name == "raw")
            {
                var close = EndRaw().Match(source, end);
                (start, end) = LineAround(source, start, end);
                output.Append(text, copied, start - copied);
                if (!close.Success)
                {
                    diagnostics.Error(DiagnosticCodes.DirectiveInvalid, "{% raw %} is never closed by {% endraw %}", at, "add {% endraw %} where the text to keep as written ends");
                    copied = end;
                    position = source.Length;
                    break;
                }

                var (closeStart, closeEnd) = LineAround(source, close.Index, close.Index + close.Length);
                output.Append(text, end, closeStart - end);
                copied = position = closeEnd;
                continue;
            }

            if (name == "include")
            {
                output.Append(text, copied, start - copied);
                copied = end;
                Include(output, arguments, at, chain);
                continue;
            }

            // A comment, or a tag we do not know: left out, with its whole line when it stands alone.
            (start, end) = LineAround(source, start, end);
            output.Append(text, copied, start - copied);
            copied = position = end;
            if (!match.Groups["comment"].Success)
            {
                Unknown(ends, name, match.Value, position, at, openBlocks);
            }
        }

        output.Append(text, copied, source.Length - copied);
        return output.Build(chain[^1]);
    }

    private void Expression(MappedText.Builder output, string expression, SourceLocation at)
    {
        var name = expression.StartsWith("book.", StringComparison.Ordinal) ? expression[5..].Trim() : null;
        if (name is not null && variables.TryGetValue(name, out var value))
        {
            output.AppendMade(value, at);
            return;
        }

        diagnostics.Warning(
            DiagnosticCodes.TemplateVariableUnknown,
            $"'{{{{ {expression} }}}}' is not a variable this book defines; it is left out",
            at,
            name is null ? "only book.json's variables can be used, as {{ book.name }}" : $"add \"{name}\" to \"variables\" in book.json");
    }

    private void Include(MappedText.Builder output, string arguments, SourceLocation at, IReadOnlyList<string> chain)
    {
        const string directive = "{% include %}";
        var quoted = Quoted().Match(arguments);
        if (!quoted.Success)
        {
            diagnostics.Error(DiagnosticCodes.DirectiveInvalid, "{% include %} needs a file in quotes: {% include \"file.md\" %}", at);
            return;
        }

        if (files.Resolve(quoted.Groups["path"].Value, chain[^1], at, directive) is { } file && files.CanEnter(chain, file, at, directive) &&
            files.Read(file) is { } included)
        {
            var expanded = Expand(included, [.. chain, file]);
            var length = expanded.Text.EndsWith('\n') ? expanded.Text.Length - 1 : expanded.Text.Length;
            output.Append(expanded, 0, length);
        }
    }

    private void Unknown(Dictionary<string, List<int>> ends, string name, string tag, int after, SourceLocation at, List<string> openBlocks)
    {
        if (name.StartsWith("end", StringComparison.Ordinal) && name.Length > 3)
        {
            openBlocks.Remove(name[3..]); // the end of a block, reported at its start
            return;
        }

        var isBlock = ends.TryGetValue(name, out var positions) && positions[^1] >= after;
        if (isBlock)
        {
            openBlocks.Add(name);
        }
        else if (openBlocks.Count > 0)
        {
            return; // a part of the block around it ({% exercise %} ... {% solution %} ...), reported with the block
        }

        diagnostics.Warning(
            DiagnosticCodes.TemplateTagUnknown,
            isBlock
                ? $"the template block '{Shorten(tag)}' (a plugin's?) is not known; its tag lines are left out and the text inside is kept"
                : $"the template tag '{Shorten(tag)}' is not known; it is left out",
            at);
    }

    /// <summary>Where each <c>{% endname %}</c> is, by name, so telling a block from a single tag needs no search.</summary>
    private static Dictionary<string, List<int>> EndTags(string source)
    {
        var ends = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (Match end in EndTag().Matches(source))
        {
            var name = end.Groups["name"].Value;
            if (!ends.TryGetValue(name, out var positions))
            {
                ends[name] = positions = [];
            }

            positions.Add(end.Index);
        }

        return ends;
    }

    private static string Shorten(string tag) => tag.Length <= 60 ? tag : tag[..57] + "...";

    /// <summary>A tag alone on its line is removed with the line; elsewhere only the tag goes.</summary>
    private static (int Start, int End) LineAround(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd + 1;
        var alone = string.IsNullOrWhiteSpace(text[lineStart..start]) && string.IsNullOrWhiteSpace(text[end..lineEnd]);
        return alone ? (lineStart, lineEnd) : (start, end);
    }

    [GeneratedRegex(@"\{%-?\s*(?<name>\w+)(?<args>[^\n]*?)-?%\}|\{\{-?(?<expression>[^\n]*?)-?\}\}|(?<comment>\{#.*?#\})", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{%-?\s*end(?<name>\w+)")]
    private static partial Regex EndTag();

    [GeneratedRegex(@"\{%-?\s*endraw\s*-?%\}")]
    private static partial Regex EndRaw();

    [GeneratedRegex(@"^[""'](?<path>[^""']+)[""']")]
    private static partial Regex Quoted();
}
