using Publisher.Pdf.Layout;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Layout;

public sealed class BookStructureTests
{
    private static readonly PdfSettings Small = new() { PageWidth = 360, PageHeight = 500, MarginTop = 50, MarginBottom = 50, MarginInner = 50, MarginOuter = 40, FontSize = 10 };

    private static BookDocument ThreeChapters() => LayoutSamples.Book(
        Small,
        Chapter(0, "Alpha", Paragraph(Words(400, 1)), new HeadingBlock(2, "alpha-more", [new TextInline("More alpha")]) { Line = 5 }, Paragraph(Words(300, 2))),
        Chapter(1, "Beta", Paragraph(Words(50, 3))),
        Chapter(2, "Gamma", Paragraph(Words(700, 4))));

    private static int PageOf(LaidOutBook book, string anchor) =>
        book.Pages.Select((page, index) => (page, index)).Single(p => p.page.Items.OfType<AnchorItem>().Any(a => a.Name == anchor)).index;

    [Fact]
    public void Front_matter_is_numbered_in_roman_and_the_body_from_one()
    {
        var book = BookTypesetter.Typeset(ThreeChapters(), new DiagnosticBag());

        var front = book.Pages.TakeWhile(p => p.NumberStyle != PageNumberStyle.Decimal).ToList();
        Assert.True(front.Count % 2 == 0, "page 1 of the body is a right-hand page");
        Assert.All(front, p => Assert.Equal(PageNumberStyle.LowerRoman, p.NumberStyle));
        Assert.Equal(Enumerable.Range(1, front.Count), front.Select(p => p.Number));
        var body = book.Pages.Skip(front.Count).ToList();
        Assert.All(body, p => Assert.Equal(PageNumberStyle.Decimal, p.NumberStyle));
        Assert.Equal(Enumerable.Range(1, body.Count), body.Select(p => p.Number));
    }

    [Fact]
    public void Every_chapter_starts_at_the_top_of_a_new_page()
    {
        var book = BookTypesetter.Typeset(ThreeChapters(), new DiagnosticBag());

        var starts = Enumerable.Range(0, 3).Select(i => PageOf(book, DestinationNames.For(i, null))).ToList();
        Assert.Equal(starts.Distinct().Count(), starts.Count);
        for (var i = 0; i < 3; i++)
        {
            var anchor = book.Pages[starts[i]].Items.OfType<AnchorItem>().First(a => a.Name == DestinationNames.For(i, null));
            Assert.Equal(Small.MarginTop, anchor.Position.Y);
        }
    }

    [Fact]
    public void Every_body_page_has_its_folio_at_the_foot_and_only_chapter_openings_go_without_a_running_header()
    {
        var book = BookTypesetter.Typeset(ThreeChapters(), new DiagnosticBag());
        var openings = Enumerable.Range(0, 3).Select(i => PageOf(book, DestinationNames.For(i, null))).ToHashSet();

        foreach (var (page, index) in book.Pages.Select((p, i) => (p, i)).Where(p => p.p.NumberStyle == PageNumberStyle.Decimal))
        {
            var texts = page.Items.OfType<TextRunItem>().ToList();
            var inHeader = texts.Where(t => t.Baseline < Small.MarginTop).ToList();
            var inFooter = texts.Where(t => t.Baseline > Small.PageHeight - Small.MarginBottom).ToList();
            var folio = Assert.Single(inFooter);
            Assert.Equal(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), folio.Text);
            var centre = Small.PageWidth / 2;
            Assert.InRange(folio.X + (folio.GlyphX[^1] / 2), centre - Small.PageWidth * 0.2f, centre + Small.PageWidth * 0.2f);
            if (openings.Contains(index))
            {
                Assert.Empty(inHeader);
            }
            else
            {
                Assert.NotEmpty(inHeader);
                if (page.Number % 2 == 0)
                {
                    Assert.Equal("A Sample Book", inHeader.Single().Text);
                }
            }
        }
    }

    [Fact]
    public void Table_of_contents_entries_link_to_their_anchors_and_print_the_page_they_start_on()
    {
        var book = BookTypesetter.Typeset(ThreeChapters(), new DiagnosticBag());

        var tocPages = book.Pages.Where(p => p.NumberStyle == PageNumberStyle.LowerRoman && p.Items.OfType<LinkItem>().Any()).ToList();
        var links = tocPages.SelectMany(p => p.Items.OfType<LinkItem>()).Where(l => l.DestinationName is not null).ToList();
        var destinations = links.Select(l => l.DestinationName).Distinct().ToList();
        Assert.Contains(DestinationNames.For(0, null), destinations);
        Assert.Contains(DestinationNames.For(0, "alpha-more"), destinations);
        Assert.Contains(DestinationNames.For(2, null), destinations);

        foreach (var page in tocPages)
        {
            foreach (var link in page.Items.OfType<LinkItem>())
            {
                var target = book.Pages[PageOf(book, link.DestinationName!)];
                var printed = page.Items.OfType<TextRunItem>()
                    .Where(t => t.Baseline > link.Rect.Top && t.Baseline < link.Rect.Bottom && t.X > link.Rect.Right - 40)
                    .Select(t => t.Text).Last();
                Assert.Equal(target.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), printed);
            }
        }
    }

    [Fact]
    public void Outline_lists_chapters_with_their_sections_at_the_pages_where_they_start()
    {
        var book = BookTypesetter.Typeset(ThreeChapters(), new DiagnosticBag());

        Assert.Equal(["Alpha", "Beta", "Gamma"], book.Outline.Select(o => o.Title));
        Assert.Equal(PageOf(book, DestinationNames.For(1, null)), book.Outline[1].PageIndex);
        var section = Assert.Single(book.Outline[0].Children);
        Assert.Equal("More alpha", section.Title);
        Assert.Equal(PageOf(book, DestinationNames.For(0, "alpha-more")), section.PageIndex);
    }

    [Fact]
    public void Nothing_is_drawn_outside_the_text_block_except_headers_and_folios()
    {
        var book = BookTypesetter.Typeset(DocumentSamples.Rich(), new DiagnosticBag());
        var settings = DocumentSamples.Rich().Metadata.Pdf;

        foreach (var page in book.Pages)
        {
            foreach (var run in page.Items.OfType<TextRunItem>().Where(t => t.Baseline >= settings.MarginTop && t.Baseline <= settings.PageHeight - settings.MarginBottom))
            {
                Assert.InRange(run.X, Math.Min(settings.MarginInner, settings.MarginOuter) - 0.5f, settings.PageWidth);
                Assert.True(run.X + run.GlyphX[^1] <= settings.PageWidth - Math.Min(settings.MarginInner, settings.MarginOuter), run.Text);
            }

            foreach (var image in page.Items.OfType<ImageItem>())
            {
                Assert.True(image.Rect.Left >= 0 && image.Rect.Right <= settings.PageWidth && image.Rect.Bottom <= settings.PageHeight - settings.MarginBottom);
            }
        }
    }

    [Fact]
    public void Footnote_references_and_notes_link_to_each_other()
    {
        var book = BookTypesetter.Typeset(DocumentSamples.Rich(), new DiagnosticBag());
        var anchors = book.Pages.SelectMany(p => p.Items.OfType<AnchorItem>()).Select(a => a.Name).ToHashSet();
        var links = book.Pages.SelectMany(p => p.Items.OfType<LinkItem>()).Select(l => l.DestinationName).ToHashSet();

        foreach (var chapter in new[] { 0, 1 })
        {
            Assert.Contains(DestinationNames.For(chapter, "fn-1"), anchors);
            Assert.Contains(DestinationNames.For(chapter, "fnref-1"), anchors);
            Assert.Contains(DestinationNames.For(chapter, "fn-1"), links);
            Assert.Contains(DestinationNames.For(chapter, "fnref-1"), links);
        }

        Assert.Contains(DestinationNames.For(1, "tables"), links);
        Assert.Contains(DestinationNames.For(1, "tables"), anchors);
    }
}
