using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>Writes a BookDocument as an EPUB 3 file.</summary>
internal static class EpubWriter
{
    private const string NcxId = "ncx";

    /// <summary>
    /// Writes the whole EPUB to <paramref name="output"/>. The same document always gives the same bytes.
    /// </summary>
    public static void Write(BookDocument document, Stream output) => Write(document, PageMap.None, output);

    /// <summary>
    /// Writes the whole EPUB with the paginated edition's page breaks (<paramref name="pages"/>): a marker where each
    /// page begins, a page list in the navigation document, and the pagination's source in the metadata.
    /// </summary>
    /// <param name="cache">Chapter pages kept from earlier builds (a watch); null for a one-off build.</param>
    public static void Write(BookDocument document, PageMap pages, Stream output, EpubCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(output);

        var toc = BookOutline.Of(document);
        var items = new List<EpubItem>();
        items.AddRange(FrontMatter(document, toc, pages));
        items.AddRange(Chapters(document, pages, cache));
        items.Add(new EpubItem(NcxId, EpubNames.NcxFile, "application/x-dtbncx+xml", XmlOutput.ToBytes(NcxDocument.Create(document, toc), indent: true)));
        var fonts = EpubFonts.For(document.Metadata.Fonts);
        items.Add(new EpubItem("css", EpubNames.Stylesheet, "text/css", Encoding.UTF8.GetBytes(EpubStylesheet.Css + "\n" + fonts.Css)));
        items.AddRange(Images(document));
        items.AddRange(fonts.Items);

        var package = XmlOutput.ToBytes(PackageDocument.Create(document, items, NcxId, pages), indent: true);
        OcfContainer.Write(output, document.Metadata.Modified, package, items);
    }

    private static IEnumerable<EpubItem> FrontMatter(BookDocument document, IReadOnlyList<OutlineItem> toc, PageMap pages)
    {
        if (document.Cover is { } cover)
        {
            yield return Page("cover", EpubNames.CoverPage, CoverPage.Create(document.Metadata, cover, pages));
        }

        yield return Page("titlepage", EpubNames.TitlePage, TitlePage.Create(document.Metadata, pages));
        yield return Page("nav", EpubNames.Navigation, NavigationDocument.Create(document, toc, pages), "nav");
    }

    private static IEnumerable<EpubItem> Chapters(BookDocument document, PageMap pages, EpubCache? cache) =>
        document.Chapters.Select((chapter, i) =>
        {
            (byte[], IReadOnlyList<string>) Make() => Content(ChapterPage.Create(document, chapter, PageBreakMarkers.For(pages, chapter)));
            var (content, properties) = cache is null ? Make() : cache.Chapter(document, chapter, pages, Make);
            return Item($"chapter-{(i + 1).ToString(CultureInfo.InvariantCulture)}", EpubNames.ChapterFile(chapter), content, properties);
        });

    private static EpubItem Page(string id, string href, XDocument page, params string[] properties)
    {
        var (content, contentProperties) = Content(page);
        return Item(id, href, content, [.. properties, .. contentProperties]);
    }

    /// <summary>A content document's bytes and the manifest properties its content calls for.</summary>
    private static (byte[] Content, IReadOnlyList<string> Properties) Content(XDocument page) =>
        (XmlOutput.ToBytes(page, indent: false), XhtmlPage.ContentProperties(page));

    private static EpubItem Item(string id, string href, byte[] content, IReadOnlyList<string> properties) =>
        new(id, href, EpubNames.XhtmlMediaType, content)
        {
            Properties = properties,
            Spine = new SpinePlacement(),
        };

    /// <summary>The cover image first, then every other image once, in the document's order.</summary>
    private static IEnumerable<EpubItem> Images(BookDocument document)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (document.Cover is { } cover && written.Add(cover.Href))
        {
            yield return new EpubItem("cover-image", cover.Href, cover.MediaType, cover.Data) { Properties = ["cover-image"] };
        }

        var number = 0;
        foreach (var image in document.Images)
        {
            if (written.Add(image.Href))
            {
                number++;
                yield return new EpubItem($"image-{number.ToString(CultureInfo.InvariantCulture)}", image.Href, image.MediaType, image.Data);
            }
        }
    }
}
