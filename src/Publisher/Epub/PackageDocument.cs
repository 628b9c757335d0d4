using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>The package document (<c>content.opf</c>): metadata, the manifest of every file, and the spine.</summary>
internal static partial class PackageDocument
{
    private const string BookIdentifierId = "book-id";
    private const string PageSourceId = "page-source";
    private static readonly XNamespace Opf = EpubNames.Opf;
    private static readonly XNamespace Dc = EpubNames.DublinCore;

    public static XDocument Create(BookDocument book, IReadOnlyList<EpubItem> items, string ncxId, PageMap? pages = null)
    {
        pages ??= PageMap.None;
        var metadata = book.Metadata;
        var direction = TextDirection.Of(metadata.Language);
        var package = new XElement(
            Opf + "package",
            new XAttribute("version", "3.0"),
            new XAttribute("unique-identifier", BookIdentifierId),
            new XAttribute(XNamespace.Xml + "lang", metadata.Language),
            new XAttribute("dir", direction),
            Metadata(book, items, pages),
            new XElement(Opf + "manifest", items.Select(ManifestItem)),
            Spine(items, ncxId, direction));
        return new XDocument(package);
    }

    private static XElement Metadata(BookDocument book, IReadOnlyList<EpubItem> items, PageMap pages)
    {
        var m = book.Metadata;
        var element = new XElement(
            Opf + "metadata",
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XElement(Dc + "identifier", new XAttribute("id", BookIdentifierId), Text(m.Identifier)),
            new XElement(Dc + "title", new XAttribute("id", "title"), Text(m.Title)),
            Refine("title", "title-type", "main"));
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            element.Add(
                new XElement(Dc + "title", new XAttribute("id", "subtitle"), Text(m.Subtitle)),
                Refine("subtitle", "title-type", "subtitle"));
        }

        for (var i = 0; i < m.Authors.Count; i++)
        {
            var id = $"creator-{i + 1}";
            element.Add(
                new XElement(Dc + "creator", new XAttribute("id", id), Text(m.Authors[i])),
                Refine(id, "role", "aut", scheme: "marc:relators"),
                Refine(id, "display-seq", (i + 1).ToString(CultureInfo.InvariantCulture)));
        }

        element.Add(new XElement(Dc + "language", m.Language));
        AddIfPresent(element, "publisher", m.Publisher);
        if (m.Date is { } date && IsW3cDate(date.Trim()))
        {
            element.Add(new XElement(Dc + "date", date.Trim()));
        }

        AddIfPresent(element, "rights", m.Rights);
        AddIfPresent(element, "description", m.Description);
        foreach (var subject in m.Subjects.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            element.Add(new XElement(Dc + "subject", Text(subject)));
        }

        element.Add(Meta("dcterms:modified", Modified(m.Modified)));
        if (!string.IsNullOrWhiteSpace(m.Version))
        {
            element.Add(Meta("schema:version", m.Version));
        }

        var accessibility = AccessibilityProfile.Of(book);
        element.Add(accessibility.AccessModes.Select(mode => Meta("schema:accessMode", mode)));
        element.Add(accessibility.AccessModesSufficient.Select(mode => Meta("schema:accessModeSufficient", mode)));
        element.Add(accessibility.Features.Select(feature => Meta("schema:accessibilityFeature", feature)));
        if (pages.Pages.Count > 0)
        {
            // The page list and its markers follow the PDF's pages. The source is given the EPUB 3.2 way (dc:source
            // refined as the source of the pagination), which EPUBCheck 4 knows; EPUB 3.3's pageBreakSource property
            // is an error there ("undefined property").
            element.Add(
                Meta("schema:accessibilityFeature", "printPageNumbers"),
                Meta("schema:accessibilityFeature", "pageNavigation"),
                new XElement(Dc + "source", new XAttribute("id", PageSourceId), Text(pages.Source)),
                Refine(PageSourceId, "source-of", "pagination"));
        }

        element.Add(Meta("schema:accessibilityHazard", "none"));
        element.Add(Meta("schema:accessibilitySummary", accessibility.Summary));
        if (accessibility.ConformsToWcagAA)
        {
            element.Add(Meta("dcterms:conformsTo", AccessibilityProfile.ConformanceStatement));
        }

        // EPUB 2 reading systems find the cover through this meta; EPUB 3 ones use the cover-image property.
        if (items.FirstOrDefault(i => i.Properties.Contains("cover-image")) is { } cover)
        {
            element.Add(new XElement(Opf + "meta", new XAttribute("name", "cover"), new XAttribute("content", cover.Id)));
        }

        return element;
    }

    /// <summary>The package's modification date as EPUB requires it: UTC, to the second.</summary>
    public static string Modified(DateTimeOffset modified) =>
        modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static XElement ManifestItem(EpubItem item)
    {
        var element = new XElement(
            Opf + "item",
            new XAttribute("id", item.Id),
            new XAttribute("href", item.Href),
            new XAttribute("media-type", item.MediaType));
        if (item.Properties.Count > 0)
        {
            element.SetAttributeValue("properties", string.Join(' ', item.Properties));
        }

        return element;
    }

    private static XElement Spine(IReadOnlyList<EpubItem> items, string ncxId, string direction)
    {
        var spine = new XElement(Opf + "spine", new XAttribute("toc", ncxId));
        if (direction == "rtl")
        {
            spine.SetAttributeValue("page-progression-direction", "rtl");
        }

        foreach (var item in items.Where(i => i.Spine is not null))
        {
            var itemref = new XElement(Opf + "itemref", new XAttribute("idref", item.Id));
            if (!item.Spine!.Linear)
            {
                itemref.SetAttributeValue("linear", "no");
            }

            spine.Add(itemref);
        }

        return spine;
    }

    private static void AddIfPresent(XElement metadata, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata.Add(new XElement(Dc + name, Text(value)));
        }
    }

    private static XElement Meta(string property, string value) =>
        new(Opf + "meta", new XAttribute("property", property), Text(value));

    private static XElement Refine(string id, string property, string value, string? scheme = null)
    {
        var meta = new XElement(Opf + "meta", new XAttribute("refines", $"#{id}"), new XAttribute("property", property), value);
        if (scheme is not null)
        {
            meta.SetAttributeValue("scheme", scheme);
        }

        return meta;
    }

    private static string Text(string value) => XmlCharacters.Clean(value.Trim());

    /// <summary>W3CDTF, the date format EPUB asks for: a year, year-month, date, or date and time.</summary>
    private static bool IsW3cDate(string date) => W3cDate().IsMatch(date);

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")]
    private static partial Regex W3cDate();
}
