using System.Xml.Linq;

namespace Publisher.Tests.Epub;

public sealed class EpubContentTests
{
    private static readonly XNamespace X = EpubFile.Xhtml;
    private static readonly XNamespace Ops = EpubFile.Ops;

    [Fact]
    public void Each_chapter_is_a_chapter_section_in_the_books_language()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        foreach (var file in new[] { "ch01.xhtml", "ch02.xhtml" })
        {
            var page = epub.Page(file);
            Assert.Equal("en", (string?)page.Root!.Attribute(XNamespace.Xml + "lang"));
            Assert.Single(page.Descendants(X + "section"), s => (string?)s.Attribute(Ops + "type") == "chapter");
        }
    }

    [Fact]
    public void Headings_keep_their_ids()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var headings = epub.Page("ch02.xhtml").Descendants().Where(e => e.Name.LocalName is "h1" or "h2" or "h3")
            .Select(h => (h.Name.LocalName, (string?)h.Attribute("id"), h.Value));

        Assert.Equal([("h1", "second-chapter", "Second Chapter"), ("h2", "tables", "Tables"), ("h3", "definitions", "Definitions")], headings);
    }

    [Fact]
    public void Footnotes_of_each_chapter_keep_their_own_text_and_link_both_ways()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var first = Note(epub.Page("ch01.xhtml"));
        var second = Note(epub.Page("ch02.xhtml"));

        Assert.Contains("The first chapter's note.", first.Aside.Value);
        Assert.Contains("The second chapter's own note.", second.Aside.Value);
        foreach (var (reference, aside) in new[] { first, second })
        {
            Assert.Equal($"#{(string?)aside.Attribute("id")}", (string?)reference.Attribute("href"));
            var back = aside.Descendants(X + "a").Single(a => (string?)a.Attribute("role") == "doc-backlink");
            Assert.Equal($"#{(string?)reference.Attribute("id")}", (string?)back.Attribute("href"));
        }
    }

    [Fact]
    public void Every_internal_link_points_to_an_existing_id_in_an_existing_file()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book);
        var pages = epub.Zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => e.FullName["OEBPS/".Length..]).ToList();
        var links = 0;

        foreach (var file in pages)
        {
            foreach (var href in epub.Page(file).Descendants(X + "a").Select(a => (string?)a.Attribute("href")).OfType<string>())
            {
                if (href.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                var (target, fragment) = EpubNavigationTests.Split(href);
                var targetFile = target.Length == 0 ? file : target;
                Assert.Contains(targetFile, pages);
                if (fragment is not null)
                {
                    Assert.Single(epub.Page(targetFile).Descendants(), e => (string?)e.Attribute("id") == fragment);
                }

                links++;
            }
        }

        Assert.True(links >= 8, $"only {links} internal links were checked");
    }

    [Fact]
    public void Links_between_chapters_use_the_chapter_file_and_anchor()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var hrefs = epub.Page("ch01.xhtml").Descendants(X + "a").Select(a => (string?)a.Attribute("href")).ToList();

        Assert.Contains("ch02.xhtml#tables", hrefs);
        Assert.Contains("https://example.org/", hrefs);
        Assert.Contains("ch01.xhtml", epub.Page("ch02.xhtml").Descendants(X + "a").Select(a => (string?)a.Attribute("href")));
    }

    [Fact]
    public void Code_blocks_are_highlighted_pre_code_with_their_language()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var code = epub.Page("ch01.xhtml").Descendants(X + "pre").Single().Element(X + "code")!;

        Assert.Equal("language-csharp", (string?)code.Attribute("class"));
        Assert.Equal("var book = Book.Load(\"book.yml\");\nConsole.WriteLine(book.Title);", code.Value);
        Assert.Contains(code.Elements(X + "span"), s => (string?)s.Attribute("class") == "tok-string" && s.Value == "\"book.yml\"");
    }

    [Fact]
    public void Tables_have_head_and_body_and_align_with_classes()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var table = epub.Page("ch02.xhtml").Descendants(X + "table").Single();

        Assert.Equal(3, table.Element(X + "thead")!.Descendants(X + "th").Count());
        Assert.Equal(2, table.Element(X + "tbody")!.Elements(X + "tr").Count());
        Assert.Equal(["align-left", "align-center", "align-right"], table.Descendants(X + "th").Select(th => (string?)th.Attribute("class")));
        Assert.DoesNotContain(table.DescendantsAndSelf(), e => e.Attribute("align") is not null);
    }

    [Fact]
    public void Figures_have_images_with_alt_text_and_captions()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var figure = epub.Page("ch01.xhtml").Descendants(X + "figure").Single();

        Assert.Equal("images/figure.png", (string?)figure.Element(X + "img")!.Attribute("src"));
        Assert.Equal("A blue square with a circle", (string?)figure.Element(X + "img")!.Attribute("alt"));
        Assert.Equal("A figure with a caption", figure.Element(X + "figcaption")!.Value);
    }

    [Fact]
    public void Task_items_show_a_checked_or_empty_box()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var tasks = epub.Page("ch01.xhtml").Descendants(X + "li").Where(li => (string?)li.Attribute("class") == "task").Select(li => li.Value).ToList();

        Assert.Equal(["\u2611 done task", "\u2610 open task"], tasks);
    }

    [Fact]
    public void Definition_lists_nested_lists_quotes_and_html_asides_become_their_elements()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());
        var first = epub.Page("ch01.xhtml");
        var second = epub.Page("ch02.xhtml");

        Assert.Equal("Spine", second.Descendants(X + "dt").Single().Value);
        Assert.Equal("The reading order of an EPUB.", second.Descendants(X + "dd").Single().Value);
        Assert.Equal("3", (string?)first.Descendants(X + "ul").First().Descendants(X + "ol").Single().Attribute("start"));
        Assert.Equal("A quotation, set apart.", first.Descendants(X + "blockquote").Single().Value);
        var aside = first.Descendants(X + "aside").Single(d => (string?)d.Attribute("class") == "sidebar");
        Assert.Equal("note", (string?)aside.Attribute("id"));
        Assert.Equal("HTML", aside.Descendants(X + "em").Single().Value);
    }

    [Fact]
    public void Control_characters_in_text_are_dropped_instead_of_breaking_the_xml()
    {
        var book = DocumentSamples.Rich();
        var chapter = book.Chapters[0] with { Blocks = [new ParagraphBlock([new TextInline("bell\u0007 and form\u000C feed")])] };
        using var epub = EpubFile.Of(book with { Chapters = [chapter, book.Chapters[1]] });

        Assert.Contains("bell and form feed", epub.Page("ch01.xhtml").Descendants(X + "p").Select(p => p.Value));
    }

    [Fact]
    public void The_title_page_shows_title_subtitle_authors_and_colophon()
    {
        var metadata = DocumentSamples.Metadata();
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var text = epub.Page("title.xhtml").Root!.Element(X + "body")!.Value;

        Assert.Contains(metadata.Title, text);
        Assert.Contains(metadata.Subtitle!, text);
        Assert.Contains("Ada Writer, Bo Editor", text);
        Assert.Contains("Version 1.0.0", text);
        Assert.Contains(metadata.Rights!, text);
    }

    [Fact]
    public void A_note_referenced_twice_links_back_to_both_references()
    {
        var book = DocumentSamples.Rich();
        var chapter = book.Chapters[0] with
        {
            Blocks =
            [
                new ParagraphBlock([new TextInline("One"), new FootnoteReference("fn-1", "fnref-1", 1)]),
                new ParagraphBlock([new TextInline("Two"), new FootnoteReference("fn-1", "fnref-1-2", 1)]),
            ],
        };
        using var epub = EpubFile.Of(book with { Chapters = [chapter, book.Chapters[1]] });

        var backLinks = epub.Page("ch01.xhtml").Descendants(X + "aside").Single().Descendants(X + "a").Select(a => (string?)a.Attribute("href"));

        Assert.Equal(["#fnref-1", "#fnref-1-2"], backLinks);
    }

    private static (XElement Reference, XElement Aside) Note(XDocument page)
    {
        var reference = page.Descendants(X + "a").Single(a => (string?)a.Attribute(Ops + "type") == "noteref");
        var aside = page.Descendants(X + "aside").Single(a => (string?)a.Attribute(Ops + "type") == "footnote");
        return (reference, aside);
    }
}
