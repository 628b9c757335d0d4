using System.Text;
using System.Xml;

namespace Publisher.Document;

/// <summary>
/// Every string in the Document tree is safe for XML: the Markdown stage cleans what it reads and the writers
/// clean what they add. This is the one rule for what "safe" means.
/// </summary>
internal static class XmlCharacters
{
    /// <summary>Removes characters XML 1.0 cannot carry (control characters, lone surrogates); returns clean text as is.</summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || !XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
