using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// Adds to Skia's PDF what Skia cannot write, with PDFsharp: the outline (bookmarks), page labels that match the
/// printed folios, the document language, and a document ID derived from the content so rebuilds are identical.
/// </summary>
internal static class DocumentStructurePass
{
    public static void Apply(byte[] drawnPdf, LaidOutBook book, Stream output) =>
        Apply([drawnPdf], book, output);

    /// <summary>
    /// Joins PDFs drawn from consecutive chunks of the book's pages into one, in order, then adds the structure.
    /// </summary>
    public static void Apply(IReadOnlyList<byte[]> drawnChunks, LaidOutBook book, Stream output)
    {
        var info = book.Info;
        using var document = ChunkAssembly.Join(drawnChunks);
        if (drawnChunks.Count > 1)
        {
            ChunkAssembly.ReplaceNamedDestinations(document, book.Pages);
        }

        AddOutline(document, book);
        AddPageLabels(document, PageLabelRange.From(book.Pages));
        document.Language = info.Language;
        if (info.Version is { } version)
        {
            // A custom Info key: readers' tools (pdfinfo -custom, exiftool) show which edition a file is.
            document.Info.Elements.SetString("/Version", version);
        }
        document.PageMode = book.Outline.Count > 0 ? PdfPageMode.UseOutlines : PdfPageMode.UseNone;
        var (bookId, contentId) = MakeDeterministic(document, drawnChunks, info);

        // Sized for the whole file up front, so the buffer is not regrown (and copied) as the file is written.
        using var saved = new MemoryStream(drawnChunks.Sum(chunk => chunk.Length) + 256 * 1024);
        document.Save(saved, closeStream: false);
        var bytes = saved.GetBuffer().AsSpan(0, (int)saved.Length);
        StampXmpIds(bytes, bookId, contentId);
        output.Write(bytes);
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

    private static (Guid BookId, Guid ContentId) MakeDeterministic(
        PdfDocument document, IReadOnlyList<byte[]> drawnChunks, PdfDocumentInfo info)
    {
        // PDFsharp would stamp the clock and random IDs; use the build timestamp and hashes instead.
        var timestamp = info.Timestamp.UtcDateTime;
        document.Info.CreationDate = timestamp;
        document.Info.ModificationDate = timestamp;

        // The first ID names the book across versions; the second names this exact content.
        var bookId = Hash(Encoding.UTF8.GetBytes(info.Identifier));
        var contentId = ContentHash(drawnChunks);
        document.Internals.FirstDocumentID = AsPdfSharpId(bookId);
        document.Internals.SecondDocumentID = AsPdfSharpId(contentId);
        return (new Guid(bookId), new Guid(contentId));
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

    // Skia's own trailer carries an ID made from the clock; everything before it is a function of the input.
    private static ReadOnlySpan<byte> BodyWithoutTrailer(byte[] pdf)
    {
        var trailer = pdf.AsSpan().LastIndexOf("trailer"u8);
        return trailer < 0 ? pdf : pdf.AsSpan(0, trailer);
    }

    private static byte[] Hash(ReadOnlySpan<byte> data) => SHA256.HashData(data)[..16];

    private static byte[] ContentHash(IReadOnlyList<byte[]> drawnChunks)
    {
        if (drawnChunks.Count == 1)
        {
            return Hash(BodyWithoutTrailer(drawnChunks[0]));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in drawnChunks)
        {
            hash.AppendData(BodyWithoutTrailer(chunk));
        }

        return hash.GetHashAndReset()[..16];
    }

    // PDFsharp takes an ID as a string of byte-valued characters and writes it as a hex string.
    private static string AsPdfSharpId(byte[] id) => string.Concat(id.Select(b => (char)b));
}
