using System.Text;
using System.Xml;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>Escaping for raw XHTML content and attributes, and checks on XML names.</summary>
internal static class XmlText
{
    public static void AppendEscaped(StringBuilder output, string text, bool attribute)
    {
        foreach (var c in XmlCharacters.Clean(text))
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
