using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>
/// Images on the network (<c>![chart](https://...)</c>, <c>&lt;img src="https://..."&gt;</c>). A book carries only its
/// own files and a build reaches no network (EPUB 3 forbids remote images too), so such an image is never fetched:
/// readers get its description as a link to its address instead, in both ebooks, and the author a PUB211 warning.
/// Wherever an image address is turned into content (Markdown, raw HTML), ask <see cref="IsRemote"/> first.
/// </summary>
internal static class RemoteImages
{
    /// <summary>True for http, https, ftp and <c>//host/...</c> addresses.</summary>
    public static bool IsRemote(string url) => ResourceAddress.Classify(url) == AddressKind.Network;

    /// <summary>
    /// The link that stands in for the remote image, or only its text when the image is already inside a link (a
    /// badge: <c>[![build](https://...svg)](https://...)</c>), since links do not nest; reports PUB211.
    /// </summary>
    public static Inline StandIn(string url, string alt, bool insideLink, SourceLocation location, DiagnosticBag diagnostics)
    {
        var (address, text) = StandIn(url, alt, location, diagnostics);
        return insideLink ? new TextInline(text) : new LinkInline(new ExternalTarget(address), [new TextInline(text)]);
    }

    /// <summary>The address and text of the link that stands in for the remote image; reports PUB211.</summary>
    public static (string Address, string Text) StandIn(string url, string alt, SourceLocation location, DiagnosticBag diagnostics)
    {
        var address = XmlCharacters.Clean(url).Trim();
        diagnostics.Warning(
            DiagnosticCodes.RemoteImage,
            $"the image '{Shorten(address)}' is on the network and is not fetched: an ebook carries only the book's own files; it is shown as a link to its address",
            location,
            "save the picture into images/ and refer to that file");
        if (address.StartsWith("//", StringComparison.Ordinal))
        {
            address = "https:" + address;
        }

        var text = XmlCharacters.Clean(alt).Trim();
        return (address, text.Length > 0 ? text : address);
    }

    private static string Shorten(string address) => address.Length <= 80 ? address : address[..77] + "...";
}
