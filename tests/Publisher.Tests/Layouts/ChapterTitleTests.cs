using Publisher.Book;
using Publisher.Markdown;
using Publisher.Tests.Markdown;

namespace Publisher.Tests.Layouts;

/// <summary>The rule that finds a chapter's title heading (see ChapterTitles), on the shapes real books have.</summary>
public sealed class ChapterTitleTests
{
    private static (BookDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Build(params (string Path, string Text, string? Title)[] chapters)
    {
        var diagnostics = new DiagnosticBag();
        var sources = chapters.Select((c, i) => new ChapterSource(i, c.Path, c.Text) { Title = c.Title }).ToList();
        var document = DocumentBuilder.Build(DocumentSamples.Metadata(), sources, new FakeContentFiles([]), diagnostics);
        return (document, diagnostics.ToSortedList());
    }

    [Fact]
    public void When_chapters_open_with_the_series_title_the_second_heading_titles_each_and_the_first_is_left_out()
    {
        var (document, diagnostics) = Build(
            ("a.md", "# My Series: Book 1\n# Chapter 1: Start\n\nText.\n", null),
            ("b.md", "# My Series: Book 1\n# Chapter 2: Go on\n\n## A section\n", null),
            ("c.md", "# My Series\n# Preface to all books\n\nText.\n", null));

        Assert.Equal(["Chapter 1: Start", "Chapter 2: Go on", "Preface to all books"], document.Chapters.Select(c => c.Title));
        Assert.All(document.Chapters, chapter => Assert.Single(chapter.Headings, h => h.Level == 1));
        Assert.Equal("chapter-2-go-on", document.Chapters[1].TitleHeadingId);
        var info = Assert.Single(diagnostics);
        Assert.Equal(("PUB220", new SourceLocation("a.md", 1, 1)), (info.Code, info.Location));
    }

    [Fact]
    public void A_single_chapter_with_two_headings_is_no_series_unless_the_first_is_the_books_title()
    {
        var (plain, _) = Build(("a.md", "# Part One\n# Chapter 1\n\nText.\n", null));
        var (series, _) = Build(("a.md", $"# {DocumentSamples.Metadata().Title}\n# Chapter 1\n\nText.\n", null));

        Assert.Equal("Part One", plain.Chapters[0].Title);
        Assert.Equal("Chapter 1", series.Chapters[0].Title);
    }

    [Fact]
    public void A_chapter_that_opens_with_a_level_two_heading_after_html_anchors_is_titled_by_it()
    {
        var (document, diagnostics) = Build(("ch06-02.md", "<!-- Old headings. -->\n\n<a id=\"old-name\"></a>\n\n## The `match` Construct\n\n### Patterns\n", null));

        Assert.Equal("The match Construct", document.Chapters[0].Title);
        Assert.Equal("the-match-construct", document.Chapters[0].TitleHeadingId);
        Assert.DoesNotContain(diagnostics, d => d.Code == "PUB107");
        var entry = Assert.Single(BookOutline.Of(document));
        Assert.Equal(("Patterns", 2), (Assert.Single(entry.Children).Title, entry.Children[0].Level));
    }

    [Fact]
    public void Headings_written_in_html_follow_the_same_rules_as_markdown_headings()
    {
        var (document, diagnostics) = Build(
            ("a.md", "<h1 align=\"center\">My Series</h1>\n\n# Chapter 1: Start\n\nText.\n", null),
            ("b.md", "# My Series\n\n<h1>Chapter 2: Go on</h1>\n\nText.\n", null),
            ("c.md", "<p align=\"center\"><a id=\"top\"></a></p>\n\n<h2>Installing</h2>\n\nText.\n", null));

        Assert.Equal(["Chapter 1: Start", "Chapter 2: Go on", "Installing"], document.Chapters.Select(c => c.Title));
        Assert.Equal("chapter-2-go-on", document.Chapters[1].TitleHeadingId);
        Assert.DoesNotContain(document.Chapters[0].Headings, h => h.Id == "my-series");
        Assert.Contains(diagnostics, d => d.Code == "PUB220");
        Assert.DoesNotContain(diagnostics, d => d.Code == "PUB107");
    }

    [Fact]
    public void A_title_from_the_contents_names_the_chapter_and_its_heading_is_still_not_a_section_of_it()
    {
        var (document, diagnostics) = Build(("a.md", "## Installing\n\n### Linux\n", "Installation"));

        Assert.Equal("Installation", document.Chapters[0].Title);
        Assert.Equal(["Linux"], BookOutline.Of(document)[0].Children.Select(c => c.Title));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Chapters_with_one_title_under_different_parents_are_no_duplicates_but_side_by_side_they_are()
    {
        var chapters = new (string, string, string?)[]
        {
            ("config.md", "# Configuration\n", null), ("config/pre.md", "# Preprocessors\n", null),
            ("dev.md", "# For developers\n", null), ("dev/pre.md", "# Preprocessors\n", null),
        };
        var diagnostics = new DiagnosticBag();
        var sources = chapters.Select((c, i) => new ChapterSource(i, c.Item1, c.Item2)).ToList();
        IReadOnlyList<ContentsEntry> nested = [new ContentsChapter(0, [new ContentsChapter(1, [])]), new ContentsChapter(2, [new ContentsChapter(3, [])])];

        DocumentBuilder.Build(DocumentSamples.Metadata(), sources, new FakeContentFiles([]), diagnostics, nested);
        var (_, flat) = Build(chapters);

        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Code == "PUB112");
        Assert.Single(flat, d => d.Code == "PUB112");
    }

    [Fact]
    public void Rust_lines_hidden_with_a_hash_are_left_out_of_an_mdbooks_rust_code_and_of_nothing_else()
    {
        const string Code = "```rust,ignore\n# use std::io;\n#\nfn main() {\n    # let hidden = 1;\n    #[derive(Debug)]\n    ## shown as one hash\n}\n```\n\n```python\n# a comment\n```\n";
        var diagnostics = new DiagnosticBag();
        var mdBook = DocumentBuilder.Build(DocumentSamples.Metadata(), [new ChapterSource(0, "a.md", "# A\n\n" + Code) { HidesRustLines = true }], new FakeContentFiles([]), diagnostics);
        var (plain, _) = Build(("a.md", "# A\n\n" + Code, null));

        var rust = mdBook.Chapters[0].Blocks.OfType<CodeBlock>().ToList();
        Assert.Equal("rust", rust[0].Language);
        Assert.Equal("fn main() {\n    #[derive(Debug)]\n    # shown as one hash\n}", rust[0].Code);
        Assert.Equal("# a comment", rust[1].Code);
        Assert.Contains("# use std::io;", plain.Chapters[0].Blocks.OfType<CodeBlock>().First().Code);
    }
}
