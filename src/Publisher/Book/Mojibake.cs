using System.Buffers;
using System.Text;

namespace Publisher.Book;

/// <summary>One run of mis-decoded text and what it was meant to say.</summary>
/// <param name="Index">Position in the text (UTF-16 index).</param>
internal sealed record MojibakeRun(int Index, int Length, int Line, int Column, string Original, string Repaired);

/// <summary>
/// Finds mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and saved again, so that
/// <c>’</c> became <c>â€™</c>. A run is flagged only when its characters, turned back into Windows-1252
/// bytes, form valid multi-byte UTF-8; ordinary accented text such as "café" or "naïve" never does.
/// </summary>
internal static class Mojibake
{
    // Windows-1252 bytes 0x80-0x9F. The five undefined ones (0x81, 0x8D, 0x8F, 0x90, 0x9D) are decoded as the
    // C1 control of the same number by most tools, which ToWindows1252 covers with the Latin-1 rule.
    private static readonly Dictionary<char, byte> Windows1252High = new()
    {
        ['\u20AC'] = 0x80, ['\u201A'] = 0x82, ['\u0192'] = 0x83, ['\u201E'] = 0x84, ['\u2026'] = 0x85,
        ['\u2020'] = 0x86, ['\u2021'] = 0x87, ['\u02C6'] = 0x88, ['\u2030'] = 0x89, ['\u0160'] = 0x8A,
        ['\u2039'] = 0x8B, ['\u0152'] = 0x8C, ['\u017D'] = 0x8E, ['\u2018'] = 0x91, ['\u2019'] = 0x92,
        ['\u201C'] = 0x93, ['\u201D'] = 0x94, ['\u2022'] = 0x95, ['\u2013'] = 0x96, ['\u2014'] = 0x97,
        ['\u02DC'] = 0x98, ['\u2122'] = 0x99, ['\u0161'] = 0x9A, ['\u203A'] = 0x9B, ['\u0153'] = 0x9C,
        ['\u017E'] = 0x9E, ['\u0178'] = 0x9F,
    };

    /// <summary>Every run of adjacent mis-decoded sequences, in text order.</summary>
    public static IReadOnlyList<MojibakeRun> Find(string text)
    {
        var runs = new List<MojibakeRun>();
        var span = text.AsSpan();
        var positions = new TextPosition.Cursor(text);
        var i = 0;
        while (i < span.Length)
        {
            // Every sequence starts with a lead byte 0xC2-0xF4, i.e. one of the characters U+00C2-U+00F4.
            var next = span[i..].IndexOfAnyInRange('\u00C2', '\u00F4');
            if (next < 0)
            {
                break;
            }

            i += next;
            var length = SequencesAt(span, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            var original = text.Substring(i, length);
            var (line, column) = positions.At(i);
            runs.Add(new MojibakeRun(i, length, line, column, original, Repair(original)));
            i += length;
        }

        return runs;
    }

    /// <summary>The text with every run replaced by what it was meant to say.</summary>
    public static string RepairAll(string text, IReadOnlyList<MojibakeRun> runs)
    {
        if (runs.Count == 0)
        {
            return text;
        }

        var repaired = new StringBuilder(text.Length);
        var next = 0;
        foreach (var run in runs)
        {
            repaired.Append(text, next, run.Index - next).Append(run.Repaired);
            next = run.Index + run.Length;
        }

        return repaired.Append(text, next, text.Length - next).ToString();
    }

    /// <summary>How to show the repair to an author: <c>'â€™' looks like mis-decoded '’' (U+2019)</c>.</summary>
    public static string Describe(MojibakeRun run)
    {
        var codePoints = string.Join(' ', run.Repaired.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
        return $"'{run.Original}' looks like mis-decoded '{run.Repaired}' ({codePoints})";
    }

    // The length of the run of back-to-back mis-decoded sequences starting at index, or 0 when none starts there.
    private static int SequencesAt(ReadOnlySpan<char> text, int index)
    {
        var end = index;
        int length;
        while ((length = SequenceAt(text, end)) > 0)
        {
            end += length;
        }

        return end - index;
    }

    private static int SequenceAt(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length || ToWindows1252(text[index]) is not { } lead)
        {
            return 0;
        }

        var length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || index + length > text.Length)
        {
            return 0;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = lead;
        for (var k = 1; k < length; k++)
        {
            if (ToWindows1252(text[index + k]) is not { } continuation || continuation < 0x80 || continuation > 0xBF)
            {
                return 0;
            }

            bytes[k] = continuation;
        }

        // The strict decoder also rejects overlong forms and surrogates, which real mojibake never contains.
        return Rune.DecodeFromUtf8(bytes[..length], out _, out var consumed) == OperationStatus.Done && consumed == length
            ? length
            : 0;
    }

    private static byte? ToWindows1252(char c) => c switch
    {
        >= '\u0080' and <= '\u00FF' => (byte)c,
        _ => Windows1252High.TryGetValue(c, out var b) ? b : null,
    };

    // Text decoded wrongly twice ("Ã¢â‚¬â„¢") still holds mojibake after one repair; each round makes it shorter.
    private static string Repair(string original)
    {
        var once = Encoding.UTF8.GetString(original.Select(c => ToWindows1252(c) ?? (byte)'?').ToArray());
        return RepairAll(once, Find(once));
    }
}
