using System.Text;

namespace Publisher.Markdown;

/// <summary>
/// Flattens absurdly deep nesting before Markdig sees it: a line may open at most <see cref="MaxMarkers"/>
/// block quote or list markers and at most <see cref="MaxIndent"/> columns of leading space. Markdig refuses
/// (and slows down on) deeper input; real books never come near these limits.
/// </summary>
internal static class NestingLimiter
{
    public const int MaxMarkers = 32;
    public const int MaxIndent = 64;

    /// <summary>Returns the text with over-deep line prefixes cut, and the 0-based lines that were changed.</summary>
    public static (string Text, IReadOnlyList<int> ChangedLines) Limit(string text)
    {
        var changed = new List<int>();
        StringBuilder? output = null;
        var lineStart = 0;
        var lineNumber = 0;
        string? openFence = null;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            // Code keeps its indentation: lines inside a fenced block are never cut.
            var fence = FenceOf(line);
            var insideFence = openFence is not null;
            if (fence is not null && (openFence is null || fence.StartsWith(openFence, StringComparison.Ordinal)))
            {
                openFence = openFence is null ? fence : null;
            }

            var cut = insideFence ? null : FindCut(line);
            if (cut is { } c)
            {
                output ??= new StringBuilder(text.Length).Append(text, 0, lineStart);
                output.Append(line[..c.KeepLength]).Append(line[c.ContentStart..]);
                changed.Add(lineNumber);
            }
            else
            {
                output?.Append(line);
            }

            if (lineEnd < text.Length)
            {
                output?.Append('\n');
            }

            lineStart = lineEnd + 1;
            lineNumber++;
        }

        return (output?.ToString() ?? text, changed);
    }

    /// <summary>The fence (three or more backticks or tildes) a line starts with after its container prefix, if any.</summary>
    private static string? FenceOf(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] is ' ' or '\t' or '>' || (line[i] is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ')))
        {
            i++;
        }

        var rest = line[i..];
        var length = 0;
        while (length < rest.Length && rest[length] == rest[0] && rest[0] is '`' or '~')
        {
            length++;
        }

        return length >= 3 ? rest[..length].ToString() : null;
    }

    private static (int KeepLength, int ContentStart)? FindCut(ReadOnlySpan<char> line)
    {
        var markers = 0;
        var column = 0;
        var keepLength = -1;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                column += c == '\t' ? 4 - (column % 4) : 1;
                if (column > MaxIndent && keepLength < 0)
                {
                    keepLength = i;
                }

                i++;
                continue;
            }

            var markerLength = MarkerLength(line[i..]);
            if (markerLength == 0)
            {
                break;
            }

            markers++;
            if (markers > MaxMarkers && keepLength < 0)
            {
                keepLength = i;
            }

            i += markerLength;
            column += markerLength;
        }

        return keepLength < 0 ? null : (keepLength, i);
    }

    /// <summary>The length of a block quote or list marker at the start of <paramref name="rest"/>, or 0.</summary>
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest[0] == '>')
        {
            return 1;
        }

        if (rest[0] is '-' or '+' or '*')
        {
            return rest.Length == 1 || rest[1] is ' ' or '\t' ? 1 : 0;
        }

        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < rest.Length && rest[digits] is '.' or ')' &&
            (digits + 1 == rest.Length || rest[digits + 1] is ' ' or '\t'))
        {
            return digits + 1;
        }

        return 0;
    }
}
