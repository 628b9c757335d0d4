using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// Joins PDFs that Skia drew from consecutive chunks of a book into the first one. Each chunk's catalog names
/// only its own destinations, so the joined document gets a name tree rebuilt from every anchor of the book, and
/// links (which Skia writes to named destinations) resolve across chunks.
/// </summary>
internal static class ChunkAssembly
{
    public static void AppendChunks(PdfDocument document, IEnumerable<byte[]> laterChunks)
    {
        foreach (var chunk in laterChunks)
        {
            using var input = new MemoryStream(chunk, writable: false);
            using var imported = PdfReader.Open(input, PdfDocumentOpenMode.Import);
            foreach (var page in imported.Pages)
            {
                document.AddPage(page);
            }
        }
    }

    /// <summary>
    /// Replaces the catalog's named destinations with one sorted name tree leaf holding every anchor: name ->
    /// [page /XYZ x top null], where top is measured up from the bottom of the page.
    /// </summary>
    public static void ReplaceNamedDestinations(PdfDocument document, IReadOnlyList<PageFrame> frames)
    {
        if (document.PageCount != frames.Count)
        {
            throw new ArgumentException($"the drawn document has {document.PageCount} pages, the book {frames.Count}");
        }

        var destinations = new SortedDictionary<string, PdfArray>(StringComparer.Ordinal);
        for (var i = 0; i < frames.Count; i++)
        {
            foreach (var anchor in frames[i].Items.OfType<AnchorItem>())
            {
                // The first anchor of a name wins, as when a reader looks the name up.
                destinations.TryAdd(anchor.Name, Destination(document, document.Pages[i], frames[i], anchor));
            }
        }

        var names = new PdfArray(document);
        foreach (var (name, destination) in destinations)
        {
            names.Elements.Add(new PdfString(name));
            names.Elements.Add(destination);
        }

        var tree = new PdfDictionary(document);
        tree.Elements["/Names"] = names;
        document.Internals.AddObject(tree);

        var catalog = document.Internals.Catalog;
        var nameDictionary = catalog.Elements.GetDictionary("/Names") ?? new PdfDictionary(document);
        if (nameDictionary.Reference is null)
        {
            document.Internals.AddObject(nameDictionary);
        }

        nameDictionary.Elements["/Dests"] = tree.Reference;
        catalog.Elements["/Names"] = nameDictionary.Reference;
        catalog.Elements.Remove("/Dests");
    }

    private static PdfArray Destination(PdfDocument document, PdfPage page, PageFrame frame, AnchorItem anchor)
    {
        var destination = new PdfArray(document);
        destination.Elements.Add(page.Reference!);
        destination.Elements.Add(new PdfName("/XYZ"));
        destination.Elements.Add(new PdfReal(anchor.Position.X));
        // Layout measures y down from the top; PDF destinations measure it up from the bottom.
        destination.Elements.Add(new PdfReal(frame.Height - anchor.Position.Y));
        destination.Elements.Add(PdfNull.Value);
        return destination;
    }
}
