using System.Xml;

namespace Publisher.Markdown;

/// <summary>Checks on XML names.</summary>
internal static class XmlText
{
    /// <summary>True for a name usable as an XML element or attribute name (or id) without a namespace prefix.</summary>
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
