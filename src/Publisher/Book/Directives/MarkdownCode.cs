using System.Text.RegularExpressions;

namespace Publisher.Book.Directives;

/// <summary>
/// Where the code is in Markdown text, found without parsing it: fenced code blocks (<c>```</c>, <c>~~~</c>) and
/// code spans (<c>`...`</c>, closed by a run of as many backticks before the paragraph ends). GitBook and HonKit do
/// not run template tags written in code: those show the tags. One pass over the text, whatever it holds.
/// </summary>
internal static partial class MarkdownCode
{
    /// <summary>The [start, end) ranges of code, in order and not overlapping.</summary>
    public static List<(int Start, int End)> Ranges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        var fences = Fences(text);
        var runs = BacktickRuns(text, fences);
        var blankLines = BlankLine().Matches(text).Select(m => m.Index).ToList();
        var next = new Dictionary<int, int>(); // for each run length, the first run not yet looked at
        var byLength = runs.Select((run, i) => (run, i)).GroupBy(r => r.run.Length).ToDictionary(g => g.Key, g => g.Select(r => r.i).ToList());
        var fenceIndex = 0;
        var consumedUpTo = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            var (start, length) = runs[i];
            if (start < consumedUpTo)
            {
                continue;
            }

            while (fenceIndex < fences.Count && fences[fenceIndex].End <= start)
            {
                ranges.Add(fences[fenceIndex++]);
            }

            var limit = ParagraphEnd(blankLines, start, text.Length);
            var sameLength = byLength[length];
            var k = next.GetValueOrDefault(length, 0);
            while (k < sameLength.Count && runs[sameLength[k]].Start <= start)
            {
                k++;
            }

            next[length] = k;
            if (k < sameLength.Count && runs[sameLength[k]].Start < limit)
            {
                var close = runs[sameLength[k]];
                ranges.Add((start, close.Start + length));
                consumedUpTo = close.Start + length;
            }
        }

        ranges.AddRange(fences.Skip(fenceIndex));
        ranges.Sort();
        return ranges;
    }

    private static int ParagraphEnd(List<int> blankLines, int position, int textLength)
    {
        var index = blankLines.BinarySearch(position);
        index = index >= 0 ? index : ~index;
        return index < blankLines.Count ? blankLines[index] : textLength;
    }

    /// <summary>Runs of backticks outside fenced blocks: where each starts and how long it is.</summary>
    private static List<(int Start, int Length)> BacktickRuns(string text, List<(int Start, int End)> fences)
    {
        var runs = new List<(int Start, int Length)>();
        var fence = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (fence < fences.Count && fences[fence].End <= i)
            {
                fence++;
            }

            if (fence < fences.Count && i >= fences[fence].Start)
            {
                i = fences[fence].End - 1;
                continue;
            }

            if (text[i] != '`')
            {
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] == '`')
            {
                end++;
            }

            runs.Add((i, end - i));
            i = end - 1;
        }

        return runs;
    }

    private static List<(int Start, int End)> Fences(string text)
    {
        var fences = new List<(int Start, int End)>();
        var position = 0;
        while (position < text.Length && Fence().Match(text, position) is { Success: true } open)
        {
            var marker = open.Groups["fence"].Value;
            var lineEnd = text.IndexOf('\n', open.Index);
            var end = lineEnd < 0 ? text.Length : ClosingFence(text, lineEnd + 1, marker[0], marker.Length);
            fences.Add((open.Index, end));
            position = end;
        }

        return fences;
    }

    // The line after the closing fence (as many fence characters or more, alone on the line), or the end of the text.
    private static int ClosingFence(string text, int from, char character, int length)
    {
        var lineStart = from;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).Trim();
            if (line.Length >= length && !line.ContainsAnyExcept(character))
            {
                return lineEnd < 0 ? text.Length : lineEnd + 1;
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return text.Length;
    }

    [GeneratedRegex(@"^[ \t]*(?<fence>`{3,}|~{3,})[^`\n]*$", RegexOptions.Multiline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"\n[ \t]*\r?\n")]
    private static partial Regex BlankLine();
}
