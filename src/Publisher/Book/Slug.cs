using System.Text;
using AnyAscii;

namespace Publisher.Book;

/// <summary>
/// Makes the artifact file-name stem from a title: lower-case ASCII words joined by '-'. Letters of any script are
/// transliterated first (AnyAscii), so "Ελληνικά" becomes "ellinika" and "Война и мир" "voyna-i-mir".
/// </summary>
internal static class Slug
{
    /// <summary>The stem of a title that has no letter or digit at all.</summary>
    public const string Fallback = "book";

    public static string FromTitle(string title)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in title.Transliterate().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is '\'')
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
