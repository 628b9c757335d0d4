using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Tests.Epub;
using Publisher.Tests.EndToEnd;

namespace Publisher.Tests.Layouts;

/// <summary>
/// Books laid out as mdBook, GitBook/HonKit and GitHub-series authors keep them build with no configuration beyond
/// what their own files say: the contents, the titles, the directives and the links, read back from both ebooks.
/// </summary>
public sealed partial class LayoutBookTests(LayoutBooks books) : IClassFixture<LayoutBooks>
{
    private static readonly XNamespace X = EpubFile.Xhtml;

    public static TheoryData<string> BookNames() => ["mdbook", "gitbook", "series"];

    [SkippableTheory]
    [MemberData(nameof(BookNames))]
    public void Each_layout_book_builds_and_its_epub_passes_epubcheck_with_nothing_to_report(string name)
    {
        var book = Book(name);

        Assert.True(book.Result.Succeeded, string.Join('\n', book.Result.Diagnostics));
        var report = EpubCheck.Run(book.Epub);
        Assert.True(report.IsClean, report.ToString());
        Assert.True(PdfReadBack.QpdfCheck(book.Pdf).Clean);
    }

    [SkippableTheory]
    [MemberData(nameof(BookNames))]
    public void No_directive_or_template_tag_is_left_in_either_ebook(string name)
    {
        var book = Book(name);
        var epubText = EpubText(book.Epub);
        var pdfText = PdfReadBack.Text(book.Pdf);

        // Lines wrap differently in the PDF: compared without white space. What the books show on purpose is
        // mdBook's escaped directive, and GitBook text kept raw or in code.
        foreach (var text in new[] { epubText, pdfText }.Select(WithoutSpace))
        {
            var shown = text
                .Replace("{{#includelistings/never-read.rs}}", "", StringComparison.Ordinal)
                .Replace("{{name}}", "", StringComparison.Ordinal)
                .Replace("{{book.edition}}", "", StringComparison.Ordinal);
            Assert.DoesNotMatch(Leftover(), shown);
        }

        if (name == "mdbook")
        {
            Assert.Single(Regex.Matches(WithoutSpace(epubText), Regex.Escape("{{#includelistings/never-read.rs}}")));
        }
    }

    [SkippableFact]
    public void The_mdbook_reports_its_draft_and_where_two_links_went_and_nothing_else()
    {
        var reported = books.MdBook.Result.Diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Location}").ToList();

        Assert.Equal(
            [
                "Info PUB215 src/README.md(6,25)",
                "Info PUB216 src/README.md(7,1)",
                "Info PUB123 src/SUMMARY.md(10,5)",
            ],
            reported);
    }

    [SkippableFact]
    public void The_mdbook_nav_has_its_prefix_chapter_parts_numbered_nested_chapters_section_entry_and_suffix()
    {
        using var epub = EpubFile.Read(books.MdBook.Epub);

        var toc = Toc(epub.Page("nav.xhtml"));

        Assert.Equal(
            """
            Introduction -> ch01.xhtml
            Getting started
              1. Installing the lamp -> ch02.xhtml
                1.1. Wiring -> ch03.xhtml
                  1.1.1. Fuses -> ch04.xhtml
              2. Daily rounds -> ch05.xhtml
                The logbook -> ch05.xhtml#the-logbook
            Reference
              3. Signals -> ch06.xhtml
            Contributors -> ch07.xhtml
            """,
            toc);
    }

    [SkippableFact]
    public void The_mdbook_ncx_nests_the_same_entries_and_a_part_leads_to_its_first_chapter()
    {
        using var epub = EpubFile.Read(books.MdBook.Epub);
        var ncx = epub.Xml("OEBPS/toc.ncx");

        var top = ncx.Root!.Element(EpubFile.Ncx + "navMap")!.Elements(EpubFile.Ncx + "navPoint").ToList();

        Assert.Equal(["Introduction", "Getting started", "Reference", "Contributors"], top.Select(Label));
        Assert.Equal("ch02.xhtml", (string?)top[1].Element(EpubFile.Ncx + "content")!.Attribute("src"));
        var wiring = top[1].Elements(EpubFile.Ncx + "navPoint").First().Elements(EpubFile.Ncx + "navPoint").Single();
        Assert.Equal("1.1. Wiring", Label(wiring));
        Assert.Equal("1.1.1. Fuses", Label(wiring.Elements(EpubFile.Ncx + "navPoint").Single()));

        static string Label(XElement point) => point.Element(EpubFile.Ncx + "navLabel")!.Value.Trim();
    }

    [SkippableFact]
    public void The_mdbook_pdf_outline_has_the_parts_and_each_part_has_a_title_page_on_a_right_hand_page()
    {
        var outline = PdfReadBack.Outline(books.MdBook.Pdf);
        var labels = PdfReadBack.PageLabels(books.MdBook.Pdf);

        Assert.Equal(["Introduction", "Getting started", "Reference", "Contributors"], outline.Select(b => b.Title));
        var part = outline[1];
        Assert.Equal(["1. Installing the lamp", "2. Daily rounds"], part.Children.Select(c => c.Title));
        Assert.Equal("1.1. Wiring", Assert.Single(part.Children[0].Children).Title);
        foreach (var partPage in new[] { outline[1], outline[2] })
        {
            var text = PdfReadBack.Text(books.MdBook.Pdf, partPage.PageNumber).Trim();
            Assert.Equal(partPage.Title, text);
            Assert.Equal(1, int.Parse(labels[partPage.PageNumber - 1], System.Globalization.CultureInfo.InvariantCulture) % 2);
        }

        Assert.Contains("Getting started", PdfReadBack.Text(books.MdBook.Pdf, 3));
    }

    [SkippableFact]
    public void The_mdbooks_includes_show_the_chosen_lines_without_anchor_markers_or_hidden_rust_lines()
    {
        var text = EpubText(books.MdBook.Epub);

        Assert.Contains("let period_seconds = 5;", text);
        Assert.Contains("let flashes = 2;", text);
        Assert.DoesNotContain("println!(\"{flashes} flashes", text); // outside the rustdoc_include's anchor
        Assert.Contains("Main fuse: 10 A", text);
        Assert.Contains("Lamp fuse: 2 A", text);
        Assert.DoesNotContain("Fuse ratings:", text);
        Assert.DoesNotContain("Spare: none", text);
        Assert.Contains("println!(\"The beacon is lit.\");", text); // {{#playground}}
        Assert.DoesNotContain("fn main() {\nlet period = 5;", text);
        Assert.Contains("let period = 5;", text);
        Assert.Contains("# a doubled hash shows as one", text);
        Assert.DoesNotContain("# fn main", text);
        Assert.DoesNotContain("Rounds at the light", text); // {{#title}} names a web page only
    }

    [SkippableFact]
    public void Sub_chapters_that_open_with_a_level_two_heading_take_their_titles_from_summary_not_from_file_names()
    {
        using var epub = EpubFile.Read(books.MdBook.Epub);

        var installing = epub.Page("ch02.xhtml");

        Assert.Equal("Installing the lamp", installing.Descendants(X + "title").Single().Value);
        var section = installing.Descendants(X + "section").First();
        Assert.Equal("installing-the-lamp", (string?)section.Attribute("aria-labelledby"));
        Assert.DoesNotContain(books.MdBook.Result.Diagnostics, d => d.Code == "PUB107");
    }

    [SkippableFact]
    public void The_mdbooks_links_go_to_chapters_by_their_html_names_to_the_repository_and_to_the_web_edition()
    {
        using var epub = EpubFile.Read(books.MdBook.Epub);

        var hrefs = Hrefs(epub.Page("ch01.xhtml"));

        Assert.Equal(
            [
                "ch03.xhtml#cable-colours",
                "ch03.xhtml",
                "ch05.xhtml",
                "https://github.com/example/lighthouse-manual/blob/HEAD/listings/lamp.rs",
                "https://example.org/harbour/index.html",
            ],
            hrefs);
        Assert.Contains(PdfReadBack.Links(books.MdBook.Pdf), link => link.Uri == "https://example.org/harbour/index.html");
    }

    [SkippableFact]
    public void Prefix_and_suffix_chapters_are_front_and_back_matter_and_reading_starts_at_the_first_numbered_chapter()
    {
        using var epub = EpubFile.Read(books.MdBook.Epub);

        Assert.Equal("frontmatter", BodyType(epub.Page("ch01.xhtml")));
        Assert.Equal("bodymatter", BodyType(epub.Page("ch02.xhtml")));
        Assert.Equal("backmatter", BodyType(epub.Page("ch07.xhtml")));
        var landmarks = epub.Page("nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(EpubFile.Ops + "type") == "landmarks");
        Assert.Contains(landmarks.Descendants(X + "a"), a => (string?)a.Attribute(EpubFile.Ops + "type") == "bodymatter" && (string?)a.Attribute("href") == "ch02.xhtml");

        static string? BodyType(XDocument page) => (string?)page.Descendants(X + "body").Single().Attribute(EpubFile.Ops + "type");
    }

    [SkippableFact]
    public void A_listing_element_around_markdown_is_a_figure_with_its_file_name_above_and_its_caption_in_both_ebooks()
    {
        using var epub = EpubFile.Read(books.MdBook.Epub);

        var figures = epub.Page("ch06.xhtml").Descendants(X + "figure").ToList();

        Assert.Equal(2, figures.Count);
        Assert.Equal("Listing 6-1: The whole program, from main on", figures[0].Element(X + "figcaption")!.Value);
        Assert.Equal("main", figures[0].Element(X + "figcaption")!.Element(X + "code")!.Value);
        Assert.Equal("Filename: listings/keeper.rs", figures[0].Elements().First().Value);
        Assert.Contains("The keeper logs the hour.", figures[0].Descendants(X + "pre").Single().Value);
        Assert.Equal("Flag codes at a glance", figures[1].Element(X + "figcaption")!.Value);
        Assert.Single(figures[1].Descendants(X + "table"));
        Assert.DoesNotContain(epub.Page("ch06.xhtml").Descendants(X + "pre"), pre => pre.Value.Length == 0);
        var pdfText = WithoutSpace(PdfReadBack.Text(books.MdBook.Pdf));
        Assert.Contains("Listing6-1:Thewholeprogram,frommainon", pdfText);
        Assert.Contains("Filename:listings/keeper.rs", pdfText);
        Assert.Contains("Flagcodesataglance", pdfText);
    }

    [SkippableFact]
    public void A_draw_io_diagram_keeps_its_svg_labels_without_the_html_ones_and_draws_in_the_pdf()
    {
        using var epub = EpubFile.Read(books.GitBook.Epub);

        var entry = Assert.Single(epub.Zip.Entries, e => e.FullName.EndsWith("clove-hitch.svg", StringComparison.Ordinal));
        var svg = epub.Xml(entry.FullName);
        XNamespace s = "http://www.w3.org/2000/svg";
        Assert.Empty(svg.Descendants(s + "foreignObject"));
        Assert.Null(svg.Root!.Attribute("content"));
        Assert.Equal(["Bollard", "Mooring line", "Text is not SVG - cannot display"], svg.Descendants(s + "text").Select(t => t.Value));
        Assert.DoesNotContain(books.GitBook.Result.Diagnostics, d => d.Code == "PUB116");
        var pdfText = PdfReadBack.Text(books.GitBook.Pdf);
        Assert.Contains("Bollard", pdfText);
        Assert.Contains("Mooring line", pdfText);
        Assert.DoesNotContain("Text is not SVG", pdfText);
    }

    [SkippableFact]
    public void The_mdbooks_image_is_in_both_ebooks()
    {
        using var epub = EpubFile.Read(books.MdBook.Epub);

        Assert.Contains(epub.Page("ch01.xhtml").Descendants(X + "img"), img => (string?)img.Attribute("src") == "images/lamp.png");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(books.MdBook.Pdf);
        Assert.Single(pdf.GetPages().SelectMany(page => page.GetImages()));
    }

    [SkippableFact]
    public void The_gitbook_starts_with_its_readme_and_lists_its_parts_and_the_section_entry()
    {
        using var epub = EpubFile.Read(books.GitBook.Epub);

        Assert.Equal(
            """
            The Sailing Notebook -> ch01.xhtml
            Knots
              Knots -> ch02.xhtml
                The bowline -> ch03.xhtml
                  Tying it -> ch03.xhtml#tying-it
                The clove hitch -> ch04.xhtml
            Weather
              Reading the weather -> ch05.xhtml
            """,
            Toc(epub.Page("nav.xhtml")));
        Assert.Equal("layout: GitBook/HonKit (book.json, SUMMARY.md, README.md)", "layout: " + books.GitBook.Result.Layout);
    }

    [SkippableFact]
    public void The_gitbooks_template_tags_are_expanded_and_a_plugin_block_keeps_its_markdown_with_a_warning_at_its_line()
    {
        using var epub = EpubFile.Read(books.GitBook.Epub);
        var readme = Text(epub.Page("ch01.xhtml"));
        var bowline = epub.Page("ch03.xhtml");

        Assert.Contains("This is the Second edition, kept by the sailing club.", readme);
        Assert.Contains(Hrefs(epub.Page("ch01.xhtml")), href => href == "https://sailing.example.org/");
        Assert.Contains("Tip: leave a long tail.", Text(bowline));
        Assert.Contains("Templates write variables as {{ name }}; here that is shown as it is.", Text(bowline));
        Assert.Contains(bowline.Descendants(X + "strong"), strong => strong.Value == "with your eyes closed");
        Assert.Contains(bowline.Descendants(X + "code"), code => code.Value == "{{ book.edition }}");
        var warning = Assert.Single(books.GitBook.Result.Diagnostics, d => d.Code == "PUB130");
        Assert.Equal(new SourceLocation("knots/bowline.md", 11, 1), warning.Location);
    }

    [SkippableFact]
    public void The_gitbooks_links_reach_the_readme_section_a_heading_in_another_case_and_the_repository()
    {
        using var epub = EpubFile.Read(books.GitBook.Epub);

        Assert.Equal(
            ["https://sailing.example.org/", "#safety-first", "ch05.xhtml#reading-the-sky", "https://github.com/example/sailing-notebook/blob/HEAD/tools/tide.py"],
            Hrefs(epub.Page("ch01.xhtml")));
        Assert.Equal(["ch01.xhtml#safety-first"], Hrefs(epub.Page("ch02.xhtml")));
        var caseWarning = Assert.Single(books.GitBook.Result.Diagnostics, d => d.Code == "PUB217");
        Assert.Equal(DiagnosticSeverity.Warning, caseWarning.Severity);
    }

    [SkippableFact]
    public void A_series_chapter_is_titled_by_its_own_heading_and_the_series_heading_is_left_out()
    {
        using var epub = EpubFile.Read(books.Series.Epub);

        Assert.Equal(
            """
            Preface -> ch01.xhtml
            Chapter 1: Loops -> ch02.xhtml
            Chapter 2: Hitches -> ch03.xhtml
              Why hitches slip -> ch03.xhtml#why-hitches-slip
            Splices, Whippings and Seizings -> ch04.xhtml
            """,
            Toc(epub.Page("nav.xhtml")));
        var chapter = epub.Page("ch02.xhtml");
        Assert.Equal(["Chapter 1: Loops"], chapter.Descendants().Where(e => e.Name.LocalName is "h1" or "h2").Select(e => e.Value));
        Assert.DoesNotContain("Knowing Knots: Book One", Text(chapter));
        Assert.Equal(["ch03.xhtml#why-hitches-slip"], Hrefs(chapter));
    }

    [SkippableFact]
    public void A_title_given_in_book_yml_names_the_chapter_in_the_ncx_the_pdf_outline_and_its_running_headers()
    {
        using var epub = EpubFile.Read(books.Series.Epub);
        var pdf = books.Series.Pdf;

        Assert.Contains(epub.Xml("OEBPS/toc.ncx").Descendants(EpubFile.Ncx + "text"), t => t.Value == "Splices, Whippings and Seizings");
        var bookmark = PdfReadBack.Outline(pdf).Single(b => b.Title == "Splices, Whippings and Seizings");
        var pages = Enumerable.Range(bookmark.PageNumber + 1, 3).Select(page => PdfReadBack.Text(pdf, page)).ToList();
        Assert.Contains(pages, page => page.TrimStart().StartsWith("Splices, Whippings and Seizings", StringComparison.Ordinal));
        Assert.Contains("Chapter 3: Splices", PdfReadBack.Text(pdf, bookmark.PageNumber));
    }

    private PublishedBook Book(string name) => name switch
    {
        "mdbook" => books.MdBook,
        "gitbook" => books.GitBook,
        _ => books.Series,
    };

    /// <summary>The nav's table of contents as indented lines: "title -> href", a part as its title alone.</summary>
    private static string Toc(XDocument nav)
    {
        var toc = nav.Descendants(X + "nav").Single(n => (string?)n.Attribute("id") == "toc");
        var lines = new List<string>();
        void Walk(XElement list, int depth)
        {
            foreach (var item in list.Elements(X + "li"))
            {
                var label = item.Elements().First();
                var href = (string?)label.Attribute("href");
                lines.Add(new string(' ', depth * 2) + label.Value + (href is null ? "" : $" -> {href}"));
                if (item.Element(X + "ol") is { } nested)
                {
                    Walk(nested, depth + 1);
                }
            }
        }

        Walk(toc.Element(X + "ol")!, 0);
        return string.Join('\n', lines);
    }

    private static List<string> Hrefs(XDocument page) =>
        page.Descendants(X + "section").First().Descendants(X + "a").Select(a => (string?)a.Attribute("href")).OfType<string>().ToList();

    private static string Text(XDocument page) =>
        string.Join(' ', page.Descendants(X + "body").Single().Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text of every chapter of the EPUB, code with its line breaks.</summary>
    private static string EpubText(string epubPath)
    {
        using var epub = EpubFile.Read(epubPath);
        var spine = epub.Package.Descendants(EpubFile.Opf + "item")
            .Select(item => (string?)item.Attribute("href"))
            .OfType<string>()
            .Where(href => href.StartsWith("ch", StringComparison.Ordinal) && href.EndsWith(".xhtml", StringComparison.Ordinal));
        return string.Join('\n', spine.Select(href => epub.Page(href).Descendants(X + "body").Single().Value));
    }

    private static string WithoutSpace(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    [GeneratedRegex(@"\{\{#|\{%|%\}|\{\{book\.|\{#|ANCHOR(_END)?:")]
    private static partial Regex Leftover();
}
