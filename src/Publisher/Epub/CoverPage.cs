using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>The cover page: the cover image alone, scaled to the screen.</summary>
internal static class CoverPage
{
    private static readonly XNamespace X = EpubNames.Xhtml;
    private static readonly XNamespace Epub = EpubNames.Ops;

    /// <param name="pages">Puts the print edition's cover page marker before the image.</param>
    public static XDocument Create(BookMetadata metadata, ImageResource cover, PageMap? pages = null)
    {
        var labels = BookLabels.For(metadata.Language);
        var section = new XElement(
            X + "section",
            new XAttribute("class", "cover"),
            new XAttribute(Epub + "type", "cover"),
            new XAttribute("aria-label", labels.Cover),
            PageBreakMarkers.AtFrontMatter(pages ?? PageMap.None, FrontMatterPart.Cover),
            new XElement(
                X + "img",
                new XAttribute("src", cover.Href),
                new XAttribute("alt", XmlCharacters.Clean(BookLabels.Format(labels.CoverOf, metadata.Title))),
                new XAttribute("role", "doc-cover")));
        return XhtmlPage.Create(metadata, labels.Cover, "cover", section);
    }
}
