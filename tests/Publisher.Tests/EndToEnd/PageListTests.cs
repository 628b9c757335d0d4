using System.Xml.Linq;
using Publisher.Tests.Epub;
using static Publisher.Tests.Epub.EpubFile;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// The EPUB of the sample book carries its PDF's pages: a page list whose labels are the PDF's page labels, and a
/// page-break marker where each PDF page begins, so "page 42" is the same place in both editions.
/// </summary>
public sealed class PageListTests(SampleBookBuild build) : IClassFixture<SampleBookBuild>
{
    [SkippableFact]
    public void Every_pdf_page_label_appears_once_in_the_page_list_in_order()
    {
        using var epub = EpubFile.Read(build.Book.Epub);

        var pageList = PageList(epub).Select(entry => entry.Label).ToList();

        Assert.Equal(PdfReadBack.PageLabels(build.Book.Pdf), pageList);
        Assert.Contains("iii", pageList);
        Assert.Contains("1", pageList);
    }

    [Fact]
    public void Every_page_list_entry_leads_to_a_page_break_marker_with_its_label_and_the_markers_come_in_reading_order()
    {
        using var epub = EpubFile.Read(build.Book.Epub);

        foreach (var (label, href) in PageList(epub))
        {
            var marker = Target(epub, href);
            Assert.Equal("pagebreak", (string?)marker.Attribute(Ops + "type"));
            Assert.Equal("doc-pagebreak", (string?)marker.Attribute("role"));
            Assert.Equal(label, (string?)marker.Attribute("aria-label"));
            Assert.Empty(marker.Nodes());
        }

        var markersInReadingOrder = SpineDocuments(epub)
            .SelectMany(page => page.Descendants(Xhtml + "span").Where(span => (string?)span.Attribute(Ops + "type") == "pagebreak"))
            .Select(span => (string?)span.Attribute("aria-label"))
            .ToList();
        Assert.Equal(PageList(epub).Select(entry => entry.Label), markersInReadingOrder);
    }

    [SkippableFact]
    public void Each_marker_is_followed_by_the_first_words_of_its_pdf_page()
    {
        using var epub = EpubFile.Read(build.Book.Epub);
        var headers = build.ChapterTitles.Append("The Publisher Guide").ToHashSet(StringComparer.Ordinal);
        var entries = PageList(epub);
        var mismatches = new List<string>();
        var compared = 0;
        var bodyPages = 0;
        for (var page = 1; page <= entries.Count; page++)
        {
            // The front matter is compared below: the EPUB has a title page and a contents page of its own.
            if (!int.TryParse(entries[page - 1].Label, out _))
            {
                continue;
            }

            bodyPages++;
            var lines = PdfReadBack.Text(build.Book.Pdf, page).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            // Three words tell the place apart from any other in the book; in a table, where pdftotext reads a row's
            // wrapped cells line by line, the first two (a cell's first line and the next cell's).
            var marker = Target(epub, entries[page - 1].Href);
            var following = WordsAfter(marker).Take(InTable(marker) ? 2 : 3).ToList();
            compared++;
            if (!BeginsWith(lines, following, marker, headers))
            {
                mismatches.Add($"page {entries[page - 1].Label}: the PDF page begins '{string.Join(' ', lines.Take(2))}', the EPUB marker is before '{string.Join(' ', following)}'");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        // Only blank pages (the left-hand page before a chapter that opens on the right) have no words.
        Assert.True(compared >= bodyPages * 0.9, $"only {compared} of {bodyPages} body pages compared");
    }

    [SkippableFact]
    public void The_front_matter_pages_begin_with_the_cover_the_title_page_its_colophon_and_the_contents()
    {
        using var epub = EpubFile.Read(build.Book.Epub);
        var entries = PageList(epub).TakeWhile(entry => !int.TryParse(entry.Label, out _)).ToList();

        // The PDF opens with the cover, labelled by name, as the EPUB does.
        Assert.Equal(("Cover", "cover.xhtml#"), (entries[0].Label, entries[0].Href[..12]));
        Assert.Equal("Cover", PdfReadBack.PageLabels(build.Book.Pdf)[0]);
        var front = entries.Skip(1).ToList();
        Assert.Equal(["i", "ii", "iii", "iv", "v"], front.Select(entry => entry.Label));
        Assert.Equal("The Publisher Guide", string.Join(' ', WordsAfter(Target(epub, front[0].Href)).Take(3)));
        // The PDF's copyright page holds what the EPUB's colophon holds.
        Assert.Equal("colophon", (string?)Target(epub, front[1].Href).ElementsAfterSelf().First().Attribute("class"));
        Assert.StartsWith("Version 1.0.0", PdfReadBack.Text(build.Book.Pdf, 3).Split('\n')[4], StringComparison.Ordinal);
        Assert.All(front.Skip(2), entry => Assert.StartsWith("nav.xhtml#", entry.Href, StringComparison.Ordinal));
        Assert.Equal("Contents Introduction", string.Join(' ', WordsAfter(Target(epub, front[2].Href)).Take(2)));
    }

    /// <summary>
    /// Whether a PDF page's text begins with <paramref name="words"/>, once what the EPUB writes elsewhere or not at
    /// all is set aside: the running header, a list item's bullet or number, a table's header row repeated after a
    /// break, and the text drawn inside a picture (a figure's marker stands before the picture).
    /// </summary>
    private static bool BeginsWith(List<string> lines, List<string> words, XElement marker, IReadOnlySet<string> headers)
    {
        var starts = new List<List<string>> { Words(lines) };
        if (headers.Contains(lines[0]))
        {
            starts.Add(Words(lines.Skip(1)));
        }

        // A header row repeated after a break: pdftotext reads its wrapped cells line by line, so its words are
        // taken off as a bag, not in order. (A marker in the header row itself stands where the table begins.)
        var tableHeader = marker.Parent?.Name == Xhtml + "td" && marker.Ancestors(Xhtml + "table").FirstOrDefault()?.Element(Xhtml + "thead") is { } thead
            ? thead.Descendants(Xhtml + "th").SelectMany(th => Split(th.Value)).ToList()
            : [];
        foreach (var start in starts)
        {
            var pdf = start.SkipWhile(IsListMarker).ToList();
            var header = tableHeader.ToList();
            while (pdf.Count > 0 && header.Remove(pdf[0]))
            {
                pdf.RemoveAt(0);
            }

            // Compared without spaces: pdftotext drops a space narrower than it expects ("Ã ©" comes back "Ã©").
            if (string.Concat(pdf).StartsWith(string.Concat(words), StringComparison.Ordinal))
            {
                return true;
            }

            var isFigure = (marker.ElementsAfterSelf().FirstOrDefault()?.Name ?? marker.Parent?.Name) == Xhtml + "figure";
            if (isFigure && string.Concat(pdf).Contains(string.Concat(words), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InTable(XElement marker) =>
        marker.Ancestors(Xhtml + "table").Any() || marker.ElementsAfterSelf().FirstOrDefault()?.Name == Xhtml + "table";

    private static bool IsListMarker(string word) =>
        word is "\u2022" or "\u2013" or "\u00B7" or "\u2610" or "\u2611" || (word.EndsWith('.') && word[..^1].All(char.IsAsciiDigit) && word.Length > 1);

    private static List<string> Words(IEnumerable<string> lines) => lines.SelectMany(Split).ToList();

    private static List<string> Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();

    [Fact]
    public void The_package_names_the_pdf_as_the_source_of_the_pages_and_offers_print_page_numbers()
    {
        using var epub = EpubFile.Read(build.Book.Epub);

        var source = Assert.Single(epub.Package.Descendants(Dc + "source"));
        Assert.Equal("The Publisher Guide, PDF edition, version 1.0.0", source.Value);
        var refinement = Assert.Single(epub.Package.Descendants(Opf + "meta"), m => (string?)m.Attribute("refines") == $"#{(string?)source.Attribute("id")}");
        Assert.Equal("source-of", (string?)refinement.Attribute("property"));
        Assert.Equal("pagination", refinement.Value);
        Assert.Contains(epub.Metas("schema:accessibilityFeature"), meta => meta.Value == "printPageNumbers");
        Assert.Contains(epub.Metas("schema:accessibilityFeature"), meta => meta.Value == "pageNavigation");
    }

    [Fact]
    public void The_epub_is_the_same_whether_or_not_the_pdf_is_written_in_the_same_run()
    {
        using var alone = new TempDirectory();

        var result = build.Book.PublishAgain(alone.Path, OutputFormats.Epub);

        Assert.True(result.Succeeded);
        var epub = Assert.Single(result.Artifacts);
        Assert.Equal(File.ReadAllBytes(build.Book.Epub), File.ReadAllBytes(epub));
    }

    [SkippableFact]
    public void The_epub_stays_valid()
    {
        var report = EpubCheck.Run(build.Book.Epub);

        Assert.True(report.IsClean, report.ToString());
    }

    private static List<(string Label, string Href)> PageList(EpubFile epub) =>
        epub.Page("nav.xhtml").Descendants(Xhtml + "nav")
            .Single(nav => (string?)nav.Attribute(Ops + "type") == "page-list")
            .Descendants(Xhtml + "a")
            .Select(a => (a.Value, (string)a.Attribute("href")!))
            .ToList();

    private static XElement Target(EpubFile epub, string href)
    {
        var (file, id) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
        // Whitespace kept: in code, a line feed between two highlighted tokens is a text node of its own.
        using var stream = epub.Zip.GetEntry($"OEBPS/{file}")!.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace).Descendants().Single(e => (string?)e.Attribute("id") == id);
    }

    private static IEnumerable<XDocument> SpineDocuments(EpubFile epub)
    {
        var hrefs = epub.Package.Descendants(Opf + "item").ToDictionary(item => (string)item.Attribute("id")!, item => (string)item.Attribute("href")!);
        return epub.Package.Descendants(Opf + "itemref").Select(itemref => epub.Page(hrefs[(string)itemref.Attribute("idref")!]));
    }

    /// <summary>The words of the text that follows <paramref name="marker"/> in its document, as a reader meets them.</summary>
    private static IEnumerable<string> WordsAfter(XElement marker)
    {
        var text = new System.Text.StringBuilder();
        XElement? block = null;
        foreach (var node in marker.Document!.DescendantNodes()
            .Where(node => node.IsAfter(marker) && !node.Ancestors(Xhtml + "nav").Any(nav => nav.Attribute("hidden") is not null))
            .Take(60))
        {
            if (node is XElement { Name.LocalName: "br" })
            {
                text.Append(' ');
                continue;
            }

            if (node is not XText)
            {
                continue;
            }

            // The XHTML is written without indentation: the text of two blocks meets without a space between.
            var itsBlock = node.Ancestors().FirstOrDefault(e => BlockElements.Contains(e.Name.LocalName));
            text.Append(itsBlock == block ? "" : " ").Append(((XText)node).Value);
            block = itsBlock;
        }

        return Split(text.ToString());
    }

    private static readonly HashSet<string> BlockElements =
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "pre", "figcaption", "div", "section", "blockquote", "nav"];
}
