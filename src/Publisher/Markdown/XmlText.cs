using System.Text;
using System.Xml;

namespace Publisher.Markdown;

/// <summary>Keeps text and names safe for XHTML: no characters XML forbids, escaping for content and attributes.</summary>
internal static class XmlText
{
    /// <summary>Removes characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
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

    public static void AppendEscaped(StringBuilder output, string text, bool attribute)
    {
        foreach (var c in Clean(text))
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"' when attribute: output.Append("&quot;"); break;
                case '\n' when attribute: output.Append("&#10;"); break;
                case '\r' when attribute: output.Append("&#13;"); break;
                case '\t' when attribute: output.Append("&#9;"); break;
                default: output.Append(c); break;
            }
        }
    }

    /// <summary>True for a name usable as an XML element or attribute name without a namespace prefix.</summary>
    public static bool IsNcName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
