using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>The EPUB 2 table of contents (<c>toc.ncx</c>), for reading systems that predate the nav document.</summary>
internal static class NcxDocument
{
    private static readonly XNamespace N = EpubNames.NcxNamespace;

    public static XDocument Create(BookDocument book, IReadOnlyList<OutlineItem> toc)
    {
        var metadata = book.Metadata;
        var points = 0;
        // A part points where its first chapter starts; entries with one target share one play order.
        var playOrders = new Dictionary<string, int>(StringComparer.Ordinal);
        XElement NavPoint(OutlineItem entry)
        {
            points++;
            var src = EpubNames.Href(book, entry);
            if (!playOrders.TryGetValue(src, out var playOrder))
            {
                playOrder = playOrders.Count + 1;
                playOrders[src] = playOrder;
            }

            return new XElement(
                N + "navPoint",
                new XAttribute("id", $"nav-{points}"),
                new XAttribute("playOrder", playOrder),
                new XElement(N + "navLabel", new XElement(N + "text", NavigationDocument.Label(book, entry))),
                new XElement(N + "content", new XAttribute("src", src)),
                entry.Children.Select(NavPoint).ToList());
        }

        var navMap = new XElement(N + "navMap", toc.Select(NavPoint).ToList());
        var ncx = new XElement(
            N + "ncx",
            new XAttribute("version", "2005-1"),
            new XAttribute(XNamespace.Xml + "lang", metadata.Language),
            new XElement(
                N + "head",
                Meta("dtb:uid", metadata.Identifier),
                Meta("dtb:depth", Math.Max(1, BookOutline.Depth(toc)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Meta("dtb:totalPageCount", "0"),
                Meta("dtb:maxPageNumber", "0")),
            new XElement(N + "docTitle", new XElement(N + "text", XmlCharacters.Clean(metadata.Title))),
            metadata.Authors.Select(author => new XElement(N + "docAuthor", new XElement(N + "text", XmlCharacters.Clean(author)))),
            navMap);
        return new XDocument(ncx);
    }

    private static XElement Meta(string name, string content) =>
        new(N + "meta", new XAttribute("name", name), new XAttribute("content", XmlCharacters.Clean(content)));
}
