using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Pdf.Layout;

/// <summary>Lays out the whole book into pages: title page, table of contents, chapters, running heads.</summary>
internal static class BookTypesetter
{
    /// <summary>
    /// The recipe: lay out every chapter and cut it into pages (in parallel, they are independent), paginate the body
    /// (a part's title page before its first chapter), read where each anchor landed, build the front matter with
    /// those page numbers (the body is numbered from 1, so the front matter's length cannot move it), then finish
    /// every page and build the outline. With a <paramref name="cache"/> (kept by a watch between builds), unchanged
    /// chapters are not laid out again, and those that start on the same page keep their finished pages; the result is
    /// the same either way.
    /// </summary>
    public static LaidOutBook Typeset(BookDocument document, DiagnosticBag diagnostics, LayoutCache? cache = null)
    {
        var type = new Typography(document.Metadata.Pdf, BookFontSet.For(document.Metadata));
        var chapters = LayOutChapters(document, type, cache, diagnostics);
        var frontContext = new LayoutContext(type, null, diagnostics);
        var (body, groups) = Paginate(document, chapters, frontContext);
        var bodyPageOfAnchor = AnchorPages(body);

        // The structure tree: the front matter's elements, then each chapter's Sect (in its Part), in reading order.
        var root = new StructureNode(StructureRole.Document);
        frontContext.Structure = root;
        var front = FrontMatterPages(document, bodyPageOfAnchor, frontContext, diagnostics);
        frontContext.Structure = null;
        var bodyFrames = FinishBodyPages(document, body, groups, frontContext, cache);
        AddChapterElements(root, document, chapters, body, bodyFrames);

        var pages = front.Concat(bodyFrames).ToList();
        return new LaidOutBook(pages, Outline(document, pages), PdfDocumentInfo.From(document.Metadata))
        {
            PageMap = PageMapping.Of(document.Metadata, front, body),
            Fonts = type.Fonts,
            Structure = root,
        };
    }

    private static PagedChapter[] LayOutChapters(BookDocument document, Typography type, LayoutCache? cache, DiagnosticBag diagnostics)
    {
        var language = document.Metadata.Language;
        PagedChapter LayOut(ChapterDocument chapter, DiagnosticBag reported) => LayOutChapter(chapter, type, language, reported);
        var chapters = new PagedChapter[document.Chapters.Count];
        Parallel.For(0, chapters.Length, i => chapters[i] = cache is null
            ? LayOut(document.Chapters[i], diagnostics)
            : cache.Pages(document.Chapters[i], new LayoutDesign(type.Settings, type.Fonts, language), diagnostics, LayOut));
        return chapters;
    }

    /// <summary>One chapter as a column of slices, cut into pages (it starts on a fresh page), with its structure element.</summary>
    private static PagedChapter LayOutChapter(ChapterDocument chapter, Typography type, string? language, DiagnosticBag diagnostics)
    {
        var laidOut = ChapterLayout.Layout(chapter, type, diagnostics, language);
        return new PagedChapter(PageFlow.Distribute(laidOut.Body, type.TextHeight, diagnostics, laidOut.Notes), laidOut.Structure);
    }

    /// <summary>
    /// Puts each chapter's Sect under the root, or under the Part it belongs to (a part holds the chapters from its
    /// first to the last one its outline entry lists; a part inside a part nests). A Part opens with the heading of
    /// its title page, found on the finished page itself: a watch may have kept that page, and its heading with it,
    /// from an earlier build.
    /// </summary>
    private static void AddChapterElements(StructureNode root, BookDocument document, PagedChapter[] chapters, List<BodyPage> body, List<PageFrame> frames)
    {
        var headings = new Dictionary<int, Queue<StructureNode>>();
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].PartHeading is { } heading)
            {
                var chapter = body[i].Chapter.Index;
                (headings.TryGetValue(chapter, out var queue) ? queue : headings[chapter] = new Queue<StructureNode>()).Enqueue(heading);
            }
        }

        var startingAt = BookOutline.Parts(BookOutline.Of(document)).ToLookup(part => part.ChapterIndex);
        var open = new Stack<(StructureNode Node, int LastChapter)>();
        for (var i = 0; i < chapters.Length; i++)
        {
            while (open.Count > 0 && open.Peek().LastChapter < i)
            {
                open.Pop();
            }

            foreach (var part in startingAt[i])
            {
                var node = new StructureNode(StructureRole.Part);
                if (headings.TryGetValue(i, out var queue) && queue.Count > 0)
                {
                    node.Add(queue.Dequeue());
                }

                (open.Count > 0 ? open.Peek().Node : root).Add(node);
                open.Push((node, BookOutline.Flatten(part.Children).Select(entry => entry.ChapterIndex).Append(i).Max()));
            }

            (open.Count > 0 ? open.Peek().Node : root).Add(chapters[i].Structure);
        }
    }

    /// <summary>
    /// The body's pages in order, and for each chapter its group of them: the pages of the part it opens, if any, and
    /// its own (with the parts' titles, what besides the chapter its group is made of).
    /// </summary>
    private static (List<BodyPage> Pages, List<ChapterGroup> Groups) Paginate(
        BookDocument document, PagedChapter[] chapters, LayoutContext context)
    {
        var pages = new List<BodyPage>();
        var groups = new List<ChapterGroup>();
        var parts = BookOutline.Parts(BookOutline.Of(document)).ToLookup(part => part.ChapterIndex);
        for (var i = 0; i < chapters.Length; i++)
        {
            var start = pages.Count;
            foreach (var part in parts[i])
            {
                AddPartPage(pages, document.Chapters[i], part, context);
            }

            var chapterPages = chapters[i].Pages;
            for (var p = 0; p < chapterPages.Count; p++)
            {
                pages.Add(new BodyPage(document.Chapters[i], p == 0, chapterPages[p]));
            }

            var partTitles = string.Join("\n", parts[i].Select(part => $"{part.PartIndex}:{part.Title}"));
            groups.Add(new ChapterGroup(start, pages.Count - start, partTitles));
        }

        return (pages, groups);
    }

    /// <summary>A chapter's pages in the body, its part's included: from <paramref name="Start"/> (0-based), <paramref name="Count"/> of them.</summary>
    private sealed record ChapterGroup(int Start, int Count, string PartTitles);

    /// <summary>
    /// Every body page with its margins, chapter by chapter; a chapter that starts on the same page as in the last
    /// build, under the same part titles, keeps its finished pages.
    /// </summary>
    private static List<PageFrame> FinishBodyPages(
        BookDocument document, List<BodyPage> body, List<ChapterGroup> groups, LayoutContext context, LayoutCache? cache)
    {
        var title = document.Metadata.Title;
        var frames = new List<PageFrame>(body.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            IReadOnlyList<PageFrame> Finish() =>
                body.GetRange(group.Start, group.Count).Select((page, p) => FinishBodyPage(page, group.Start + p + 1, title, context)).ToList();
            frames.AddRange(cache is null ? Finish() : cache.Finished(document.Chapters[i], group.Start + 1, title, group.PartTitles, Finish));
        }

        return frames;
    }

    /// <summary>A part's title page on a right-hand page, its back left blank, so the part's first chapter opens on the right too.</summary>
    private static void AddPartPage(List<BodyPage> pages, ChapterDocument next, OutlineItem part, LayoutContext context)
    {
        if (pages.Count % 2 == 1)
        {
            pages.Add(new BodyPage(next, true, []) { ShowsFolio = false });
        }

        // The title is the heading its Part element opens with; the page keeps it (see AddChapterElements).
        var heading = new StructureNode(StructureRole.H1);
        pages.Add(new BodyPage(next, true, PartTitlePage.Layout(part.Title, part.PartIndex, context, heading)) { ShowsFolio = false, PartHeading = heading });
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
        return PageFinisher.Finish(page.Content, PageNumberStyle.Decimal, number, header, folio: page.ShowsFolio, context) with { PartHeading = page.PartHeading };
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
