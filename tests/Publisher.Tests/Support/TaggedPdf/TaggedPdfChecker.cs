using System.Text;
using System.Xml.Linq;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Publisher.Tests.Support.TaggedPdf;

/// <summary>What <see cref="TaggedPdfChecker.Check"/> found: every rule broken (none: a pass) and the structure tree read back.</summary>
internal sealed record TaggedPdfReport(IReadOnlyList<string> Problems, TaggedElement? Root, string? Language)
{
    /// <summary>Every element of the tree, in order.</summary>
    public IEnumerable<TaggedElement> Elements => Root?.DescendantsAndSelf() ?? [];
}

/// <summary>
/// The rules of a tagged PDF and of PDF/UA-1 that can be checked by reading the file back (no veraPDF here):
/// PDFsharp reads the objects (catalog, structure tree, parent tree, annotations), PdfPig the content streams and
/// the letters of each marked-content sequence, pdftotext the text and reading order a reader's tools get.
/// </summary>
internal static class TaggedPdfChecker
{
    public static TaggedPdfReport Check(string pdfPath)
    {
        var problems = new List<string>();
        using var document = PdfReader.Open(pdfPath, PdfDocumentOpenMode.Import);
        using var pig = PigDocument.Open(pdfPath);
        CheckCatalog(document, pdfPath, problems);

        var pages = Enumerable.Range(0, document.PageCount).Select(i => MarkedPage.Read(pig.GetPage(i + 1), i, problems)).ToList();
        var tree = StructureWalk.Walk(document, pages, problems);
        CheckMarkedContentReachedOnce(pages, tree, problems);
        CheckParentTree(document, tree, problems);
        CheckAnnotations(document, tree, problems);
        CheckHeadings(tree, problems);
        ReadingOrder.Check(pdfPath, pages, tree, problems);
        return new TaggedPdfReport(problems, tree.Root, document.Internals.Catalog.Elements.GetString("/Lang"));
    }

    private static void CheckCatalog(PdfDocument document, string pdfPath, List<string> problems)
    {
        var catalog = document.Internals.Catalog;
        if (catalog.Elements.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked") != true)
        {
            problems.Add("the catalog has no /MarkInfo <</Marked true>>");
        }

        if (string.IsNullOrWhiteSpace(catalog.Elements.GetString("/Lang")))
        {
            problems.Add("the catalog has no /Lang");
        }

        if (catalog.Elements.GetDictionary("/ViewerPreferences")?.Elements.GetBoolean("/DisplayDocTitle") != true)
        {
            problems.Add("the viewer preferences do not say /DisplayDocTitle true");
        }

        if (catalog.Elements.GetDictionary("/StructTreeRoot") is null)
        {
            problems.Add("the catalog has no /StructTreeRoot");
        }

        if (string.IsNullOrWhiteSpace(document.Info.Title))
        {
            problems.Add("the document information has no title");
        }

        for (var i = 0; i < document.PageCount; i++)
        {
            if (document.Pages[i].Elements.GetName("/Tabs") != "/S")
            {
                problems.Add($"page {i + 1} has no /Tabs /S");
            }
        }

        CheckXmp(document, pdfPath, problems);
    }

    /// <summary>The XMP packet, read from the file's bytes (it is stored uncompressed): pdfuaid:part 1 and the title.</summary>
    private static void CheckXmp(PdfDocument document, string pdfPath, List<string> problems)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(pdfPath));
        var start = text.LastIndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = text.LastIndexOf("</x:xmpmeta>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            problems.Add("no XMP metadata packet");
            return;
        }

        var xmp = XDocument.Parse(text[start..(end + "</x:xmpmeta>".Length)]);
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        if (xmp.Descendants(pdfuaid + "part").FirstOrDefault()?.Value != "1")
        {
            problems.Add("the XMP metadata has no pdfuaid:part 1");
        }

        if (xmp.Descendants(dc + "title").FirstOrDefault()?.Value is not { Length: > 0 } title || title != document.Info.Title)
        {
            problems.Add("the XMP metadata's dc:title is missing or differs from the document's title");
        }

        var metadata = document.Internals.Catalog.Elements.GetReference("/Metadata")?.Value as PdfDictionary;
        if (metadata?.Elements.GetName("/Subtype") != "/XML")
        {
            problems.Add("the catalog's /Metadata is no XML metadata stream");
        }
    }

    /// <summary>Every MCID on every page is reached from the tree exactly once, and the tree reaches no other.</summary>
    private static void CheckMarkedContentReachedOnce(List<MarkedPage> pages, StructureWalk tree, List<string> problems)
    {
        var reached = tree.MarkedContent.GroupBy(m => (m.Page, m.Mcid)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var page in pages)
        {
            foreach (var mcid in page.Mcids.Keys.Order())
            {
                var count = reached.GetValueOrDefault((page.Index, mcid));
                if (count != 1)
                {
                    problems.Add($"page {page.Index + 1}, MCID {mcid} ('{page.Mcids[mcid]}'): reached {count} times from the structure tree");
                }
            }
        }

        foreach (var (page, mcid) in reached.Keys)
        {
            if (page >= pages.Count || !pages[page].Mcids.ContainsKey(mcid))
            {
                problems.Add($"the structure tree points at MCID {mcid} on page {page + 1}, which has none");
            }
        }
    }

    /// <summary>The parent tree maps each page's MCIDs (through /StructParents) to the element that holds them.</summary>
    private static void CheckParentTree(PdfDocument document, StructureWalk tree, List<string> problems)
    {
        var numbers = ParentTreeNumbers(document);
        foreach (var (pageIndex, mcid, element) in tree.MarkedContent)
        {
            var page = document.Pages[pageIndex];
            if (!page.Elements.ContainsKey("/StructParents"))
            {
                problems.Add($"page {pageIndex + 1} has marked content but no /StructParents");
                continue;
            }

            var parents = numbers.TryGetValue(page.Elements.GetInteger("/StructParents"), out var entry) ? StructureWalk.Resolve(entry) as PdfArray : null;
            var parent = parents is not null && mcid < parents.Elements.Count ? StructureWalk.Resolve(parents.Elements[mcid]) : null;
            if (!ReferenceEquals(parent, element))
            {
                problems.Add($"page {pageIndex + 1}, MCID {mcid}: the parent tree does not lead to its /{element.Elements.GetName("/S").TrimStart('/')} element");
            }
        }
    }

    /// <summary>
    /// Every annotation is a link with /Contents and a /StructParent that leads to the Link element holding its OBJR
    /// (PDF/UA-1 7.18): a reader reaches each link in the reading order and hears what it is.
    /// </summary>
    private static void CheckAnnotations(PdfDocument document, StructureWalk tree, List<string> problems)
    {
        var numbers = ParentTreeNumbers(document);
        for (var i = 0; i < document.PageCount; i++)
        {
            foreach (var item in (IEnumerable<PdfItem>?)document.Pages[i].Elements.GetArray("/Annots")?.Elements ?? [])
            {
                if (StructureWalk.Resolve(item) is not PdfDictionary annotation)
                {
                    continue;
                }

                var subtype = annotation.Elements.GetName("/Subtype");
                if (subtype != "/Link")
                {
                    problems.Add($"page {i + 1} has a {subtype} annotation; only links are expected");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(annotation.Elements.GetString("/Contents")))
                {
                    problems.Add($"a link annotation on page {i + 1} has no /Contents");
                }

                if (!annotation.Elements.ContainsKey("/StructParent"))
                {
                    problems.Add($"a link annotation on page {i + 1} has no /StructParent");
                    continue;
                }

                var parent = numbers.TryGetValue(annotation.Elements.GetInteger("/StructParent"), out var entry) ? StructureWalk.Resolve(entry) as PdfDictionary : null;
                if (parent is null || !tree.ObjectOwners.TryGetValue(annotation, out var owner) || !ReferenceEquals(owner, parent) || parent.Elements.GetName("/S") != "/Link")
                {
                    problems.Add($"a link annotation on page {i + 1}: its /StructParent does not lead to the Link element holding its OBJR");
                }
            }
        }
    }

    /// <summary>Headings are H1..H6 (no plain H), the first is H1, and none is more than one level below the one before.</summary>
    private static void CheckHeadings(StructureWalk tree, List<string> problems)
    {
        var previous = 0;
        foreach (var (level, text) in tree.Headings)
        {
            if (level == 0)
            {
                problems.Add($"heading '{text}' is tagged H, not H1..H6");
                continue;
            }

            if (level > previous + 1)
            {
                problems.Add($"heading '{text}' is H{level} after H{previous}: a level is skipped");
            }

            previous = level;
        }
    }

    private static Dictionary<int, PdfItem> ParentTreeNumbers(PdfDocument document)
    {
        var numbers = new Dictionary<int, PdfItem>();
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (root?.Elements.GetDictionary("/ParentTree") is { } tree)
        {
            Collect(tree, numbers);
        }

        return numbers;

        static void Collect(PdfDictionary node, Dictionary<int, PdfItem> numbers)
        {
            if (node.Elements.GetArray("/Nums") is { } nums)
            {
                for (var k = 0; k + 1 < nums.Elements.Count; k += 2)
                {
                    numbers[((PdfInteger)nums.Elements[k]).Value] = nums.Elements[k + 1];
                }
            }

            foreach (var kid in (IEnumerable<PdfItem>?)node.Elements.GetArray("/Kids")?.Elements ?? [])
            {
                if (StructureWalk.Resolve(kid) is PdfDictionary child)
                {
                    Collect(child, numbers);
                }
            }
        }
    }
}
