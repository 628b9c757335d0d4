using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Publisher.Pdf.Text.Hyphenation;

/// <summary>
/// Hyphenates words of one language: the language's patterns, its left and right minimums (letters that must stay
/// before and after a break) and a minimum word length. Results are cached per word, since words repeat; it is
/// safe to use from chapters laid out in parallel.
/// </summary>
internal sealed class Hyphenator
{
    /// <summary>Shorter words are never broken, whatever the patterns say (as browsers do by default).</summary>
    public const int MinimumWordLength = 5;

    private readonly LiangPatterns _patterns;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly bool _turkishCase;

    public Hyphenator(string tag, LiangPatterns patterns, int leftMin, int rightMin)
    {
        Tag = tag;
        _patterns = patterns;
        LeftMin = leftMin;
        RightMin = rightMin;
        _turkishCase = tag == "tr";
    }

    /// <summary>The hyph-utf8 tag of the patterns, e.g. <c>en-us</c> or <c>de-1996</c>.</summary>
    public string Tag { get; }

    public int LeftMin { get; }

    public int RightMin { get; }

    /// <summary>
    /// Where <paramref name="word"/> may be broken with a hyphen: offsets into it, ascending. A word is broken only
    /// when it is made of letters (an apostrophe may join them), is at least <see cref="MinimumWordLength"/> letters
    /// long, and has no digit or other sign inside; punctuation before and after it is allowed and never split off.
    /// </summary>
    public int[] Breaks(string word)
    {
        if (word.Length < MinimumWordLength)
        {
            return [];
        }

        return _cache.GetOrAdd(word, Compute);
    }

    private int[] Compute(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetter(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(word[end - 1]))
        {
            end--;
        }

        if (end - start < MinimumWordLength || !IsPlainWord(word, start, end) || HasSignsAround(word, start, end))
        {
            return [];
        }

        var core = Lower(word.AsSpan(start, end - start));
        var breaks = _patterns.Breaks(core, LeftMin, RightMin);
        if (start > 0)
        {
            for (var i = 0; i < breaks.Length; i++)
            {
                breaks[i] += start;
            }
        }

        return breaks;
    }

    /// <summary>Letters, and apostrophes between letters; composed characters only (patterns are in NFC).</summary>
    private static bool IsPlainWord(string word, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = word[i];
            if (!char.IsLetter(c) && c is not ('\'' or '\u2019'))
            {
                return false;
            }
        }

        return word.AsSpan(start, end - start).IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>Digits, URLs and other signs before or after the letters mean this is no plain word.</summary>
    private static bool HasSignsAround(string word, int start, int end)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (i >= start && i < end)
            {
                continue;
            }

            var c = word[i];
            if (char.IsDigit(c) || c is '@' or '/' or '\\' or '_' or '=' or '#' or '&' or '%' or '+' or '<' or '>' or '|' or '~')
            {
                return true;
            }

        }

        return false;
    }

    private string Lower(ReadOnlySpan<char> letters)
    {
        Span<char> lower = letters.Length <= 128 ? stackalloc char[letters.Length] : new char[letters.Length];
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            lower[i] = _turkishCase && c == 'I' ? 'ı'
                : _turkishCase && c == 'İ' ? 'i'
                : char.ToLowerInvariant(c);
        }

        return new string(lower);
    }
}
