using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// Joins PDFs that Skia drew from consecutive chunks of a book into the first one. Each chunk's catalog names
/// only its own destinations, so the joined document gets a /Dests dictionary rebuilt from every anchor of the book, and
/// links (which Skia writes to named destinations) resolve across chunks.
/// </summary>
internal static class ChunkAssembly
{
    /// <summary>
    /// The first chunk, opened for changes, with the pages of the later chunks appended in order. The chunks are
    /// parsed in parallel (each document on its own thread); pages are copied on this one.
    /// </summary>
    public static PdfDocument Join(IReadOnlyList<byte[]> drawnChunks)
    {
        var documents = new PdfDocument[drawnChunks.Count];
        try
        {
            Parallel.For(0, drawnChunks.Count, i =>
            {
                using var input = new MemoryStream(drawnChunks[i], writable: false);
                documents[i] = PdfReader.Open(input, i == 0 ? PdfDocumentOpenMode.Modify : PdfDocumentOpenMode.Import);
            });

            var joined = documents[0];
            for (var chunk = 1; chunk < documents.Length; chunk++)
            {
                var firstPage = joined.PageCount;
                foreach (var page in documents[chunk].Pages)
                {
                    joined.AddPage(page);
                }

                RetagFonts(joined, firstPage, chunk);
            }

            return joined;
        }
        catch
        {
            documents[0]?.Dispose();
            throw;
        }
        finally
        {
            foreach (var later in documents.Skip(1))
            {
                later?.Dispose();
            }
        }
    }

    /// <summary>
    /// Each chunk names its font subsets AAAAAA+, BAAAAA+, ... so chunks repeat each other's names for different
    /// subsets of one font; readers may take two fonts of one name for the same. The last letter of a tag is the
    /// same in every name Skia writes, so set it to the chunk's letter to keep names unique across the book.
    /// </summary>
    private static void RetagFonts(PdfDocument joined, int firstPage, int chunk)
    {
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        for (var i = firstPage; i < joined.PageCount; i++)
        {
            var fonts = joined.Pages[i].Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
            foreach (var key in fonts?.Elements.Keys ?? [])
            {
                if (fonts!.Elements.GetDictionary(key) is not { } font || !seen.Add(font))
                {
                    continue;
                }

                Retag(font, "/BaseFont", chunk);
                var descendants = font.Elements.GetArray("/DescendantFonts");
                for (var d = 0; d < (descendants?.Elements.Count ?? 0); d++)
                {
                    if (descendants!.Elements.GetDictionary(d) is { } descendant)
                    {
                        Retag(descendant, "/BaseFont", chunk);
                        if (descendant.Elements.GetDictionary("/FontDescriptor") is { } descriptor)
                        {
                            Retag(descriptor, "/FontName", chunk);
                        }
                    }
                }
            }
        }
    }

    private static void Retag(PdfDictionary dictionary, string key, int chunk)
    {
        // A subset name is "/" + six capital letters + "+" + the font's name.
        var name = dictionary.Elements.GetName(key);
        if (name.Length > 8 && name[7] == '+' && name[1..7].All(char.IsAsciiLetterUpper))
        {
            dictionary.Elements.SetName(key, name[..6] + (char)('A' + chunk) + name[7..]);
        }
    }

    /// <summary>
    /// Replaces the catalog's /Dests dictionary (where Skia puts named destinations, and where a link's /Dest name is
    /// looked up) with one holding every anchor of the book: name -> [page /XYZ x top null], top measured up from
    /// the bottom of the page.
    /// </summary>
    public static void ReplaceNamedDestinations(PdfDocument document, IReadOnlyList<PageFrame> frames)
    {
        if (document.PageCount != frames.Count)
        {
            throw new ArgumentException($"the drawn document has {document.PageCount} pages, the book {frames.Count}");
        }

        var destinations = new PdfDictionary(document);
        for (var i = 0; i < frames.Count; i++)
        {
            foreach (var anchor in frames[i].Items.OfType<AnchorItem>())
            {
                // The first anchor of a name wins, as Skia does within one document.
                // DestinationNames are ASCII, which is what Skia writes into its links, so the names match as they are.
                var key = "/" + anchor.Name;
                if (!destinations.Elements.ContainsKey(key))
                {
                    destinations.Elements[key] = Destination(document, document.Pages[i], anchor);
                }
            }
        }

        document.Internals.AddObject(destinations);
        document.Internals.Catalog.Elements["/Dests"] = destinations.Reference;
    }

    private static PdfArray Destination(PdfDocument document, PdfPage page, AnchorItem anchor)
    {
        var destination = new PdfArray(document);
        destination.Elements.Add(page.Reference!);
        destination.Elements.Add(new PdfName("/XYZ"));
        destination.Elements.Add(new PdfReal(anchor.Position.X));
        // Layout measures y down from the top; PDF destinations measure it up from the bottom. Skia rounds the page
        // size to whole points and measures from the page's box, so do the same to land where Skia's own would.
        destination.Elements.Add(new PdfReal(page.MediaBox.Height - anchor.Position.Y));
        destination.Elements.Add(PdfNull.Value);
        return destination;
    }
}
