using Publisher.Book;
using Publisher.Markdown;
using Publisher.Tests.Book;

namespace Publisher.Tests.Layouts;

/// <summary>mdBook's directives and GitBook's template tags, expanded when the book is read.</summary>
public sealed class DirectiveTests
{
    private const string Listing = """
        // ANCHOR: all
        fn main() {
            // ANCHOR: setup
            let x = 1;
            // ANCHOR_END: setup
            println!("{x}");
        }
        // ANCHOR_END: all

        """;

    private static (string Text, IReadOnlyList<Diagnostic> Diagnostics) MdBookChapter(string chapter, params (string Path, string Text)[] files)
    {
        using var book = new BookFolder()
            .File("book.toml", "[book]\ntitle = \"Directives\"\n")
            .File("src/SUMMARY.md", "- [Chapter](chapter.md)\n")
            .File("src/chapter.md", chapter)
            .File("listings/main.rs", Listing);
        foreach (var (path, text) in files)
        {
            book.File(path, text);
        }

        var diagnostics = new DiagnosticBag();
        var source = BookLoader.Load(new BookLoadRequest(book.Root), diagnostics);
        return (source?.Chapters.Single().Text ?? "", diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("main.rs", "fn main() {\n    let x = 1;\n    println!(\"{x}\");\n}")]
    [InlineData("main.rs:3", "")]
    [InlineData("main.rs:4", "    let x = 1;")]
    [InlineData("main.rs:2:4", "fn main() {\n    let x = 1;")]
    [InlineData("main.rs::2", "fn main() {")]
    [InlineData("main.rs:6:", "    println!(\"{x}\");\n}")]
    [InlineData("main.rs:setup", "    let x = 1;")]
    [InlineData("main.rs:all", "fn main() {\n    let x = 1;\n    println!(\"{x}\");\n}")]
    [InlineData("main.rs:40", "")]
    public void Include_takes_lines_by_number_or_anchor_and_never_shows_anchor_markers(string argument, string expected)
    {
        var (text, diagnostics) = MdBookChapter($"# C\n\n```rust\n{{{{#include ../listings/{argument}}}}}\n```\n");

        Assert.Empty(diagnostics);
        Assert.Equal($"# C\n\n```rust\n{expected}\n```\n", text);
    }

    [Fact]
    public void Rustdoc_include_shows_only_its_range_and_playground_writes_a_rust_block_with_the_attributes()
    {
        var (text, diagnostics) = MdBookChapter("{{#rustdoc_include ../listings/main.rs:setup}}\n\n{{#playground ../listings/main.rs editable}}\n");

        Assert.Empty(diagnostics);
        Assert.Equal("    let x = 1;\n\n```rust,editable\nfn main() {\n    let x = 1;\n    println!(\"{x}\");\n}\n```\n", text);
    }

    [Fact]
    public void Title_goes_with_its_line_an_escaped_directive_stays_as_text_and_one_without_a_file_is_left_alone()
    {
        var (text, diagnostics) = MdBookChapter("{{#title A Web Page}}\n# C\n\nWrite \\{{#include file.rs}} or `{{ #include }}`.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("# C\n\nWrite {{#include file.rs}} or `{{ #include }}`.\n", text);
    }

    [Fact]
    public void Included_markdown_is_expanded_in_turn_from_its_own_folder()
    {
        var (text, diagnostics) = MdBookChapter(
            "# C\n\n{{#include parts/a.md}}\n",
            ("src/parts/a.md", "Part A.\n{{#include b.md}}\n"),
            ("src/parts/b.md", "Part B.\n"));

        Assert.Empty(diagnostics);
        Assert.Equal("# C\n\nPart A.\nPart B.\n", text);
    }

    [Fact]
    public void A_file_outside_the_book_folder_is_never_included()
    {
        var (text, diagnostics) = MdBookChapter("# C\n\n{{#include ../../outside.rs}}\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("PUB110", new SourceLocation("src/chapter.md", 3, 1)), (error.Code, error.Location));
        Assert.Equal("# C\n\n\n", text);
    }

    [Fact]
    public void Problems_in_included_text_are_reported_in_the_included_file_at_its_own_line_and_column()
    {
        using var book = new BookFolder()
            .File("book.toml", "[book]\ntitle = \"Directives\"\n")
            .File("src/SUMMARY.md", "- [Chapter](chapter.md)\n")
            .File("src/chapter.md", "# C\n\nBefore {{#include parts/a.md}} after.\n\nSee [a missing page](missing.md).\n")
            .File("src/parts/a.md", "first line\nsecond [a broken link](nowhere.md) line\n");
        var diagnostics = new DiagnosticBag();

        var source = BookLoader.Load(new BookLoadRequest(book.Root), diagnostics);
        DocumentBuilder.Build(source!, diagnostics);

        var links = diagnostics.ToSortedList().Where(d => d.Code == "PUB201").Select(d => d.Location).ToList();
        Assert.Equal([new SourceLocation("src/chapter.md", 5, 5), new SourceLocation("src/parts/a.md", 2, 8)], links);
    }

    [Fact]
    public void A_gitbook_expands_includes_variables_and_raw_blocks_and_leaves_template_tags_in_code_alone()
    {
        using var book = new BookFolder()
            .File("book.json", "{ \"title\": \"Templates\", \"variables\": { \"version\": \"3.6\" } }")
            .File("SUMMARY.md", "* [Chapter](chapter.md)\n")
            .File("snippets/note.md", "A note from {{ book.version }}.\n")
            .File("chapter.md", """
                # C

                {% include "./snippets/note.md" %}
                {# a comment for the authors #}
                Version {{ book.version }} and {%- raw -%}{{ kept }}{%- endraw -%}.

                `{{ book.version }}` in code, and:

                ```twig
                {% if x %}{{ y }}{% endif %}
                ```

                """);
        var diagnostics = new DiagnosticBag();

        var source = BookLoader.Load(new BookLoadRequest(book.Root), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("""
            # C

            A note from 3.6.
            Version 3.6 and {{ kept }}.

            `{{ book.version }}` in code, and:

            ```twig
            {% if x %}{{ y }}{% endif %}
            ```

            """, source!.Chapters.Single(c => c.RelativePath == "chapter.md").Text);
    }

    [Fact]
    public void An_unknown_plugin_block_is_one_warning_its_tag_lines_go_and_its_markdown_stays()
    {
        using var book = new BookFolder()
            .File("SUMMARY.md", "* [Chapter](chapter.md)\n")
            .File("README.md", "# Plugins\n")
            .File("chapter.md", """
                # C

                {% exercise %}
                Store the length in `size`.
                {% initial %}
                var size =
                {% solution %}
                var size = str.length;
                {% endexercise %}
                Inline {% youtube %}https://example.org/v{% endyoutube %} too.
                """);
        var diagnostics = new DiagnosticBag();

        var source = BookLoader.Load(new BookLoadRequest(book.Root), diagnostics);

        Assert.Equal(
            "# C\n\nStore the length in `size`.\nvar size =\nvar size = str.length;\nInline https://example.org/v too.",
            source!.Chapters.Single(c => c.RelativePath == "chapter.md").Text);
        Assert.Equal(
            [("PUB130", 3), ("PUB130", 10)],
            diagnostics.ToSortedList().Where(d => d.Code != "PUB133").Select(d => (d.Code, d.Location!.Line)));
    }

    [Fact]
    public void Includes_that_loop_or_nest_too_deep_stop_with_an_error()
    {
        var (_, cycle) = MdBookChapter("# C\n\n{{#include a.md}}\n", ("src/a.md", "{{#include b.md}}\n"), ("src/b.md", "{{#include a.md}}\n"));

        var error = Assert.Single(cycle);
        Assert.Equal(("PUB127", new SourceLocation("src/b.md", 1, 1)), (error.Code, error.Location));
        Assert.Contains("src/a.md -> src/b.md -> src/a.md", error.Message);
    }
}
