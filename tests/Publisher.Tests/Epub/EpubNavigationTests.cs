using System.Xml.Linq;

namespace Publisher.Tests.Epub;

public sealed class EpubNavigationTests
{
    private static readonly XNamespace X = EpubFile.Xhtml;
    private static readonly XNamespace Ops = EpubFile.Ops;
    private static readonly XNamespace Ncx = EpubFile.Ncx;

    [Fact]
    public void The_toc_lists_chapters_with_their_second_level_headings_by_default()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var toc = Outline(TocList(epub));

        Assert.Equal(
            [
                ("First Steps", "ch01.xhtml", new[] { ("Lists", "ch01.xhtml#lists"), ("Code", "ch01.xhtml#code") }),
                ("Second Chapter", "ch02.xhtml", new[] { ("Tables", "ch02.xhtml#tables") }),
            ],
            toc.Select(e => (e.Label, e.Href, e.Children.Select(c => (c.Label, c.Href)).ToArray())));
    }

    [Fact]
    public void A_deeper_toc_nests_third_level_headings_under_their_section()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book with { Metadata = book.Metadata with { TocDepth = 3 } });

        var tables = Outline(TocList(epub))[1].Children.Single();

        Assert.Equal("Tables", tables.Label);
        Assert.Equal(("Definitions", "ch02.xhtml#definitions"), tables.Children.Select(c => (c.Label, c.Href)).Single());
    }

    [Fact]
    public void A_toc_of_depth_one_lists_only_chapters()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book with { Metadata = book.Metadata with { TocDepth = 1 } });

        Assert.All(Outline(TocList(epub)), chapter => Assert.Empty(chapter.Children));
    }

    [Fact]
    public void Landmarks_point_to_cover_contents_and_the_start_of_the_text()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book with { Metadata = book.Metadata with { CoverImage = DocumentSamples.Png("images/cover.png") } });

        var landmarks = epub.Page("nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "landmarks")
            .Descendants(X + "a").ToDictionary(a => (string)a.Attribute(Ops + "type")!, a => (string)a.Attribute("href")!);

        Assert.Equal("cover.xhtml", landmarks["cover"]);
        Assert.Equal("nav.xhtml#toc", landmarks["toc"]);
        Assert.Equal("ch01.xhtml", landmarks["bodymatter"]);
    }

    [Fact]
    public void The_ncx_holds_the_same_outline_as_the_nav_document_in_play_order()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());
        var nav = Flatten(Outline(TocList(epub))).Select(e => (e.Label, e.Href)).ToList();

        var ncx = epub.Xml("OEBPS/toc.ncx");
        var points = ncx.Descendants(Ncx + "navPoint").ToList();

        Assert.Equal(nav, points.Select(p => (p.Element(Ncx + "navLabel")!.Value, (string)p.Element(Ncx + "content")!.Attribute("src")!)));
        Assert.Equal(Enumerable.Range(1, points.Count), points.Select(p => (int)p.Attribute("playOrder")!));
        Assert.Equal(DocumentSamples.Metadata().Identifier, (string?)ncx.Descendants(Ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:uid").Attribute("content"));
        Assert.Equal(2, points.Where(p => p.Parent!.Name == Ncx + "navMap").Count());
    }

    [Fact]
    public void Every_toc_entry_points_to_an_element_that_exists()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book with { Metadata = book.Metadata with { TocDepth = 6 } });

        foreach (var entry in Flatten(Outline(TocList(epub))))
        {
            var (file, fragment) = Split(entry.Href);
            var page = epub.Page(file);
            if (fragment is not null)
            {
                Assert.Single(page.Descendants(), e => (string?)e.Attribute("id") == fragment);
            }
        }
    }

    internal sealed record Entry(string Label, string Href, IReadOnlyList<Entry> Children);

    private static XElement TocList(EpubFile epub) =>
        epub.Page("nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "toc").Element(X + "ol")!;

    private static List<Entry> Outline(XElement list) => list.Elements(X + "li").Select(li =>
    {
        var a = li.Element(X + "a")!;
        var children = li.Element(X + "ol") is { } nested ? Outline(nested) : [];
        return new Entry(a.Value, (string)a.Attribute("href")!, children);
    }).ToList();

    private static IEnumerable<Entry> Flatten(IEnumerable<Entry> entries) => entries.SelectMany(e => Flatten(e.Children).Prepend(e));

    internal static (string File, string? Fragment) Split(string href)
    {
        var hash = href.IndexOf('#');
        return hash < 0 ? (href, null) : (href[..hash], href[(hash + 1)..]);
    }
}
