namespace Publisher.Pdf.Text.Hyphenation;

/// <summary>
/// One language's hyphenation patterns and exceptions, after Liang ("Word Hy-phen-a-tion by Com-put-er", 1983), in
/// the plain-text form of the hyph-utf8 project: a pattern such as <c>.ach4</c> gives the letters <c>.ach</c> and a
/// level between each pair of them; over all patterns that match a word (dots mark its ends), the highest level at
/// each gap wins, and an odd one allows a break there. Exceptions (<c>as-so-ciate</c>) replace the patterns for the
/// whole word.
/// </summary>
internal sealed class LiangPatterns
{
    /// <summary>
    /// Letters of each pattern, and of each prefix of one (with null levels), to their levels; walking a prefix
    /// that is no key stops the search from that letter, as a trie would.
    /// </summary>
    private readonly Dictionary<string, byte[]?> _patterns;
    private readonly Dictionary<string, byte[]?>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int[]> _exceptions;

    private LiangPatterns(Dictionary<string, byte[]?> patterns, Dictionary<string, int[]> exceptions)
    {
        _patterns = patterns;
        _lookup = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptions = exceptions;
    }

    public int PatternCount { get; private init; }

    /// <summary>Reads patterns (one a line or several separated by spaces) and exceptions (hyphens where the word breaks).</summary>
    public static LiangPatterns Parse(TextReader patterns, TextReader? exceptions)
    {
        var table = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var count = 0;
        var letters = new System.Text.StringBuilder();
        var levels = new List<byte>();
        while (patterns.ReadLine() is { } line)
        {
            foreach (var pattern in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (pattern.StartsWith('%'))
                {
                    break;
                }

                letters.Clear();
                levels.Clear();
                levels.Add(0);
                foreach (var c in pattern)
                {
                    if (c is >= '0' and <= '9')
                    {
                        levels[^1] = (byte)(c - '0');
                    }
                    else
                    {
                        letters.Append(c);
                        levels.Add(0);
                    }
                }

                var key = letters.ToString();
                for (var length = 1; length < key.Length; length++)
                {
                    table.TryAdd(key[..length], null);
                }

                table[key] = [.. levels];
                count++;
            }
        }

        return new LiangPatterns(table, ReadExceptions(exceptions)) { PatternCount = count };
    }

    private static Dictionary<string, int[]> ReadExceptions(TextReader? exceptions)
    {
        var table = new Dictionary<string, int[]>(StringComparer.Ordinal);
        while (exceptions?.ReadLine() is { } line)
        {
            foreach (var entry in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (entry.StartsWith('%'))
                {
                    break;
                }

                var breaks = new List<int>();
                var word = new System.Text.StringBuilder();
                foreach (var c in entry)
                {
                    if (c == '-')
                    {
                        breaks.Add(word.Length);
                    }
                    else
                    {
                        word.Append(c);
                    }
                }

                table[word.ToString()] = [.. breaks];
            }
        }

        return table;
    }

    /// <summary>
    /// Where <paramref name="word"/> (lower case, letters only) may break: offsets into it, ascending, at least
    /// <paramref name="leftMin"/> letters from its start and <paramref name="rightMin"/> from its end.
    /// </summary>
    public int[] Breaks(string word, int leftMin, int rightMin)
    {
        var last = word.Length - rightMin;
        if (last < leftMin)
        {
            return [];
        }

        if (_exceptions.TryGetValue(word, out var listed))
        {
            return Array.FindAll(listed, at => at >= leftMin && at <= last);
        }

        // levels[k] is the gap before letter k of ".word.", so the gap before the word's letter j is levels[j + 1].
        var dotted = $".{word}.";
        Span<byte> levels = dotted.Length <= 128 ? stackalloc byte[dotted.Length + 1] : new byte[dotted.Length + 1];
        levels.Clear();
        for (var start = 0; start < dotted.Length; start++)
        {
            for (var end = start + 1; end <= dotted.Length; end++)
            {
                if (!_lookup.TryGetValue(dotted.AsSpan(start, end - start), out var pattern))
                {
                    break;
                }

                if (pattern is null)
                {
                    continue;
                }

                for (var k = 0; k < pattern.Length; k++)
                {
                    levels[start + k] = Math.Max(levels[start + k], pattern[k]);
                }
            }
        }

        var breaks = new List<int>();
        for (var at = leftMin; at <= last; at++)
        {
            if ((levels[at + 1] & 1) == 1)
            {
                breaks.Add(at);
            }
        }

        return [.. breaks];
    }
}
