using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// Writes the book's structure tree (ISO 32000-1, 14.7 and 14.8): an element for every one layout built, in its order
/// (the Document's, not the pages'), whose kids are its child elements and, where its runs of own content stand, the
/// marked-content sequences (MCIDs) and link annotations (OBJRs) that show them; a word broken across lines becomes a
/// Span whose /ActualText is the word. The parent tree maps every MCID of every page and every annotation back to its
/// element. Elements that nothing shows (an empty chapter) are left out, except table cells, which keep every row as
/// wide as the table.
/// <para>
/// In two steps around PDFsharp's save: <see cref="Prepare"/> gives the pages their /StructParents and /Tabs /S, the
/// annotations their /StructParent (the page count plus their index in page order), and the catalog /MarkInfo,
/// /ViewerPreferences and a placeholder for /StructTreeRoot; once the file is saved and every page and annotation has
/// its object number, <see cref="Serialize"/> writes the tree's objects as text (<see cref="LateObjects"/>), in tree
/// order, so the same book gives the same bytes.
/// </para>
/// </summary>
internal sealed class StructureTree
{
    private readonly PdfDocument _document;
    private readonly StructureNode _root;
    private readonly Dictionary<StructureContent, List<Kid>> _kidsOfContent = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StructureNode, bool> _shows = new(ReferenceEqualityComparer.Instance);
    private readonly int[][] _parentsOfPage;
    private readonly int[] _parentOfAnnotation;
    private readonly List<PdfDictionary> _annotations = [];
    private readonly List<byte[]> _objects = [];
    private int _first;
    private int _notes;

    private StructureTree(PdfDocument document, StructureNode root, IReadOnlyList<PaintedPage> painted)
    {
        _document = document;
        _root = root;
        _parentsOfPage = [.. painted.Select(page => Enumerable.Repeat(-1, page.Sequences.Count).ToArray())];
        _parentOfAnnotation = new int[painted.Sum(page => page.Links.Count(link => link is not null))];
    }

    private abstract record Kid(int Page);

    private sealed record Mcr(int Page, int Mcid) : Kid(Page);

    /// <param name="Key">The annotation's /StructParent less the page count: its index among the tagged annotations.</param>
    private sealed record Objr(int Page, int Key) : Kid(Page);

    private sealed record WordSpan(int Page) : Kid(Page)
    {
        public List<Mcr> Parts { get; } = [];

        /// <summary>Its last part is a word's head: the next tail of its content goes on with it.</summary>
        public bool Open { get; set; }

        public StringBuilder Text { get; } = new();
    }

    /// <summary>
    /// Marks <paramref name="document"/> as tagged for the tree of <paramref name="root"/>: its pages (painted as
    /// <paramref name="painted"/>, with the link annotations of each page in the order of its links) and annotations
    /// get the keys of the parent tree, the catalog the entries of a tagged PDF. Call <see cref="Serialize"/> once the
    /// document is saved.
    /// </summary>
    public static StructureTree Prepare(PdfDocument document, StructureNode root, IReadOnlyList<PaintedPage> painted, IReadOnlyList<IReadOnlyList<PdfDictionary>> annotations)
    {
        var tree = new StructureTree(document, root, painted);
        for (var i = 0; i < painted.Count; i++)
        {
            tree.AddPage(i, painted[i], annotations[i]);
        }

        var catalog = document.Internals.Catalog;
        catalog.Elements["/StructTreeRoot"] = new PdfLiteral(LateObjects.CatalogPlaceholder);
        var markInfo = new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        catalog.Elements["/MarkInfo"] = markInfo;
        var viewer = new PdfDictionary(document);
        viewer.Elements["/DisplayDocTitle"] = new PdfBoolean(true);
        catalog.Elements["/ViewerPreferences"] = viewer;
        return tree;
    }

    /// <summary>
    /// The tree's objects, numbered from <paramref name="firstNumber"/> (the first number the saved file leaves free):
    /// the StructTreeRoot first, then the elements in tree order, then each page's entry of the parent tree.
    /// </summary>
    public LateObjects Serialize(int firstNumber)
    {
        _first = firstNumber;
        _objects.Clear();
        var rootNumber = Reserve();

        // The Document element is written even when nothing shows it (pages of artifacts only): a tagged file has one.
        var documentElement = Element(_root, rootNumber, always: true)!.Value;

        var pages = new int[_parentsOfPage.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            // A page's entry is an object of its own, so the number tree stays small to parse.
            pages[i] = Reserve();
            var parents = new PdfSyntax().Raw("[");
            foreach (var parent in _parentsOfPage[i])
            {
                _ = parent < 0 ? parents.Raw("null") : parents.Reference(parent);
            }

            Set(pages[i], parents.Raw("]"));
        }

        var root = new PdfSyntax().Raw("<<").Name("Type").Name("StructTreeRoot").Name("K").Reference(documentElement).Name("ParentTree").Raw("<<").Name("Nums").Raw("[");
        for (var i = 0; i < pages.Length; i++)
        {
            root.Integer(i).Reference(pages[i]);
        }

        for (var k = 0; k < _parentOfAnnotation.Length; k++)
        {
            root.Integer(pages.Length + k).Reference(_parentOfAnnotation[k]);
        }

        root.Raw("]>>").Name("ParentTreeNextKey").Integer(pages.Length + _parentOfAnnotation.Length).Raw(">>");
        Set(rootNumber, root);
        return new LateObjects(_objects, $"{rootNumber} 0 R");
    }

    private void AddPage(int index, PaintedPage painted, IReadOnlyList<PdfDictionary> annotations)
    {
        var page = _document.Pages[index];
        page.Elements["/StructParents"] = new PdfInteger(index);
        page.Elements["/Tabs"] = new PdfName("/S");
        var openWords = new Dictionary<StructureContent, WordSpan>(ReferenceEqualityComparer.Instance);
        for (var mcid = 0; mcid < painted.Sequences.Count; mcid++)
        {
            var sequence = painted.Sequences[mcid];
            var mcr = new Mcr(index, mcid);
            if (sequence.Part == WordPart.None)
            {
                KidsOf(sequence.Content).Add(mcr);
                continue;
            }

            // A word's head opens a span that its tail (perhaps on the next page) closes.
            if (!sequence.Part.HasFlag(WordPart.Tail) || KidsOf(sequence.Content) is not [.., WordSpan { Open: true } word])
            {
                word = new WordSpan(index);
                KidsOf(sequence.Content).Add(word);
            }

            word.Parts.Add(mcr);
            word.Text.Append(sequence.WordText);
            word.Open = sequence.Part.HasFlag(WordPart.Head);
        }

        if (annotations.Count != painted.Links.Count)
        {
            throw new InvalidOperationException("every link annotation needs the structure content of its link");
        }

        for (var k = 0; k < annotations.Count; k++)
        {
            if (painted.Links[k] is { } link)
            {
                var key = _annotations.Count;
                _annotations.Add(annotations[k]);
                annotations[k].Elements["/StructParent"] = new PdfInteger(_parentsOfPage.Length + key);
                KidsOf(link).Add(new Objr(index, key));
            }
        }
    }

    private List<Kid> KidsOf(StructureContent content)
    {
        if (!_kidsOfContent.TryGetValue(content, out var kids))
        {
            kids = [];
            _kidsOfContent.Add(content, kids);
        }

        return kids;
    }

    /// <summary>Whether anything on the pages shows the element or one of its descendants.</summary>
    private bool Shows(StructureNode node)
    {
        if (_shows.TryGetValue(node, out var shows))
        {
            return shows;
        }

        shows = false;
        foreach (var kid in node.Kids)
        {
            shows |= kid switch
            {
                StructureNode child => Shows(child),
                StructureContent content => _kidsOfContent.ContainsKey(content),
                _ => false,
            };
        }

        _shows[node] = shows;
        return shows;
    }

    /// <summary>Writes the element and its subtree; answers its object number, or null when nothing shows it.</summary>
    private int? Element(StructureNode node, int parent, bool always = false)
    {
        if (!always && !Shows(node) && node.Role is not (StructureRole.TD or StructureRole.TH))
        {
            return null;
        }

        var number = Reserve();
        var kids = new PdfSyntax();
        var count = 0;
        int? page = null;
        foreach (var kid in node.Kids)
        {
            if (kid is StructureNode child)
            {
                if (Element(child, number) is { } written)
                {
                    kids.Reference(written);
                    count++;
                }

                continue;
            }

            if (kid is not StructureContent content || !_kidsOfContent.TryGetValue(content, out var shown))
            {
                continue;
            }

            foreach (var part in shown)
            {
                page ??= part.Page;
                count++;
                _ = part switch
                {
                    Mcr mcr => Marked(kids, mcr, page.Value, number),
                    Objr objr => ObjectReference(kids, objr, number),
                    WordSpan word => kids.Reference(Word(word, number)),
                    _ => throw new InvalidOperationException(part.GetType().Name),
                };
            }
        }

        var element = Head(node.Role, parent);
        if (node.Alt is not null && node.Role is StructureRole.Figure or StructureRole.Lbl)
        {
            element.Name("Alt").Text(node.Alt);
        }

        if (node.Lang is not null)
        {
            element.Name("Lang").Text(node.Lang);
        }

        if (node.Expansion is not null)
        {
            element.Name("E").Text(node.Expansion);
        }

        if (node.Scope != HeaderScope.None || node.ColumnSpan > 1 || node.RowSpan > 1)
        {
            element.Name("A").Raw("<<").Name("O").Name("Table");
            if (node.Scope != HeaderScope.None)
            {
                element.Name("Scope").Name(node.Scope == HeaderScope.Column ? "Column" : "Row");
            }

            if (node.ColumnSpan > 1)
            {
                element.Name("ColSpan").Integer(node.ColumnSpan);
            }

            if (node.RowSpan > 1)
            {
                element.Name("RowSpan").Integer(node.RowSpan);
            }

            element.Raw(">>");
        }

        if (node.Role == StructureRole.Note)
        {
            // PDF/UA-1 (7.9): every Note has an ID unique in the file.
            element.Name("ID").Text($"note{++_notes}");
        }

        if (page is { } first)
        {
            element.Name("Pg").Reference(PageNumber(first));
        }

        Set(number, Kids(element, kids, count).Raw(">>"));
        return number;
    }

    /// <summary>An element's dictionary up to its own entries: its type and parent (/Type /StructElem is optional and left out).</summary>
    private static PdfSyntax Head(StructureRole role, int parent) =>
        new PdfSyntax().Raw("<<").Name("S").Name(RoleNames.Of(role)).Name("P").Reference(parent);

    /// <summary>The element's /K: its one kid as it is, or its kids in an array.</summary>
    private static PdfSyntax Kids(PdfSyntax element, PdfSyntax kids, int count) => count switch
    {
        0 => element,
        1 => element.Name("K").Raw(" ").Append(kids),
        _ => element.Name("K").Raw("[").Append(kids).Raw("]"),
    };

    /// <summary>An MCID, written as a plain integer when it is on the element's page (its /Pg).</summary>
    private PdfSyntax Marked(PdfSyntax kids, Mcr mcr, int elementPage, int owner)
    {
        _parentsOfPage[mcr.Page][mcr.Mcid] = owner;
        return mcr.Page == elementPage
            ? kids.Integer(mcr.Mcid)
            : kids.Raw("<<").Name("Type").Name("MCR").Name("Pg").Reference(PageNumber(mcr.Page)).Name("MCID").Integer(mcr.Mcid).Raw(">>");
    }

    private PdfSyntax ObjectReference(PdfSyntax kids, Objr objr, int owner)
    {
        _parentOfAnnotation[objr.Key] = owner;
        return kids.Raw("<<").Name("Type").Name("OBJR").Name("Pg").Reference(PageNumber(objr.Page))
            .Name("Obj").Reference(_annotations[objr.Key].Reference!.ObjectNumber).Raw(">>");
    }

    /// <summary>A word broken across lines: a Span whose ActualText is the word, over its parts (hyphen included).</summary>
    private int Word(WordSpan word, int owner)
    {
        var number = Reserve();
        var span = Head(StructureRole.Span, owner).Name("ActualText").Text(word.Text.ToString()).Name("Pg").Reference(PageNumber(word.Page));
        var kids = new PdfSyntax();
        foreach (var part in word.Parts)
        {
            Marked(kids, part, word.Page, number);
        }

        Set(number, Kids(span, kids, word.Parts.Count).Raw(">>"));
        return number;
    }

    private int PageNumber(int page) => _document.Pages[page].Reference!.ObjectNumber;

    /// <summary>The number of the next object, whose value <see cref="Set"/> gives later.</summary>
    private int Reserve()
    {
        _objects.Add([]);
        return _first + _objects.Count - 1;
    }

    private void Set(int number, PdfSyntax value) => _objects[number - _first] = value.ToBytes();
}
