using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// Writes the painted pages as one PDF with PDFsharp: fonts, images and forms once each, every page with its content
/// stream, resources and link annotations, then the named destinations, the outline (bookmarks), page labels that
/// match the printed folios, the metadata, and document IDs derived from the content so rebuilds are identical.
/// Objects are created in a fixed order, so the same book always gives the same bytes.
/// </summary>
internal static class DocumentWriter
{
    public const string Creator = "Publisher";

    public static void Write(LaidOutBook book, DocumentResources resources, IReadOnlyList<PaintedPage> painted, Stream output)
    {
        var info = book.Info;
        using var document = new PdfDocument();
        document.Options.Layout = PdfWriterLayout.Compact;
        document.Options.CompressContentStreams = false;
        var content = new ContentHash();

        var fonts = resources.Fonts.ToDictionary(font => font.ResourceName, font => FontObjects.Add(document, font.Prepared!, content), StringComparer.Ordinal);
        var xObjects = XObjects(document, resources, content);
        for (var i = 0; i < book.Pages.Count; i++)
        {
            AddPage(document, book.Pages[i], painted[i], fonts, xObjects, content);
        }

        AddNamedDestinations(document, book.Pages);
        AddOutline(document, book);
        AddPageLabels(document, PageLabelRange.From(book.Pages));
        document.Language = info.Language;
        SetInfo(document, info);
        if (info.Version is { } version)
        {
            // A custom Info key: readers' tools (pdfinfo -custom, exiftool) show which edition a file is.
            document.Info.Elements.SetString("/Version", version);
        }

        document.PageMode = book.Outline.Count > 0 ? PdfPageMode.UseOutlines : PdfPageMode.UseNone;
        var (bookId, contentId) = MakeDeterministic(document, content.Finish(), info);

        // Sized for the whole file up front, so the buffer is not regrown (and copied) as the file is written.
        using var saved = new MemoryStream(content.Length + 256 * 1024);
        document.Save(saved, closeStream: false);
        var bytes = saved.GetBuffer().AsSpan(0, (int)saved.Length);
        StampXmpIds(bytes, bookId, contentId);
        output.Write(bytes);
    }

    private static Dictionary<string, PdfReference> XObjects(PdfDocument document, DocumentResources resources, ContentHash content)
    {
        var xObjects = new Dictionary<string, PdfReference>(StringComparer.Ordinal);
        for (var i = 0; i < resources.Bitmaps.Count; i++)
        {
            xObjects.Add(
                DocumentResources.BitmapResourceName(i),
                resources.EncodedBitmaps[i] is { } image ? ImageObjects.Add(document, image, content) : Placeholder(document));
        }

        var importer = new PdfFormImporter(document);
        for (var i = 0; i < resources.Svgs.Count; i++)
        {
            PdfReference form;
            if (resources.RenderedSvgs[i] is { } svg)
            {
                content.Add(svg.Pdf);
                form = importer.Import(svg).Reference!;
            }
            else
            {
                form = Placeholder(document);
            }

            xObjects.Add(DocumentResources.SvgResourceName(i), form);
        }

        return xObjects;
    }

    /// <summary>
    /// What stands in for an image that cannot be drawn (it was checked when the book was loaded, so this is rare): a
    /// light grey unit square that keeps its place visible.
    /// </summary>
    private static PdfReference Placeholder(PdfDocument document)
    {
        var form = new PdfDictionary(document);
        form.Elements["/Type"] = new PdfName("/XObject");
        form.Elements["/Subtype"] = new PdfName("/Form");
        form.Elements["/BBox"] = new PdfLiteral("[0 0 1 1]");
        form.CreateStream("0.8784 0.8784 0.8784 rg 0 0 1 1 re f\n"u8.ToArray());
        document.Internals.AddObject(form);
        return form.Reference!;
    }

    private static void AddPage(
        PdfDocument document,
        PageFrame frame,
        PaintedPage painted,
        Dictionary<string, PdfReference> fonts,
        Dictionary<string, PdfReference> xObjects,
        ContentHash content)
    {
        var page = document.AddPage();
        page.MediaBox = new PdfRectangle(new XPoint(0, 0), new XPoint(frame.Width, frame.Height));

        var stream = new PdfDictionary(document);
        stream.CreateStream(painted.Content);
        stream.Elements["/Filter"] = new PdfName("/FlateDecode");
        document.Internals.AddObject(stream);
        page.Elements["/Contents"] = stream.Reference;
        content.Add(painted.Content);

        var resources = new PdfDictionary(document);
        if (painted.Fonts.Count > 0)
        {
            resources.Elements["/Font"] = NameDictionary(document, painted.Fonts, fonts);
        }

        if (painted.XObjects.Count > 0)
        {
            resources.Elements["/XObject"] = NameDictionary(document, painted.XObjects, xObjects);
        }

        page.Elements["/Resources"] = resources;
        LinkAnnotations.Add(document, page, frame);
    }

    private static PdfDictionary NameDictionary(PdfDocument document, IReadOnlyList<string> names, Dictionary<string, PdfReference> objects)
    {
        var dictionary = new PdfDictionary(document);
        foreach (var name in names)
        {
            dictionary.Elements["/" + name] = objects[name];
        }

        return dictionary;
    }

    /// <summary>
    /// The catalog's /Dests dictionary, where a link's /Dest name is looked up: every anchor of the book, name ->
    /// [page /XYZ x top null], top measured up from the bottom of the page. The first anchor of a name wins.
    /// </summary>
    private static void AddNamedDestinations(PdfDocument document, IReadOnlyList<PageFrame> frames)
    {
        var destinations = new PdfDictionary(document);
        for (var i = 0; i < frames.Count; i++)
        {
            foreach (var item in frames[i].Items)
            {
                if (item is AnchorItem anchor && !destinations.Elements.ContainsKey("/" + anchor.Name))
                {
                    var destination = new PdfArray(document);
                    destination.Elements.Add(document.Pages[i].Reference!);
                    destination.Elements.Add(new PdfName("/XYZ"));
                    destination.Elements.Add(new PdfReal(anchor.Position.X));
                    destination.Elements.Add(new PdfReal(frames[i].Height - anchor.Position.Y));
                    destination.Elements.Add(PdfNull.Value);
                    destinations.Elements["/" + anchor.Name] = destination;
                }
            }
        }

        if (destinations.Elements.Count > 0)
        {
            document.Internals.AddObject(destinations);
            document.Internals.Catalog.Elements["/Dests"] = destinations.Reference;
        }
    }

    private static void SetInfo(PdfDocument document, PdfDocumentInfo info)
    {
        document.Info.Title = info.Title;
        document.Info.Author = string.Join(", ", info.Authors);
        document.Info.Subject = info.Subject ?? string.Empty;
        document.Info.Keywords = string.Join(", ", info.Keywords);
        document.Info.Creator = Creator;
    }

    private static void AddOutline(PdfDocument document, LaidOutBook book)
    {
        // Touching PDFsharp's outline collection creates an outline root; an empty one is dropped on save but
        // keeps a cross-reference entry, which leaves the file damaged.
        if (book.Outline.Count > 0)
        {
            AddOutlineEntries(document, book.Pages, document.Outlines, book.Outline);
        }
    }

    private static void AddOutlineEntries(
        PdfDocument document, IReadOnlyList<PageFrame> frames, PdfOutlineCollection parent, IReadOnlyList<OutlineEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.PageIndex < 0 || entry.PageIndex >= document.PageCount)
            {
                throw new ArgumentException($"outline entry '{entry.Title}' points to page {entry.PageIndex} of {document.PageCount}");
            }

            var page = document.Pages[entry.PageIndex];
            var outline = new PdfOutline(entry.Title, page, opened: false)
            {
                PageDestinationType = PdfPageDestinationType.Xyz,
                Left = 0,
                // Layout measures y down from the top; PDF destinations measure it up from the bottom.
                Top = frames[entry.PageIndex].Height - entry.Y,
            };
            parent.Add(outline);
            AddOutlineEntries(document, frames, outline.Outlines, entry.Children);
        }
    }

    private static void AddPageLabels(PdfDocument document, IReadOnlyList<PageLabelRange> ranges)
    {
        var numbers = new PdfArray(document);
        foreach (var range in ranges)
        {
            numbers.Elements.Add(new PdfInteger(range.FirstPageIndex));
            numbers.Elements.Add(LabelDictionary(document, range));
        }

        var tree = new PdfDictionary(document);
        tree.Elements["/Nums"] = numbers;
        document.Internals.Catalog.Elements["/PageLabels"] = tree;
    }

    private static PdfDictionary LabelDictionary(PdfDocument document, PageLabelRange range)
    {
        var label = new PdfDictionary(document);
        if (range.Prefix is not null)
        {
            label.Elements["/P"] = range.Prefix.All(char.IsAscii)
                ? new PdfString(range.Prefix)
                : new PdfString(range.Prefix, PdfStringEncoding.Unicode);
        }

        var style = range.Style switch
        {
            PageNumberStyle.LowerRoman => "/r",
            PageNumberStyle.Decimal => "/D",
            _ => null,
        };
        if (style is not null)
        {
            label.Elements["/S"] = new PdfName(style);
            if (range.FirstNumber != 1)
            {
                label.Elements["/St"] = new PdfInteger(range.FirstNumber);
            }
        }

        return label;
    }

    private static (Guid BookId, Guid ContentId) MakeDeterministic(PdfDocument document, byte[] contentHash, PdfDocumentInfo info)
    {
        // PDFsharp would stamp the clock and random IDs; use the build timestamp and hashes instead.
        var timestamp = info.Timestamp.UtcDateTime;
        document.Info.CreationDate = timestamp;
        document.Info.ModificationDate = timestamp;

        // The first ID names the book across versions; the second names this exact content.
        var bookId = Hash(Encoding.UTF8.GetBytes(info.Identifier));
        document.Internals.FirstDocumentID = AsPdfSharpId(bookId);
        document.Internals.SecondDocumentID = AsPdfSharpId(contentHash);
        return (new Guid(bookId), new Guid(contentHash));
    }

    /// <summary>
    /// PDFsharp writes its XMP packet (uncompressed) with fresh random UUIDs on every save and offers no way to set
    /// them; overwrite them in place with the document IDs. A UUID has a fixed length, so no offset moves.
    /// </summary>
    private static void StampXmpIds(Span<byte> pdf, Guid bookId, Guid contentId)
    {
        StampUuid(pdf, "<xmpMM:DocumentID>uuid:"u8, bookId);
        StampUuid(pdf, "<xmpMM:InstanceID>uuid:"u8, contentId);
    }

    private static void StampUuid(Span<byte> pdf, ReadOnlySpan<byte> marker, Guid id)
    {
        var at = pdf.IndexOf(marker);
        if (at < 0)
        {
            return;
        }

        var uuid = Encoding.ASCII.GetBytes(id.ToString("D"));
        uuid.CopyTo(pdf[(at + marker.Length)..]);
    }

    private static byte[] Hash(ReadOnlySpan<byte> data) => SHA256.HashData(data)[..16];

    // PDFsharp takes an ID as a string of byte-valued characters and writes it as a hex string.
    private static string AsPdfSharpId(byte[] id) => string.Concat(id.Select(b => (char)b));
}
