using System.Globalization;
using System.Text;

namespace Publisher.Markdown;

/// <summary>
/// Link addresses as EPUB and PDF readers need them: valid URIs. What browsers forgive (spaces, backslashes,
/// backticks, non-ASCII letters) is percent-encoded the way they encode it before sending the request.
/// </summary>
internal static class UriText
{
    /// <summary>The URI schemes EPUBCheck knows (IANA's registry as EPUBCheck 4.2 lists it); others get its warning HTM-025.</summary>
    private static readonly HashSet<string> Registered = new(StringComparer.OrdinalIgnoreCase)
    {
        "aaa", "aaas", "acap", "cap", "cid", "crid", "data", "dav", "dict", "dns", "fax", "file", "ftp", "go", "gopher",
        "h323", "http", "https", "icap", "im", "imap", "info", "ipp", "irc", "iris", "iris.beep", "iris.xpc", "iris.xpcs",
        "iris.lwz", "javascript", "ldap", "mailto", "mid", "modem", "msrp", "msrps", "mtqp", "mupdate", "news", "nfs",
        "nntp", "opaquelocktoken", "pop", "pres", "rtsp", "service", "shttp", "sip", "sips", "snmp", "soap.beep",
        "soap.beeps", "tag", "tel", "telnet", "tftp", "thismessage", "tip", "tv", "urn", "vemmi", "xmlrpc.beep",
        "xmlrpc.beeps", "xmpp", "z39.50r", "z39.50s", "afs", "dtn", "iax", "mailserver", "pack", "tn3270", "prospero",
        "snews", "videotex", "wais",
    };

    public static bool IsRegisteredScheme(string scheme) => Registered.Contains(scheme);

    /// <summary>
    /// The address with every character a URI cannot hold percent-encoded as UTF-8 (a <c>%</c> that starts no escape
    /// becomes <c>%25</c>; a backslash in a web address's path is the slash browsers read it as; a non-ASCII host
    /// name becomes its ASCII form).
    /// </summary>
    public static string Encode(string url)
    {
        var schemeEnd = url.IndexOf(':');
        var isWeb = url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
        var builder = new StringBuilder(url.Length + 8);
        var (hostStart, hostEnd) = HostRange(url, schemeEnd);
        var seenHash = false;
        var inPath = true;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (i == hostStart && hostEnd > hostStart)
            {
                builder.Append(AsciiHost(url[hostStart..hostEnd]));
                i = hostEnd - 1;
                continue;
            }

            if (c == '?' || c == '#')
            {
                inPath = false;
            }

            if (c == '#' && seenHash)
            {
                builder.Append("%23");
                continue;
            }

            seenHash |= c == '#';
            if (c == '\\' && isWeb && inPath)
            {
                builder.Append('/');
            }
            else if (c == '%' && (i + 2 >= url.Length || !char.IsAsciiHexDigit(url[i + 1]) || !char.IsAsciiHexDigit(url[i + 2])))
            {
                builder.Append("%25");
            }
            else if (IsAllowed(c) || (c is '[' or ']' && i >= hostStart && i < hostEnd))
            {
                builder.Append(c);
            }
            else
            {
                AppendEscaped(builder, url, ref i);
            }
        }

        return builder.ToString();
    }

    private static bool IsAllowed(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '@' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '%';

    private static void AppendEscaped(StringBuilder builder, string url, ref int i)
    {
        var length = char.IsHighSurrogate(url[i]) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]) ? 2 : 1;
        Span<byte> bytes = stackalloc byte[8];
        var count = Encoding.UTF8.GetBytes(url.AsSpan(i, length), bytes);
        foreach (var b in bytes[..count])
        {
            builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        i += length - 1;
    }

    /// <summary>Where the host name is in <c>scheme://user@host:port/...</c>; (-1, -1) when there is none.</summary>
    private static (int Start, int End) HostRange(string url, int schemeEnd)
    {
        if (schemeEnd < 0 || !url.AsSpan(schemeEnd).StartsWith("://"))
        {
            return (-1, -1);
        }

        var start = schemeEnd + 3;
        var end = url.IndexOfAny(['/', '?', '#', '\\'], start);
        end = end < 0 ? url.Length : end;
        var at = url.LastIndexOf('@', end - 1, end - start);
        start = at >= 0 ? at + 1 : start;
        var colon = url.LastIndexOf(':', end - 1, end - start);
        return (start, colon > start && !url[start..end].Contains(']') ? colon : end);
    }

    private static string AsciiHost(string host)
    {
        if (host.All(char.IsAscii))
        {
            return host;
        }

        try
        {
            return new IdnMapping().GetAscii(host);
        }
        catch (ArgumentException)
        {
            return Uri.EscapeDataString(host);
        }
    }
}
