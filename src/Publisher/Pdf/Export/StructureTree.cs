using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// Writes the book's structure tree (ISO 32000-1, 14.7 and 14.8): a StructElem for every element layout built, in
/// its order (the Document's, not the pages'), whose kids are its child elements and, where its runs of own content
/// stand, the marked-content sequences (MCIDs) and link annotations (OBJRs) that show them; a word broken across
/// lines becomes a Span whose /ActualText is the word. The parent tree maps every MCID of every page and every
/// annotation back to its element, the pages get /StructParents and /Tabs /S, the annotations /StructParent. Objects
/// are created in tree order, so the same book gives the same bytes. Elements that nothing shows (an empty chapter)
/// are left out, except table cells, which keep every row as wide as the table.
/// </summary>
internal sealed class StructureTree
{
    private readonly PdfDocument _document;
    private readonly Dictionary<StructureContent, List<Kid>> _kidsOfContent = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StructureContent, WordSpan> _openWords = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StructureNode, bool> _shows = new(ReferenceEqualityComparer.Instance);
    private readonly List<PdfReference?[]> _parentsOfPage = [];
    private readonly List<(PdfDictionary Annotation, PdfReference? Parent)> _annotations = [];
    private int _notes;

    private StructureTree(PdfDocument document) => _document = document;

    private abstract record Kid(int Page);

    private sealed record Mcr(int Page, int Mcid) : Kid(Page);

    private sealed record Objr(int Page, PdfDictionary Annotation) : Kid(Page);

    private sealed record WordSpan(int Page) : Kid(Page)
    {
        public List<Mcr> Parts { get; } = [];

        public StringBuilder Text { get; } = new();
    }

    /// <summary>
    /// Writes the tree of <paramref name="root"/> for the pages of <paramref name="document"/> (painted as
    /// <paramref name="painted"/>, with the link annotations of each page in the order of its links), and marks the
    /// document as tagged.
    /// </summary>
    public static void Write(PdfDocument document, StructureNode root, IReadOnlyList<PaintedPage> painted, IReadOnlyList<IReadOnlyList<PdfDictionary>> annotations)
    {
        var tree = new StructureTree(document);
        for (var i = 0; i < painted.Count; i++)
        {
            tree.AddPage(i, painted[i], annotations[i]);
        }

        var rootElement = new PdfDictionary(document);
        document.Internals.AddObject(rootElement);
        // The root is written even when nothing shows it (pages of artifacts only): a tagged file has a Document.
        var documentElement = tree.Element(root, rootElement.Reference!, always: true)!;
        rootElement.Elements["/Type"] = new PdfName("/StructTreeRoot");
        rootElement.Elements["/K"] = documentElement;
        rootElement.Elements["/ParentTree"] = tree.ParentTree(out var nextKey);
        rootElement.Elements["/ParentTreeNextKey"] = new PdfInteger(nextKey);

        var catalog = document.Internals.Catalog;
        catalog.Elements["/StructTreeRoot"] = rootElement.Reference;
        var markInfo = new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        catalog.Elements["/MarkInfo"] = markInfo;
        var viewer = new PdfDictionary(document);
        viewer.Elements["/DisplayDocTitle"] = new PdfBoolean(true);
        catalog.Elements["/ViewerPreferences"] = viewer;
    }

    private void AddPage(int index, PaintedPage painted, IReadOnlyList<PdfDictionary> annotations)
    {
        var page = _document.Pages[index];
        page.Elements["/StructParents"] = new PdfInteger(index);
        page.Elements["/Tabs"] = new PdfName("/S");
        _parentsOfPage.Add(new PdfReference?[painted.Sequences.Count]);
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
            if (!sequence.Part.HasFlag(WordPart.Tail) || !_openWords.TryGetValue(sequence.Content, out var word))
            {
                word = new WordSpan(index);
                KidsOf(sequence.Content).Add(word);
            }

            word.Parts.Add(mcr);
            word.Text.Append(sequence.WordText);
            if (sequence.Part.HasFlag(WordPart.Head))
            {
                _openWords[sequence.Content] = word;
            }
            else
            {
                _openWords.Remove(sequence.Content);
            }
        }

        if (annotations.Count != painted.Links.Count)
        {
            throw new InvalidOperationException("every link annotation needs the structure content of its link");
        }

        for (var k = 0; k < annotations.Count; k++)
        {
            if (painted.Links[k] is { } link)
            {
                KidsOf(link).Add(new Objr(index, annotations[k]));
            }
            else
            {
                _annotations.Add((annotations[k], null));
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

    /// <summary>Writes the element and its subtree; null when nothing shows it.</summary>
    private PdfReference? Element(StructureNode node, PdfReference parent, bool always = false)
    {
        if (!always && !Shows(node) && node.Role is not (StructureRole.TD or StructureRole.TH))
        {
            return null;
        }

        var element = NewElement(node.Role, parent);
        var reference = element.Reference!;
        if (node.Alt is not null && node.Role is StructureRole.Figure or StructureRole.Lbl)
        {
            element.Elements["/Alt"] = TextStrings.Of(node.Alt);
        }

        if (node.Lang is not null)
        {
            element.Elements["/Lang"] = TextStrings.Of(node.Lang);
        }

        if (node.Expansion is not null)
        {
            element.Elements["/E"] = TextStrings.Of(node.Expansion);
        }

        if (node.Scope != HeaderScope.None || node.ColumnSpan > 1 || node.RowSpan > 1)
        {
            var attributes = new PdfDictionary(_document);
            attributes.Elements["/O"] = new PdfName("/Table");
            if (node.Scope != HeaderScope.None)
            {
                attributes.Elements["/Scope"] = new PdfName(node.Scope == HeaderScope.Column ? "/Column" : "/Row");
            }

            if (node.ColumnSpan > 1)
            {
                attributes.Elements["/ColSpan"] = new PdfInteger(node.ColumnSpan);
            }

            if (node.RowSpan > 1)
            {
                attributes.Elements["/RowSpan"] = new PdfInteger(node.RowSpan);
            }

            element.Elements["/A"] = attributes;
        }

        if (node.Role == StructureRole.Note)
        {
            // PDF/UA-1 (7.9): every Note has an ID unique in the file.
            element.Elements["/ID"] = new PdfString($"note{++_notes}");
        }

        var kids = new PdfArray(_document);
        int? page = null;
        foreach (var kid in node.Kids)
        {
            if (kid is StructureNode child)
            {
                if (Element(child, reference) is { } written)
                {
                    kids.Elements.Add(written);
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
                kids.Elements.Add(part switch
                {
                    Mcr mcr => Marked(mcr, page.Value, reference),
                    Objr objr => ObjectReference(objr, reference),
                    WordSpan word => Word(word, reference),
                    _ => throw new InvalidOperationException(part.GetType().Name),
                });
            }
        }

        if (page is { } first)
        {
            element.Elements["/Pg"] = _document.Pages[first].Reference;
        }

        if (kids.Elements.Count == 1)
        {
            element.Elements["/K"] = kids.Elements[0];
        }
        else if (kids.Elements.Count > 1)
        {
            element.Elements["/K"] = kids;
        }

        return reference;
    }

    private PdfDictionary NewElement(StructureRole role, PdfReference parent)
    {
        var element = new PdfDictionary(_document);
        _document.Internals.AddObject(element);
        // /Type /StructElem is optional and left out: it would add a sixth of the element's bytes.
        element.Elements["/S"] = new PdfName("/" + RoleNames.Of(role));
        element.Elements["/P"] = parent;
        return element;
    }

    /// <summary>An MCID, written as a plain integer when it is on the element's page (its /Pg).</summary>
    private PdfItem Marked(Mcr mcr, int elementPage, PdfReference owner)
    {
        _parentsOfPage[mcr.Page][mcr.Mcid] = owner;
        if (mcr.Page == elementPage)
        {
            return new PdfInteger(mcr.Mcid);
        }

        var reference = new PdfDictionary(_document);
        reference.Elements["/Type"] = new PdfName("/MCR");
        reference.Elements["/Pg"] = _document.Pages[mcr.Page].Reference;
        reference.Elements["/MCID"] = new PdfInteger(mcr.Mcid);
        return reference;
    }

    private PdfDictionary ObjectReference(Objr objr, PdfReference owner)
    {
        _annotations.Add((objr.Annotation, owner));
        var reference = new PdfDictionary(_document);
        reference.Elements["/Type"] = new PdfName("/OBJR");
        reference.Elements["/Pg"] = _document.Pages[objr.Page].Reference;
        reference.Elements["/Obj"] = objr.Annotation.Reference;
        return reference;
    }

    /// <summary>A word broken across lines: a Span whose ActualText is the word, over its parts (hyphen included).</summary>
    private PdfReference Word(WordSpan word, PdfReference owner)
    {
        var span = NewElement(StructureRole.Span, owner);
        var reference = span.Reference!;
        span.Elements["/ActualText"] = TextStrings.Of(word.Text.ToString());
        span.Elements["/Pg"] = _document.Pages[word.Page].Reference;
        var kids = new PdfArray(_document);
        foreach (var part in word.Parts)
        {
            kids.Elements.Add(Marked(part, word.Page, reference));
        }

        span.Elements["/K"] = kids;
        return reference;
    }

    /// <summary>
    /// The parent tree: page i's MCIDs under key i (an array of elements, by MCID), then one key per annotation
    /// (its /StructParent), in the order the tree met them.
    /// </summary>
    private PdfDictionary ParentTree(out int nextKey)
    {
        var numbers = new PdfArray(_document);
        for (var i = 0; i < _parentsOfPage.Count; i++)
        {
            var parents = new PdfArray(_document);
            foreach (var parent in _parentsOfPage[i])
            {
                parents.Elements.Add(parent is null ? PdfNull.Value : parent);
            }

            // Indirect, so a page's entry is written once and the number tree stays small to parse.
            _document.Internals.AddObject(parents);
            numbers.Elements.Add(new PdfInteger(i));
            numbers.Elements.Add(parents.Reference!);
        }

        nextKey = _parentsOfPage.Count;
        foreach (var (annotation, parent) in _annotations)
        {
            if (parent is null)
            {
                continue;
            }

            annotation.Elements["/StructParent"] = new PdfInteger(nextKey);
            numbers.Elements.Add(new PdfInteger(nextKey));
            numbers.Elements.Add(parent);
            nextKey++;
        }

        var tree = new PdfDictionary(_document);
        tree.Elements["/Nums"] = numbers;
        return tree;
    }
}
