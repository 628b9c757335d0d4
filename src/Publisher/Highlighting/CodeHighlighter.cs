using System.Runtime.CompilerServices;
using Publisher.Document;

namespace Publisher.Highlighting;

/// <summary>Splits code into lines of coloured tokens, for the EPUB and the PDF alike.</summary>
internal static class CodeHighlighter
{
    // Both writers highlight every code block, at the same time; each block is classified once.
    private static readonly ConditionalWeakTable<CodeBlock, Lazy<IReadOnlyList<IReadOnlyList<CodeToken>>>> Blocks = new();

    /// <summary>The lines of a code block of the document, highlighted once however often they are asked for.</summary>
    public static IReadOnlyList<IReadOnlyList<CodeToken>> Highlight(CodeBlock block) =>
        Blocks.GetValue(block, b => new Lazy<IReadOnlyList<IReadOnlyList<CodeToken>>>(() => Highlight(b.Code, b.Language))).Value;

    /// <summary>
    /// One list of tokens per source line (no line terminators). Line ends are normalized to <c>\n</c> and
    /// trailing empty lines dropped; joining each line's tokens with <c>\n</c> gives that text back exactly.
    /// Unknown or missing languages give plain tokens.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<CodeToken>> Highlight(string code, string? language)
    {
        ArgumentNullException.ThrowIfNull(code);
        var text = code.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n');
        var kinds = HighlightingLanguages.Find(language) is { } known
            ? ScopeClassifier.Classify(text, known)
            : null;
        return SplitIntoLines(text, kinds);
    }

    /// <summary>Cuts the text at line ends and wherever the kind changes.</summary>
    private static List<IReadOnlyList<CodeToken>> SplitIntoLines(string text, TokenKind[]? kinds)
    {
        var lines = new List<IReadOnlyList<CodeToken>>();
        var tokens = new List<CodeToken>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atLineEnd = i == text.Length || text[i] == '\n';
            var kindChanges = !atLineEnd && i > start && kinds is not null && kinds[i] != kinds[start];
            if ((atLineEnd || kindChanges) && i > start)
            {
                tokens.Add(new CodeToken(text[start..i], kinds?[start] ?? TokenKind.Plain));
                start = i;
            }

            if (atLineEnd)
            {
                lines.Add(tokens.Count > 0 ? tokens : [new CodeToken("", TokenKind.Plain)]);
                tokens = [];
                start = i + 1;
            }
        }

        return lines;
    }
}
