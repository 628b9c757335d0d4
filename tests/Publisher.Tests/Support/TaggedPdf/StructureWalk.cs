using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Publisher.Tests.Support.TaggedPdf;

/// <summary>
/// The structure tree read in order from the StructTreeRoot (with PDFsharp): the elements as
/// <see cref="TaggedElement"/>s, every marked-content reference and annotation reference, and the text of the book's
/// flow and of each group that stands apart from it (see <see cref="Apart"/>). Breaks of the rules one element can
/// show on its own (a Figure without /Alt, a TH without /Scope, a list item with other kids than Lbl and LBody...)
/// are added to the problems.
/// </summary>
internal sealed class StructureWalk
{
    /// <summary>The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4): a file that uses others must map them.</summary>
    private static readonly HashSet<string> Standard =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead",
        "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT",
        "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
    ];

    /// <summary>Which kids an element of a type may have, where the standard says.</summary>
    private static readonly Dictionary<string, HashSet<string>> AllowedKids = new()
    {
        ["L"] = ["LI", "L", "Caption"],
        ["LI"] = ["Lbl", "LBody"],
        ["Table"] = ["THead", "TBody", "TFoot", "TR", "Caption"],
        ["THead"] = ["TR"],
        ["TBody"] = ["TR"],
        ["TFoot"] = ["TR"],
        ["TR"] = ["TH", "TD"],
        ["TOC"] = ["TOC", "TOCI", "Caption"],
    };

    /// <summary>
    /// Elements whose text the page may show elsewhere than the tree puts it, compared on their own: notes (at the foot
    /// of the page, in the tree at the end of their chapter) and the blocks the page flow may float to a later page
    /// (tables, code, figure groups), and the table of contents, which pdftotext reads as two columns (titles, then
    /// page numbers). See <see cref="ReadingOrder"/> for how each is compared.
    /// </summary>
    public static readonly HashSet<string> Apart = ["Note", "Table", "Code", "Div", "Figure", "TOC"];

    private readonly PdfDocument _document;
    private readonly Dictionary<PdfDictionary, int> _pageIndex;
    private readonly IReadOnlyList<MarkedPage> _pages;
    private readonly List<string> _problems;
    private readonly Dictionary<(int Page, int Mcid), int> _groups = [];
    private readonly HashSet<string> _noteIds = [];

    private StructureWalk(PdfDocument document, IReadOnlyList<MarkedPage> pages, List<string> problems)
    {
        _document = document;
        _pages = pages;
        _problems = problems;
        _pageIndex = new Dictionary<PdfDictionary, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.PageCount; i++)
        {
            _pageIndex[document.Pages[i]] = i;
        }
    }

    /// <summary>The top element (the root's kid), or null when the file has no structure tree.</summary>
    public TaggedElement? Root { get; private set; }

    /// <summary>Every marked-content reference in the tree, with the element that holds it.</summary>
    public List<(int Page, int Mcid, PdfDictionary Element)> MarkedContent { get; } = [];

    /// <summary>The element holding each annotation's OBJR.</summary>
    public Dictionary<PdfDictionary, PdfDictionary> ObjectOwners { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Headings in tree order: level (0 for a plain H) and text.</summary>
    public List<(int Level, string Text)> Headings { get; } = [];

    /// <summary>The text of each group in tree order; group -1 is the flow, the rest are <see cref="Apart"/> elements.</summary>
    public Dictionary<int, StringBuilder> GroupText { get; } = new() { [-1] = new StringBuilder() };

    /// <summary>The type of each group's element.</summary>
    public Dictionary<int, string> GroupRole { get; } = new() { [-1] = "Document" };

    /// <summary>The group an MCID's text belongs to (-1: the flow).</summary>
    public int GroupOf(int page, int mcid) => _groups.GetValueOrDefault((page, mcid), -1);

    public static StructureWalk Walk(PdfDocument document, IReadOnlyList<MarkedPage> pages, List<string> problems)
    {
        var walk = new StructureWalk(document, pages, problems);
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        var top = root is null ? [] : Kids(root).Select(Resolve).OfType<PdfDictionary>().ToList();
        if (root is not null && top.Count != 1)
        {
            problems.Add($"the structure tree root has {top.Count} elements; one Document element is expected");
        }

        if (top.Count > 0)
        {
            var (element, flow) = walk.Element(top[0], root!, group: -1, depth: 0);
            walk.Root = element;
            walk.GroupText[-1].Append(flow);
        }

        return walk;
    }

    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    private static IEnumerable<PdfItem> Kids(PdfDictionary element) => element.Elements["/K"] switch
    {
        null => [],
        PdfArray array => array.Elements,
        var single => [single],
    };

    /// <summary>Walks one element: answers it, and its text in its group (what the group reads aloud from it).</summary>
    private (TaggedElement Element, string InGroup) Element(PdfDictionary element, PdfDictionary parent, int group, int depth)
    {
        var role = element.Elements.GetName("/S").TrimStart('/');
        if (depth > 100)
        {
            _problems.Add("the structure tree is more than 100 levels deep (a cycle?)");
            return (new TaggedElement(role, "", []), "");
        }

        CheckOwnRules(element, parent, role);
        var ownGroup = group;
        if (Apart.Contains(role))
        {
            ownGroup = GroupText.Count - 1;
            GroupText[ownGroup] = new StringBuilder();
            GroupRole[ownGroup] = role;
        }

        var page = PageOf(element);
        var full = new StringBuilder();
        var inGroup = new StringBuilder();
        var kids = new List<TaggedElement>();
        var annotations = 0;
        foreach (var kid in Kids(element))
        {
            switch (Resolve(kid))
            {
                case PdfInteger mcid:
                    Append(Marked(page, mcid.Value, element, ownGroup), full, inGroup);
                    break;
                case PdfDictionary reference when reference.Elements.GetName("/Type") == "/MCR":
                    var mcrPage = reference.Elements.GetReference("/Pg") is null ? page : PageOf(reference);
                    Append(Marked(mcrPage, reference.Elements.GetInteger("/MCID"), element, ownGroup), full, inGroup);
                    break;
                case PdfDictionary reference when reference.Elements.GetName("/Type") == "/OBJR":
                    annotations++;
                    if (Resolve(reference.Elements["/Obj"]) is PdfDictionary annotation)
                    {
                        ObjectOwners[annotation] = element;
                    }

                    break;
                case PdfDictionary child:
                    var (written, childText) = Element(child, element, ownGroup, depth + 1);
                    kids.Add(written);
                    full.Append(written.Text);
                    inGroup.Append(childText);
                    break;
            }
        }

        var actual = element.Elements.GetString("/ActualText") is { Length: > 0 } a ? a : null;
        var attributes = element.Elements.GetDictionary("/A");
        var tagged = new TaggedElement(role, actual ?? full.ToString(), kids)
        {
            Alt = element.Elements.GetString("/Alt") is { Length: > 0 } alt ? alt : null,
            Lang = element.Elements.GetString("/Lang") is { Length: > 0 } lang ? lang : null,
            ActualText = actual,
            Expansion = element.Elements.GetString("/E") is { Length: > 0 } e ? e : null,
            Scope = attributes?.Elements.GetName("/Scope") is { Length: > 0 } scope ? scope.TrimStart('/') : null,
            ColumnSpan = attributes?.Elements.ContainsKey("/ColSpan") == true ? attributes.Elements.GetInteger("/ColSpan") : 1,
            RowSpan = attributes?.Elements.ContainsKey("/RowSpan") == true ? attributes.Elements.GetInteger("/RowSpan") : 1,
            Annotations = annotations,
        };

        if (role is ['H', >= '1' and <= '6'] or "H")
        {
            Headings.Add((role.Length == 2 ? role[1] - '0' : 0, tagged.Text.Trim()));
        }

        if (role == "Link" && annotations == 0)
        {
            _problems.Add($"a Link element ('{tagged.Text}') holds no link annotation (OBJR)");
        }

        // What the element reads aloud in its group: its ActualText stands for the marked content under it.
        var text = actual ?? inGroup.ToString();
        if (ownGroup != group)
        {
            GroupText[ownGroup].Append(text);
            return (tagged, "");
        }

        return (tagged, text);
    }

    private static void Append(string text, StringBuilder full, StringBuilder inGroup)
    {
        full.Append(text);
        inGroup.Append(text);
    }

    private void CheckOwnRules(PdfDictionary element, PdfDictionary parent, string role)
    {
        if (!Standard.Contains(role) && _document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")?.Elements.GetDictionary("/RoleMap")?.Elements.ContainsKey("/" + role) != true)
        {
            _problems.Add($"/{role} is no standard structure type and the role map does not map it");
        }

        if (!ReferenceEquals(Resolve(element.Elements["/P"]), parent))
        {
            _problems.Add($"a /{role} element's /P is not the element that holds it");
        }

        if (role == "Figure" && string.IsNullOrWhiteSpace(element.Elements.GetString("/Alt")))
        {
            _problems.Add("a Figure has no /Alt");
        }

        if (role == "Note" && !_noteIds.Add(element.Elements.GetString("/ID") is { Length: > 0 } id ? id : ""))
        {
            _problems.Add("a Note has no /ID, or the same /ID as another");
        }

        if (role == "TH" && element.Elements.GetDictionary("/A")?.Elements.GetName("/Scope") is not ("/Column" or "/Row" or "/Both"))
        {
            _problems.Add("a table header cell (TH) has no /Scope");
        }

        var parentRole = parent.Elements.GetName("/S").TrimStart('/');
        if (AllowedKids.TryGetValue(parentRole, out var allowed) && !allowed.Contains(role))
        {
            _problems.Add($"a /{parentRole} element holds a /{role} element");
        }

        if (role is "LI" && parentRole != "L" || role is "TR" && parentRole is not ("Table" or "THead" or "TBody" or "TFoot") || role is "TH" or "TD" && parentRole != "TR" || role == "TOCI" && parentRole != "TOC")
        {
            _problems.Add($"a /{role} element stands in a /{parentRole} element");
        }
    }

    private int PageOf(PdfDictionary owner) =>
        owner.Elements.GetReference("/Pg")?.Value is PdfDictionary page && _pageIndex.TryGetValue(page, out var index) ? index : -1;

    private string Marked(int page, int mcid, PdfDictionary element, int group)
    {
        if (page < 0)
        {
            _problems.Add($"MCID {mcid} in a /{element.Elements.GetName("/S").TrimStart('/')} element with no /Pg");
            return "";
        }

        MarkedContent.Add((page, mcid, element));
        _groups[(page, mcid)] = group;
        return page < _pages.Count ? _pages[page].Mcids.GetValueOrDefault(mcid, "") : "";
    }
}
