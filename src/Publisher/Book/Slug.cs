using System.Text;

namespace Publisher.Book;

/// <summary>Makes the artifact file-name stem from a title: lower-case ASCII words joined by '-'.</summary>
internal static class Slug
{
    public const string Fallback = "book";

    // Latin letters with accents, folded by hand: the build runs with invariant globalization, where
    // string.Normalize cannot decompose them.
    private static readonly (string Letters, string Ascii)[] Folds =
    [
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"),
    ];

    private static readonly Dictionary<char, string> Fold = Folds
        .SelectMany(f => f.Letters.Select(letter => (letter, f.Ascii)))
        .ToDictionary(f => f.letter, f => f.Ascii);

    public static string FromTitle(string title)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (Fold.TryGetValue(c, out var ascii))
            {
                word.Append(ascii);
            }
            else if (c is '\'' or '\u2019')
            {
                // "Author's Guide" -> "authors-guide", not "author-s-guide".
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.Count == 0 ? Fallback : string.Join('-', words);
    }
}
