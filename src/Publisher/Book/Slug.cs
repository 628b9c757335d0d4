using System.Globalization;
using System.Text;

namespace Publisher.Book;

/// <summary>Makes the artifact file-name stem from a title: lower-case ASCII words joined by '-'.</summary>
internal static class Slug
{
    public const string Fallback = "book";

    public static string FromTitle(string title)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        // Decomposing first turns "Café" into "Cafe" plus a combining accent, which is then dropped.
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
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
