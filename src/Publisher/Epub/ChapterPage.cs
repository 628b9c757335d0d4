using System.Globalization;
using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>One chapter as an XHTML content document: a chapter section, then the chapter's own footnotes.</summary>
internal static class ChapterPage
{
    private static readonly XNamespace X = EpubNames.Xhtml;
    private static readonly XNamespace Epub = EpubNames.Ops;

    /// <summary>The id of the chapter's section, the target of links to the chapter itself.</summary>
    public static string SectionId(ChapterDocument chapter) => $"{chapter.Id}-start";

    public static XDocument Create(BookDocument book, ChapterDocument chapter, PageBreakMarkers? pageBreaks = null)
    {
        var renderer = new XhtmlRenderer(book, chapter, pageBreaks ?? PageBreakMarkers.None);
        var section = new XElement(
            X + "section",
            new XAttribute("id", SectionId(chapter)),
            new XAttribute(Epub + "type", "chapter"),
            new XAttribute("role", "doc-chapter"),
            renderer.Blocks(chapter.Blocks));
        if (chapter.TitleHeading is { } title)
        {
            section.SetAttributeValue("aria-labelledby", title.Id);
        }
        else
        {
            section.SetAttributeValue("aria-label", XmlCharacters.Clean(chapter.Title));
        }

        // Notes are rendered after the text so every reference to them is known for the back links.
        var notes = Footnotes(chapter, renderer, BookLabels.For(book.Metadata.Language));
        var matter = chapter.Matter switch
        {
            ChapterMatter.Front => "frontmatter",
            ChapterMatter.Back => "backmatter",
            _ => "bodymatter",
        };
        return XhtmlPage.Create(book.Metadata, chapter.Title, matter, section, notes);
    }

    private static XElement? Footnotes(ChapterDocument chapter, XhtmlRenderer renderer, BookLabels labels)
    {
        if (chapter.Footnotes.Count == 0)
        {
            return null;
        }

        var notes = new XElement(
            X + "section",
            new XAttribute("class", "footnotes"),
            new XAttribute(Epub + "type", "footnotes"),
            new XAttribute("role", "doc-endnotes"),
            new XAttribute("aria-label", labels.Notes));
        foreach (var note in chapter.Footnotes)
        {
            notes.Add(Footnote(note, renderer, labels));
        }

        return notes;
    }

    private static XElement Footnote(Footnote note, XhtmlRenderer renderer, BookLabels labels)
    {
        var content = renderer.Blocks(note.Blocks).ToList();
        var number = new XElement(X + "span", new XAttribute("class", "note-number"), $"{note.Number}. ");
        if (content.FirstOrDefault() is XElement { Name.LocalName: "p" } first)
        {
            first.AddFirst(number);
        }
        else
        {
            content.Insert(0, new XElement(X + "p", number));
        }

        var backLinks = BackLinks(note, renderer.ReferencesTo(note.Id), labels);
        if (content.LastOrDefault() is XElement { Name.LocalName: "p" } last)
        {
            last.Add(backLinks);
        }
        else
        {
            content.Add(new XElement(X + "p", backLinks));
        }

        return new XElement(
            X + "aside",
            new XAttribute("id", note.Id),
            new XAttribute(Epub + "type", "footnote"),
            new XAttribute("role", "doc-footnote"),
            content);
    }

    private static IEnumerable<XNode> BackLinks(Footnote note, IReadOnlyList<string> references, BookLabels labels)
    {
        for (var i = 0; i < references.Count; i++)
        {
            yield return new XText(" ");
            var label = references.Count == 1 ? "\u21A9" : $"\u21A9{i + 1}";
            yield return new XElement(
                X + "a",
                new XAttribute("class", "backlink"),
                new XAttribute("role", "doc-backlink"),
                new XAttribute("href", $"#{references[i]}"),
                new XAttribute("aria-label", BookLabels.Format(labels.BackToReference, note.Number.ToString(CultureInfo.InvariantCulture))),
                label);
        }
    }
}
