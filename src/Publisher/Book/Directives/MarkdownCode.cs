using System.Text.RegularExpressions;

namespace Publisher.Book.Directives;

/// <summary>
/// Where the code is in Markdown text, found without parsing it: fenced code blocks (<c>```</c>, <c>~~~</c>) and
/// code spans (<c>`...`</c>). GitBook and HonKit do not run template tags written in code: those show the tags.
/// </summary>
internal static partial class MarkdownCode
{
    /// <summary>The [start, end) ranges of code, in order and not overlapping.</summary>
    public static List<(int Start, int End)> Ranges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        var position = 0;
        var fence = Fence().Match(text);
        while (position < text.Length)
        {
            if (fence.Success && fence.Index < position)
            {
                fence = Fence().Match(text, position);
            }

            var tick = text.IndexOf('`', position);
            var fenceStart = fence.Success ? fence.Index : int.MaxValue;
            if (tick < 0 && !fence.Success)
            {
                break;
            }

            if (fence.Success && (tick < 0 || fenceStart <= tick))
            {
                var end = FenceEnd(text, fence);
                ranges.Add((fenceStart, end));
                position = end;
                continue;
            }

            var run = Run(text, tick);
            var close = ClosingRun(text, tick + run, run);
            if (close < 0)
            {
                position = tick + run;
                continue;
            }

            ranges.Add((tick, close + run));
            position = close + run;
        }

        return ranges;
    }

    private static int FenceEnd(string text, Match fence)
    {
        var marker = fence.Groups["fence"].Value;
        var closing = new Regex($@"^[ \t]*{Regex.Escape(marker[..1])}{{{marker.Length},}}[ \t]*\r?$", RegexOptions.Multiline);
        var lineEnd = text.IndexOf('\n', fence.Index);
        if (lineEnd < 0)
        {
            return text.Length;
        }

        var close = closing.Match(text, lineEnd + 1);
        if (!close.Success)
        {
            return text.Length;
        }

        var end = text.IndexOf('\n', close.Index);
        return end < 0 ? text.Length : end + 1;
    }

    private static int Run(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - start;
    }

    // The next run of exactly the same number of backticks, before a blank line ends the paragraph.
    private static int ClosingRun(string text, int from, int length)
    {
        var blank = BlankLine().Match(text, from);
        var limit = blank.Success ? blank.Index : text.Length;
        var i = from;
        while (i < limit)
        {
            var next = text.IndexOf('`', i, limit - i);
            if (next < 0)
            {
                return -1;
            }

            var run = Run(text, next);
            if (run == length)
            {
                return next;
            }

            i = next + run;
        }

        return -1;
    }

    [GeneratedRegex(@"^[ \t]*(?<fence>`{3,}|~{3,})[^`\n]*$", RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"\n[ \t]*\r?\n")]
    private static partial Regex BlankLine();
}
