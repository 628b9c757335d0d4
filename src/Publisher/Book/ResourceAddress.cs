using System.Text.RegularExpressions;

namespace Publisher.Book;

/// <summary>What an address written in the book (an image source, an SVG reference, a CSS url()) points at.</summary>
internal enum AddressKind
{
    /// <summary>A place in the same document: <c>#id</c>.</summary>
    Fragment,

    /// <summary>Content written into the address itself: <c>data:</c>.</summary>
    Data,

    /// <summary>Something to fetch from another computer: http, https, ftp, or <c>//host/...</c>.</summary>
    Network,

    /// <summary>Any other scheme (<c>file:</c>, <c>javascript:</c>, <c>mailto:</c>...).</summary>
    OtherScheme,

    /// <summary>A path, which may only name a file in the book folder.</summary>
    Path,
}

/// <summary>Tells the kinds of address apart before anything is opened or fetched.</summary>
internal static partial class ResourceAddress
{
    private static readonly HashSet<string> NetworkSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "ftp", "ftps", "sftp", "ws", "wss", "gopher",
    };

    public static AddressKind Classify(string address)
    {
        // Readers ignore spaces, tabs and line breaks inside a URL ("ht tp://"), so the check must as well.
        var compact = string.Concat(address.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        if (compact.StartsWith('#'))
        {
            return AddressKind.Fragment;
        }

        // "//host/x" is a network address in the reader's scheme; "\\host\share" is one on Windows.
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith(@"\\", StringComparison.Ordinal) ||
            compact.StartsWith(@"/\", StringComparison.Ordinal) || compact.StartsWith(@"\/", StringComparison.Ordinal))
        {
            return AddressKind.Network;
        }

        var scheme = Scheme().Match(compact);
        if (!scheme.Success)
        {
            return AddressKind.Path;
        }

        var name = scheme.Groups[1].Value;
        return name.Equals("data", StringComparison.OrdinalIgnoreCase) ? AddressKind.Data
            : NetworkSchemes.Contains(name) ? AddressKind.Network
            : AddressKind.OtherScheme;
    }

    /// <summary>True for a <c>data:</c> address of a PNG, JPEG or GIF picture, which holds nothing that can reach out.</summary>
    public static bool IsRasterData(string address)
    {
        var compact = string.Concat(address.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        return RasterData().IsMatch(compact);
    }

    // Two letters at least: "C:/x" is a Windows path, not a scheme.
    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]+):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^data:image/(png|jpeg|jpg|gif)[;,]", RegexOptions.IgnoreCase)]
    private static partial Regex RasterData();
}
