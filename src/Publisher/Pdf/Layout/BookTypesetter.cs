using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Pdf.Layout;

/// <summary>Lays out the whole book into pages: title page, table of contents, chapters, running heads.</summary>
internal static class BookTypesetter
{
    /// <summary>
    /// The recipe: lay out every chapter (in parallel, they are independent), paginate the body, read where each
    /// anchor landed, build the front matter with those page numbers (the body is numbered from 1, so the front
    /// matter's length cannot move it), then finish every page and build the outline.
    /// </summary>
    public static LaidOutBook Typeset(BookDocument document, DiagnosticBag diagnostics)
    {
        var type = new Typography(document.Metadata.Pdf, BookFontSet.For(document.Metadata));
        var chapters = LayOutChapters(document, type, diagnostics);
        var parts = BookOutline.Parts(BookOutline.Of(document)).Select(part => (Outline: part, Node: new StructureNode(StructureRole.Part))).ToList();
        var body = Paginate(document, chapters, parts, type, new LayoutContext(type, null, diagnostics), diagnostics);
        var bodyPageOfAnchor = AnchorPages(body);

        // The structure tree: the front matter's elements, then each chapter's Sect (in its Part), in reading order.
        var root = new StructureNode(StructureRole.Document);
        var frontContext = new LayoutContext(type, null, diagnostics) { Structure = root };
        var front = FrontMatterPages(document, bodyPageOfAnchor, frontContext, diagnostics);
        frontContext.Structure = null;
        AddChapterElements(root, chapters, parts);

        var bodyFrames = body.Select((page, i) => FinishBodyPage(page, i + 1, document.Metadata.Title, frontContext));
        var pages = front.Concat(bodyFrames).ToList();
        return new LaidOutBook(pages, Outline(document, pages), PdfDocumentInfo.From(document.Metadata))
        {
            PageMap = PageMapping.Of(document.Metadata, front, body),
            Fonts = type.Fonts,
            Structure = root,
        };
    }

    private static LaidOutChapter[] LayOutChapters(BookDocument document, Typography type, DiagnosticBag diagnostics)
    {
        var chapters = new LaidOutChapter[document.Chapters.Count];
        Parallel.For(0, chapters.Length, i => chapters[i] = ChapterLayout.Layout(document.Chapters[i], type, diagnostics, document.Metadata.Language));
        return chapters;
    }

    /// <summary>
    /// Puts each chapter's Sect under the root, or under the Part it belongs to (a part holds the chapters from its
    /// first to the last one its outline entry lists; a part inside a part nests).
    /// </summary>
    private static void AddChapterElements(StructureNode root, LaidOutChapter[] chapters, List<(OutlineItem Outline, StructureNode Node)> parts)
    {
        var startingAt = parts.ToLookup(part => part.Outline.ChapterIndex);
        var open = new Stack<(StructureNode Node, int LastChapter)>();
        for (var i = 0; i < chapters.Length; i++)
        {
            while (open.Count > 0 && open.Peek().LastChapter < i)
            {
                open.Pop();
            }

            foreach (var (outline, node) in startingAt[i])
            {
                (open.Count > 0 ? open.Peek().Node : root).Add(node);
                open.Push((node, BookOutline.Flatten(outline.Children).Select(entry => entry.ChapterIndex).Append(i).Max()));
            }

            (open.Count > 0 ? open.Peek().Node : root).Add(chapters[i].Structure);
        }
    }

    private static List<BodyPage> Paginate(
        BookDocument document, LaidOutChapter[] chapters, List<(OutlineItem Outline, StructureNode Node)> partElements, Typography type, LayoutContext context, DiagnosticBag diagnostics)
    {
        var pages = new List<BodyPage>();
        var parts = partElements.ToLookup(part => part.Outline.ChapterIndex);
        for (var i = 0; i < chapters.Length; i++)
        {
            foreach (var (part, node) in parts[i])
            {
                // The part's title is the heading its Part element opens with.
                AddPartPage(pages, document.Chapters[i], part, context, node.Add(StructureRole.H1));
            }

            var chapterPages = PageFlow.Distribute(chapters[i].Body, type.TextHeight, diagnostics, chapters[i].Notes);
            for (var p = 0; p < chapterPages.Count; p++)
            {
                pages.Add(new BodyPage(document.Chapters[i], p == 0, chapterPages[p]));
            }
        }

        return pages;
    }

    /// <summary>A part's title page on a right-hand page, its back left blank, so the part's first chapter opens on the right too.</summary>
    private static void AddPartPage(List<BodyPage> pages, ChapterDocument next, OutlineItem part, LayoutContext context, StructureNode heading)
    {
        if (pages.Count % 2 == 1)
        {
            pages.Add(new BodyPage(next, true, []) { ShowsFolio = false });
        }

        pages.Add(new BodyPage(next, true, PartTitlePage.Layout(part.Title, part.PartIndex, context, heading)) { ShowsFolio = false });
        pages.Add(new BodyPage(next, true, []) { ShowsFolio = false });
    }

    /// <summary>Anchor name to the body page number (1-based) where it landed.</summary>
    private static Dictionary<string, int> AnchorPages(List<BodyPage> body)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < body.Count; i++)
        {
            foreach (var placed in body[i].Content)
            {
                foreach (var item in placed.Slice.Items)
                {
                    if (item is AnchorItem anchor)
                    {
                        pages.TryAdd(anchor.Name, i + 1);
                    }
                }
            }
        }

        return pages;
    }

    /// <summary>
    /// The cover when the book names one (a page of its own, labelled "Cover"), then the title page (i, no folio
    /// printed), copyright page, contents; padded to an even count, the cover included, so page 1 is a right-hand page.
    /// </summary>
    private static List<PageFrame> FrontMatterPages(BookDocument document, Dictionary<string, int> bodyPageOfAnchor, LayoutContext context, DiagnosticBag diagnostics)
    {
        var type = context.Typography;
        var metadata = document.Metadata;
        var pages = new List<PageFrame>();
        if (document.Cover is { } cover)
        {
            // The cover is a Figure, not an artifact: it is the book's first page and shows its title, so a reader
            // hears that it is there and what it says.
            var label = BookLabels.For(metadata.Language).Cover;
            var figure = context.Structure?.Add(new StructureNode(StructureRole.Figure) { Alt = $"{label}: {metadata.Title}" });
            pages.Add(FrontMatter.CoverPage(cover, type, label, figure));
        }

        var numbered = pages.Count;
        pages.Add(PageFinisher.Finish([new PlacedSlice(new Slice(0, FrontMatter.TitlePage(metadata, context)), 0)], PageNumberStyle.LowerRoman, 1, null, false, context));
        pages.Add(PageFinisher.Finish([new PlacedSlice(new Slice(0, FrontMatter.CopyrightPage(metadata, context)), 0)], PageNumberStyle.LowerRoman, 2, null, false, context));

        var contents = BookLabels.For(metadata.Language).Contents;
        var toc = ContentsPages.Layout(ContentsPages.Lines(document, bodyPageOfAnchor), contents, context);
        foreach (var content in PageFlow.Distribute(toc, type.TextHeight, diagnostics))
        {
            var number = pages.Count - numbered + 1;
            pages.Add(PageFinisher.Finish(content, PageNumberStyle.LowerRoman, number, number > 3 ? contents : null, true, context));
        }

        if (pages.Count % 2 == 1)
        {
            pages.Add(PageFinisher.Finish([], PageNumberStyle.LowerRoman, pages.Count - numbered + 1, null, false, context));
        }

        return pages;
    }

    /// <summary>
    /// Running header: the book's title on left-hand (even) pages, the chapter's on right-hand pages; none on openings.
    /// Every body page, an opening too, has its folio centred at the foot.
    /// </summary>
    private static PageFrame FinishBodyPage(BodyPage page, int number, string bookTitle, LayoutContext context)
    {
        var header = page.IsOpening ? null : number % 2 == 0 ? bookTitle : page.Chapter.Title;
        return PageFinisher.Finish(page.Content, PageNumberStyle.Decimal, number, header, folio: page.ShowsFolio, context);
    }

    /// <summary>The book's outline as bookmarks, each pointing at the page and height where its anchor landed.</summary>
    private static List<OutlineEntry> Outline(BookDocument document, List<PageFrame> pages)
    {
        var anchors = new Dictionary<string, (int Page, float Y)>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var item in pages[i].Items)
            {
                if (item is AnchorItem anchor)
                {
                    anchors.TryAdd(anchor.Name, (i, anchor.Position.Y));
                }
            }
        }

        return Bookmarks(BookOutline.Of(document), anchors);
    }

    private static List<OutlineEntry> Bookmarks(IReadOnlyList<OutlineItem> entries, Dictionary<string, (int Page, float Y)> anchors)
    {
        var bookmarks = new List<OutlineEntry>();
        foreach (var entry in entries)
        {
            if (anchors.TryGetValue(DestinationNames.Of(entry), out var at))
            {
                bookmarks.Add(new OutlineEntry(entry.Title, at.Page, at.Y, Bookmarks(entry.Children, anchors)));
            }
        }

        return bookmarks;
    }
}
