using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Book.Directives;

/// <summary>
/// Which lines of an included file to show, as mdBook writes it after the path: nothing (every line), <c>:N</c>
/// (line N), <c>:N:</c>, <c>::M</c>, <c>:N:M</c> (1-based, inclusive), or <c>:name</c> (between the
/// <c>ANCHOR: name</c> and <c>ANCHOR_END: name</c> lines). Anchor marker lines themselves are never shown.
/// </summary>
internal sealed partial record LineSelection(int? First, int? Last, string? Anchor)
{
    public static readonly LineSelection All = new(null, null, null);

    /// <summary>The selection written after the path, or null when it is neither line numbers nor an anchor name.</summary>
    public static LineSelection? Parse(string? spec)
    {
        if (string.IsNullOrEmpty(spec))
        {
            return All;
        }

        var parts = spec.Split(':');
        if (parts.Length == 1)
        {
            return Number(parts[0]) is { } line ? new LineSelection(line, line, null)
                : AnchorName().IsMatch(parts[0]) ? new LineSelection(null, null, parts[0]) : null;
        }

        if (parts.Length == 2 && (parts[0].Length == 0 || Number(parts[0]) is not null) && (parts[1].Length == 0 || Number(parts[1]) is not null))
        {
            return new LineSelection(Number(parts[0]), Number(parts[1]), null);
        }

        return null;
    }

    /// <summary>
    /// The 0-based indexes of the lines to show, in order; empty when the range lies past the end; null when the
    /// anchor is not in the file.
    /// </summary>
    public List<int>? Select(IReadOnlyList<string> lines)
    {
        var selected = new List<int>();
        if (Anchor is null)
        {
            var first = Math.Max(1, First ?? 1);
            var last = Math.Min(lines.Count, Last ?? lines.Count);
            for (var i = first - 1; i < last; i++)
            {
                if (!IsMarker(lines[i]))
                {
                    selected.Add(i);
                }
            }

            return selected;
        }

        var inside = false;
        var found = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Marker(lines[i]) is { } marker)
            {
                if (marker.Name == Anchor)
                {
                    if (!marker.IsEnd)
                    {
                        found = inside = true;
                    }
                    else if (inside)
                    {
                        break;
                    }
                }

                continue;
            }

            if (inside)
            {
                selected.Add(i);
            }
        }

        return found ? selected : null;
    }

    private static bool IsMarker(string line) => Marker(line) is not null;

    private static (string Name, bool IsEnd)? Marker(string line)
    {
        var match = AnchorMarker().Match(line);
        return match.Success ? (match.Groups["name"].Value, match.Groups["end"].Success) : null;
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    [GeneratedRegex(@"ANCHOR(?<end>_END)?:\s*(?<name>[\w-]+)")]
    private static partial Regex AnchorMarker();

    [GeneratedRegex(@"^[\w-]+$")]
    private static partial Regex AnchorName();
}
