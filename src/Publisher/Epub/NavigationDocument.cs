using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>
/// The EPUB 3 navigation document: the nested table of contents, shown as a page in the reading order,
/// and the landmarks (cover, title page, contents, start of the text), which readers use but do not show.
/// </summary>
internal static class NavigationDocument
{
    private static readonly XNamespace X = EpubNames.Xhtml;
    private static readonly XNamespace Epub = EpubNames.Ops;

    /// <summary>The id of the table of contents inside the nav document.</summary>
    public const string TocId = "toc";

    /// <param name="pages">The print edition's pages: the contents pages' markers go before the contents, and the page list after the landmarks.</param>
    public static XDocument Create(BookDocument book, IReadOnlyList<OutlineItem> toc, PageMap? pages = null)
    {
        pages ??= PageMap.None;
        var labels = BookLabels.For(book.Metadata.Language);
        var contents = new XElement(
            X + "nav",
            new XAttribute(Epub + "type", "toc"),
            new XAttribute("role", "doc-toc"),
            new XAttribute("id", TocId),
            new XAttribute("aria-labelledby", "toc-title"),
            new XElement(X + "h1", new XAttribute("id", "toc-title"), labels.Contents),
            List(book, toc));

        var landmarks = new XElement(
            X + "nav",
            new XAttribute(Epub + "type", "landmarks"),
            new XAttribute("class", "landmarks"),
            new XAttribute("aria-label", labels.Landmarks),
            new XAttribute("hidden", "hidden"),
            new XElement(X + "ol", Landmarks(book, labels).Select(l => new XElement(
                X + "li",
                new XElement(X + "a", new XAttribute(Epub + "type", l.Type), new XAttribute("href", l.Href), l.Label)))));

        return XhtmlPage.Create(
            book.Metadata,
            labels.Contents,
            "frontmatter",
            PageBreakMarkers.AtFrontMatter(pages, FrontMatterPart.Contents),
            contents,
            landmarks,
            PageBreakMarkers.PageList(book, pages));
    }

    private static XElement List(BookDocument book, IReadOnlyList<OutlineItem> entries) => new(
        X + "ol",
        entries.Select(entry => new XElement(
            X + "li",
            // A part has no page of its own in the EPUB: its title heads the chapters nested under it.
            entry.Kind == OutlineKind.Part
                ? new XElement(X + "span", Label(book, entry))
                : new XElement(X + "a", new XAttribute("href", EpubNames.Href(book, entry)), Label(book, entry)),
            entry.Children.Count > 0 ? List(book, entry.Children) : null)));

    /// <summary>An entry's text; a heading with no text is listed by its address, since a reader cannot follow an empty link.</summary>
    internal static string Label(BookDocument book, OutlineItem entry) =>
        XmlCharacters.Clean(string.IsNullOrWhiteSpace(entry.Title) ? EpubNames.Href(book, entry) : entry.Title);

    private static IEnumerable<(string Type, string Href, string Label)> Landmarks(BookDocument book, BookLabels labels)
    {
        if (book.Cover is not null)
        {
            yield return ("cover", EpubNames.CoverPage, labels.Cover);
        }

        yield return ("titlepage", EpubNames.TitlePage, labels.TitlePage);
        yield return ("toc", $"{EpubNames.Navigation}#{TocId}", labels.Contents);
        if ((book.Chapters.FirstOrDefault(c => c.Matter == ChapterMatter.Body) ?? book.Chapters.FirstOrDefault()) is { } start)
        {
            yield return ("bodymatter", EpubNames.ChapterFile(start), labels.StartOfContent);
        }
    }
}
