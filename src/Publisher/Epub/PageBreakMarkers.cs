using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>
/// The print edition's page breaks in the EPUB: an empty <c>epub:type="pagebreak"</c> marker (role
/// <c>doc-pagebreak</c>, labelled with the PDF's page label) where each PDF page begins, and the page list that links
/// to them. The page map says where: a generated front matter part, or a block of a chapter and an offset into its
/// text, where the marker goes before the word that begins the page.
/// </summary>
internal sealed class PageBreakMarkers
{
    private static readonly XNamespace X = EpubNames.Xhtml;
    private static readonly XNamespace Epub = EpubNames.Ops;

    private readonly Dictionary<object, List<(int Offset, string Label)>> _byNode = new(ReferenceEqualityComparer.Instance);

    private PageBreakMarkers()
    {
    }

    /// <summary>A chapter without markers.</summary>
    public static PageBreakMarkers None { get; } = new();

    /// <summary>The markers that belong in <paramref name="chapter"/>, each found by its block path.</summary>
    public static PageBreakMarkers For(PageMap map, ChapterDocument chapter)
    {
        var markers = new PageBreakMarkers();
        foreach (var page in map.Pages)
        {
            if (page.Place is TextPlace place && place.ChapterIndex == chapter.Index)
            {
                var (node, offset) = Find(chapter, place.Position);
                if (!markers._byNode.TryGetValue(node, out var list))
                {
                    list = [];
                    markers._byNode[node] = list;
                }

                list.Add((offset, page.Label));
            }
        }

        return markers;
    }

    /// <summary>The id of a page's marker, the target of its page-list entry.</summary>
    public static string Id(string label) => $"page-{label}";

    /// <summary>The marker of one page.</summary>
    public static XElement Marker(string label) => new(
        X + "span",
        new XAttribute(Epub + "type", "pagebreak"),
        new XAttribute("role", "doc-pagebreak"),
        new XAttribute("id", Id(label)),
        new XAttribute("aria-label", label));

    /// <summary>The page list for the navigation document, or null without pages.</summary>
    public static XElement? PageList(BookDocument book, PageMap map)
    {
        if (map.Pages.Count == 0)
        {
            return null;
        }

        return new XElement(
            X + "nav",
            new XAttribute(Epub + "type", "page-list"),
            new XAttribute("role", "doc-pagelist"),
            new XAttribute("aria-label", BookLabels.For(book.Metadata.Language).PageList),
            new XAttribute("hidden", "hidden"),
            new XElement(X + "ol", map.Pages.Select(page => new XElement(
                X + "li",
                new XElement(X + "a", new XAttribute("href", $"{File(book, page.Place)}#{Id(page.Label)}"), page.Label)))));
    }

    /// <summary>The markers of the pages that begin with a front matter part, in order.</summary>
    public static IEnumerable<XElement> AtFrontMatter(PageMap map, FrontMatterPart part) =>
        map.Pages.Where(page => page.Place is FrontMatterPlace front && front.Part == part).Select(page => Marker(page.Label));

    /// <summary>A block as rendered, with the markers of the pages that begin in it: before it, or inside its text.</summary>
    public IEnumerable<XNode> Around(Block block, IEnumerable<XNode> rendered)
    {
        if (!_byNode.TryGetValue(block, out var pages))
        {
            return rendered;
        }

        var nodes = rendered.ToList();
        var inside = nodes.Count == 1 && nodes[0] is XElement element ? element : null;
        var before = pages.Where(page => page.Offset == 0 || inside is null).Select(page => Marker(page.Label));
        if (inside is not null)
        {
            InsertInText(inside, pages.Where(page => page.Offset > 0));
        }

        return [.. before, .. nodes];
    }

    /// <summary>A table cell or definition term (no block of its own) with the markers of the pages that begin in it.</summary>
    public XElement Inside(object node, XElement element)
    {
        if (_byNode.TryGetValue(node, out var pages))
        {
            InsertInText(element, pages);
        }

        return element;
    }

    /// <summary>
    /// Puts each marker before the character at its offset in the element's text (a marker past the end goes last).
    /// At the start of an inline element (a link, an emphasis) the marker goes before the element, not into it.
    /// </summary>
    private static void InsertInText(XElement element, IEnumerable<(int Offset, string Label)> pages)
    {
        foreach (var (offset, label) in pages.OrderByDescending(page => page.Offset))
        {
            var marker = Marker(label);
            var counted = 0;
            XText? target = null;
            foreach (var text in element.DescendantNodes().OfType<XText>().ToList())
            {
                if (counted + text.Value.Length > offset)
                {
                    target = text;
                    break;
                }

                counted += text.Value.Length;
            }

            if (target is null)
            {
                element.Add(marker);
                continue;
            }

            var split = offset - counted;
            if (split > 0)
            {
                var rest = new XText(target.Value[split..]);
                target.Value = target.Value[..split];
                target.AddAfterSelf(rest);
                target = rest;
            }

            XNode anchor = target;
            while (anchor.PreviousNode is null && anchor.Parent is { } parent && parent != element)
            {
                anchor = parent;
            }

            anchor.AddBeforeSelf(marker);
        }
    }

    /// <summary>The node a position leads to, and the offset in it: the nearest block, cell or term along its path.</summary>
    private static (object Node, int Offset) Find(ChapterDocument chapter, BlockPosition position)
    {
        for (var length = position.Path.Count; length > 0; length--)
        {
            var node = BlockPaths.Resolve(chapter.Blocks, position.Path.Take(length).ToList());
            if (node is Block or TableCell or IReadOnlyList<Inline>)
            {
                return (node, length == position.Path.Count ? position.Offset : 0);
            }
        }

        return (chapter.Blocks.Count > 0 ? chapter.Blocks[0] : chapter, 0);
    }

    private static string File(BookDocument book, PagePlace place) => place switch
    {
        TextPlace text => EpubNames.ChapterFile(book.Chapters[text.ChapterIndex]),
        FrontMatterPlace { Part: FrontMatterPart.Contents } => EpubNames.Navigation,
        FrontMatterPlace { Part: FrontMatterPart.Cover } => EpubNames.CoverPage,
        _ => EpubNames.TitlePage,
    };
}
