using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>The frame every content document shares: XHTML namespace, language, title and the stylesheet.</summary>
internal static class XhtmlPage
{
    private static readonly XNamespace X = EpubNames.Xhtml;

    /// <summary>A complete XHTML document with <paramref name="body"/> as the body's content.</summary>
    /// <param name="bodyType">The <c>epub:type</c> of the body, e.g. <c>bodymatter</c>.</param>
    public static XDocument Create(BookMetadata metadata, string title, string bodyType, params object?[] body)
    {
        var html = new XElement(
            X + "html",
            new XAttribute(XNamespace.Xmlns + "epub", EpubNames.Ops),
            new XAttribute("lang", metadata.Language),
            new XAttribute(XNamespace.Xml + "lang", metadata.Language),
            new XAttribute("dir", TextDirection.Of(metadata.Language)),
            new XElement(
                X + "head",
                new XElement(X + "meta", new XAttribute("charset", "utf-8")),
                new XElement(X + "title", XmlCharacters.Clean(title)),
                new XElement(
                    X + "link",
                    new XAttribute("rel", "stylesheet"),
                    new XAttribute("type", "text/css"),
                    new XAttribute("href", EpubNames.Stylesheet))),
            new XElement(X + "body", new XAttribute(EpubNames.Ops + "type", bodyType), body));

        return new XDocument(new XDocumentType("html", null, null, null), html);
    }

    /// <summary>
    /// Manifest properties a content document needs because of what it contains: inline SVG, MathML,
    /// or resources loaded from the web.
    /// </summary>
    public static IReadOnlyList<string> ContentProperties(XDocument page)
    {
        var elements = page.Descendants().ToList();
        var properties = new List<string>();
        if (elements.Any(e => e.Name.Namespace == EpubNames.MathMl))
        {
            properties.Add("mathml");
        }

        if (elements.Any(IsRemoteResource))
        {
            properties.Add("remote-resources");
        }

        if (elements.Any(e => e.Name.Namespace == EpubNames.Svg))
        {
            properties.Add("svg");
        }

        return properties;
    }

    private static bool IsRemoteResource(XElement element) =>
        element.Name.LocalName is "img" or "audio" or "video" or "source" or "iframe" or "embed" &&
        element.Attribute("src")?.Value is { } src &&
        (src.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
         src.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
