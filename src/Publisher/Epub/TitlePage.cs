using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>The title page: title, subtitle, authors, publisher, and a colophon with version, date and rights.</summary>
internal static class TitlePage
{
    private static readonly XNamespace X = EpubNames.Xhtml;
    private static readonly XNamespace Epub = EpubNames.Ops;

    /// <param name="pages">Puts the print edition's title page marker first and its copyright page marker before the colophon.</param>
    public static XDocument Create(BookMetadata metadata, PageMap? pages = null)
    {
        pages ??= PageMap.None;
        var section = new XElement(
            X + "section",
            new XAttribute("class", "titlepage"),
            new XAttribute(Epub + "type", "titlepage"),
            new XAttribute("aria-label", BookLabels.For(metadata.Language).TitlePage),
            PageBreakMarkers.AtFrontMatter(pages, FrontMatterPart.TitlePage),
            new XElement(X + "h1", new XAttribute("class", "title"), Text(metadata.Title)));
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
        {
            section.Add(new XElement(X + "p", new XAttribute("class", "subtitle"), Text(metadata.Subtitle)));
        }

        if (metadata.Authors.Count > 0)
        {
            section.Add(new XElement(X + "p", new XAttribute("class", "authors"), Text(string.Join(", ", metadata.Authors))));
        }

        if (!string.IsNullOrWhiteSpace(metadata.Publisher))
        {
            section.Add(new XElement(X + "p", new XAttribute("class", "publisher"), Text(metadata.Publisher)));
        }

        section.Add(PageBreakMarkers.AtFrontMatter(pages, FrontMatterPart.Copyright));
        var colophon = Colophon(metadata).ToList();
        if (colophon.Count > 0)
        {
            section.Add(new XElement(
                X + "div",
                new XAttribute("class", "colophon"),
                colophon.Select(line => new XElement(X + "p", Text(line)))));
        }

        return XhtmlPage.Create(metadata, metadata.Title, "frontmatter", section);
    }

    private static IEnumerable<string> Colophon(BookMetadata metadata)
    {
        var labels = BookLabels.For(metadata.Language);
        if (!string.IsNullOrWhiteSpace(metadata.Version))
        {
            yield return BookLabels.Format(labels.Version, metadata.Version);
        }

        if (!string.IsNullOrWhiteSpace(metadata.Date))
        {
            yield return BookLabels.Format(labels.Published, metadata.Date);
        }

        if (!string.IsNullOrWhiteSpace(metadata.Rights))
        {
            yield return metadata.Rights;
        }

        yield return BookLabels.Format(labels.Identifier, metadata.Identifier);
    }

    private static string Text(string value) => XmlCharacters.Clean(value);
}
