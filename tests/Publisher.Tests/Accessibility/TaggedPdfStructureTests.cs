using Publisher.Tests.EndToEnd;
using Publisher.Tests.Fixtures;
using Publisher.Tests.Support.TaggedPdf;

namespace Publisher.Tests.Accessibility;

/// <summary>
/// What the tagged PDF's structure tree says about particular content, read back from the file: the element types a
/// book uses, alternative text, languages, table headers, notes, links, words broken at a line end, and the raw HTML
/// book, whose content is tagged like Markdown's.
/// </summary>
public sealed class TaggedPdfStructureTests
{
    [SkippableFact]
    public void The_book_with_every_element_uses_the_structure_types_of_each()
    {
        Validators.PdfToText.Require();
        using var book = PublishedBook.Publish(FixtureBooks.EveryElementBook, OutputFormats.Pdf);
        var report = Checked(book.Pdf);

        string[] expected =
        [
            "Document", "Sect", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH", "TD",
            "Figure", "Caption", "Code", "BlockQuote", "Note", "Reference", "Link", "TOC", "TOCI",
        ];
        var roles = report.Elements.Select(e => e.Role).ToHashSet();
        Assert.Empty(expected.Except(roles));
        Assert.Equal("Document", report.Root!.Role);
        Assert.Equal("en", report.Language);

        // Header cells head their column; every note has its number as a label and is referred to from the text.
        Assert.All(report.Elements.Where(e => e.Role == "TH"), th => Assert.Equal("Column", th.Scope));
        var notes = report.Elements.Where(e => e.Role == "Note").ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, note => Assert.Equal("Lbl", note.Kids[0].Role));
        Assert.Equal(2, report.Elements.Count(e => e.Role == "Reference" && e.Kids.Any(k => k.Role == "Link")
            && !report.Elements.Any(toc => toc.Role == "TOCI" && toc.Kids.Contains(e))));

        // Every link holds its annotation, and the contents pages are links to the chapters.
        Assert.All(report.Elements.Where(e => e.Role == "Link"), link => Assert.True(link.Annotations > 0, link.ToString()));
        Assert.Contains(report.Elements, e => e.Role == "TOCI" && e.Text.Contains("Text and inline elements", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_figure_is_named_by_its_alt_text_and_a_decorative_picture_is_no_element_at_all()
    {
        Validators.PdfToText.Require();
        using var folder = new TempDirectory();
        WriteBook(folder.Path, """
            # Pictures

            ![A chart of the tides](images/chart.png)

            ![](images/flourish.png){alt=""}

            <img src="../images/photo.png">
            """);
        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = folder.Path, Formats = OutputFormats.Pdf });
        var report = Checked(result.Artifacts.Single());

        // The picture without alt text (PUB255) is still a Figure, named by its file so a reader hears it is there.
        Assert.Equal(["A chart of the tides", "photo"], report.Elements.Where(e => e.Role == "Figure").Select(e => e.Alt!));
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ImageWithoutAltText);
        var images = PdfReadBack.Run(Validators.PdfImages, ["-list", result.Artifacts.Single()]).Output.Split('\n').Count(line => line.Contains(" image ", StringComparison.Ordinal));
        Assert.Equal(3, images);
    }

    [SkippableFact]
    public void The_raw_html_book_is_tagged_with_languages_abbreviations_spanning_cells_and_linked_pictures()
    {
        Validators.PdfToText.Require();
        using var book = PublishedBook.Publish(FixtureBooks.HtmlBook, OutputFormats.Pdf);
        var report = Checked(book.Pdf);
        var elements = report.Elements.ToList();

        Assert.Contains(elements, e => e.Role == "Span" && e.Lang == "fr" && e.Text.Trim() == "bonjour");
        Assert.Contains(elements, e => e.Role == "P" && e.Lang == "de" && e.Text.StartsWith("Dieser Absatz", StringComparison.Ordinal));
        Assert.Contains(elements, e => e.Role == "Span" && e.Expansion == "HyperText Markup Language" && e.Text.Trim() == "HTML");

        // <td colspan="2"> and <td rowspan="2">; the row below the row span has only its own two cells.
        Assert.Contains(elements, e => e.Role == "TD" && e.ColumnSpan == 2 && e.Text.Trim() == "Spans two columns");
        var writer = Assert.Single(elements, e => e.Role == "TD" && e.Text.Trim() == "Writer");
        Assert.Equal(2, writer.RowSpan);
        Assert.Contains(elements, e => e.Role == "TR" && e.Kids.Select(k => k.Text.Trim()).SequenceEqual(["Tree", "PDF"]));

        // <a href><img></a>: the Figure stands in the Link that holds the annotation.
        var linked = Assert.Single(elements, e => e.Role == "Link" && e.Kids.Any(k => k.Role == "Figure"));
        Assert.Equal("A linked diagram", linked.Kids.Single(k => k.Role == "Figure").Alt);
        Assert.Equal(1, linked.Annotations);

        // <details>: its summary is the first paragraph of its group; <blockquote> is a BlockQuote.
        Assert.Contains(elements, e => e.Role == "Div" && e.Kids.Count > 1 && e.Kids[0].Role == "P" && e.Kids[0].Text.Trim() == "What does this chapter show?");
        Assert.Contains(elements, e => e.Role == "BlockQuote" && e.Text.Contains("Quoted in HTML", StringComparison.Ordinal));
        Assert.Contains(elements, e => e.Role == "Caption" && e.Text.Contains("Two pictures", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_part_is_a_part_element_opening_with_its_title_and_holding_its_chapters()
    {
        Validators.PdfToText.Require();
        using var book = PublishedBook.Publish(FixtureBooks.MdBookBook, OutputFormats.Pdf);
        var report = Checked(book.Pdf);

        var top = report.Root!.Kids.Where(k => k.Role is "Part" or "Sect").Select(k => (k.Role, Title: k.Kids[0].Text.Trim())).ToList();
        Assert.Equal([("Sect", "Introduction"), ("Part", "Getting started"), ("Part", "Reference"), ("Sect", "Contributors")], top);
        var gettingStarted = report.Root.Kids.Single(k => k.Role == "Part" && k.Kids[0].Text.Trim() == "Getting started");
        Assert.Equal("H1", gettingStarted.Kids[0].Role);
        Assert.Equal(["Installing the lamp", "Wiring", "Fuses", "Daily rounds"], gettingStarted.Kids.Skip(1).Select(sect => sect.Kids[0].Text.Trim()));
    }

    [SkippableFact]
    public void A_word_hyphenated_at_a_line_end_reads_whole_in_the_tree()
    {
        Validators.PdfToText.Require();
        using var folder = new TempDirectory();
        var paragraph = string.Join(' ', Enumerable.Repeat("Extraordinarily comprehensive documentation accompanies internationalization considerations.", 12));
        WriteBook(folder.Path, $"# Hyphens\n\n{paragraph}\n", "pdf:\n  pageSize: 90mm x 150mm\n");
        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = folder.Path, Formats = OutputFormats.Pdf });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var report = Checked(result.Artifacts.Single());

        var words = report.Elements.Where(e => e.Role == "Span" && e.ActualText is not null).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, word =>
        {
            // The word as the text has it (with the space drawn after it, when the line goes on), no hyphen.
            var whole = word.ActualText!.TrimEnd();
            Assert.DoesNotContain("-", whole, StringComparison.Ordinal);
            Assert.DoesNotContain(" ", whole, StringComparison.Ordinal);
            Assert.Contains(" " + whole, " " + paragraph, StringComparison.Ordinal);
        });

        // The paragraph as the tree reads it has every word whole, and no break hyphen.
        var text = report.Elements.Single(e => e.Role == "Sect").Kids.Single(k => k.Role == "P").Text;
        Assert.Equal(paragraph.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
    }

    private static TaggedPdfReport Checked(string pdf)
    {
        var report = TaggedPdfChecker.Check(pdf);
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems.Take(30)));
        return report;
    }

    /// <summary>A one-chapter book with three small pictures (a chart, a flourish, a photo).</summary>
    private static void WriteBook(string folder, string chapter, string settings = "")
    {
        Directory.CreateDirectory(Path.Combine(folder, "content"));
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.WriteAllText(Path.Combine(folder, "book.yml"), "title: Tagging\nlanguage: en\n" + settings);
        File.WriteAllText(Path.Combine(folder, "content", "01-chapter.md"), chapter);
        foreach (var name in new[] { "chart.png", "flourish.png", "photo.png" })
        {
            File.Copy(Path.Combine(FixtureBooks.HtmlBook, "images", name == "photo.png" ? "photo-left.png" : name == "flourish.png" ? "wide.png" : name), Path.Combine(folder, "images", name));
        }
    }
}
