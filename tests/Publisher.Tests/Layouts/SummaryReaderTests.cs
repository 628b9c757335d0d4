using Publisher.Book.Layouts;

namespace Publisher.Tests.Layouts;

public sealed class SummaryReaderTests
{
    private static (IReadOnlyList<TocEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics) Read(string summary, SummaryDialect dialect = SummaryDialect.MdBook)
    {
        var diagnostics = new DiagnosticBag();
        var entries = SummaryReader.Read(summary, "src/SUMMARY.md", dialect, diagnostics);
        return (entries, diagnostics.ToSortedList());
    }

    /// <summary>Entries as indented lines: chapters "number title = path (matter)", parts "[title]", sections "title = path#anchor".</summary>
    private static string Outline(IEnumerable<TocEntry> entries, int depth = 0) => string.Join('\n', entries.Select(entry =>
    {
        var indent = new string(' ', depth * 2);
        return entry switch
        {
            TocPart part => $"{indent}[{part.Title}]" + Children(part.Children, depth),
            TocChapter chapter => $"{indent}{(chapter.Number is null ? "" : chapter.Number + " ")}{chapter.Title} = {chapter.Path} ({chapter.Matter})" + Children(chapter.Children, depth),
            TocSection section => $"{indent}{section.Title} = {section.Path}#{section.Anchor}",
            _ => "?",
        };
    }));

    private static string Children(IReadOnlyList<TocEntry> children, int depth) => children.Count == 0 ? "" : "\n" + Outline(children, depth + 1);

    [Fact]
    public void An_mdbook_summary_has_prefix_parts_numbered_nested_chapters_and_suffix()
    {
        var (entries, diagnostics) = Read("""
            # Summary

            [Introduction](README.md)
            [Foreword](foreword.md)

            # User guide

            - [Installation](guide/installation.md)
              - [On Linux](guide/linux.md)
                - [From source](guide/source.md)
            - [Reading](guide/reading.md)

            ---

            # Reference

            * [Commands](cli/README.md)

            -----------

            [Contributors](misc/contributors.md)
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(
            """
            Introduction = src/README.md (Front)
            Foreword = src/foreword.md (Front)
            [User guide]
              1. Installation = src/guide/installation.md (Body)
                1.1. On Linux = src/guide/linux.md (Body)
                  1.1.1. From source = src/guide/source.md (Body)
              2. Reading = src/guide/reading.md (Body)
            [Reference]
              3. Commands = src/cli/README.md (Body)
            Contributors = src/misc/contributors.md (Back)
            """,
            Outline(entries));
    }

    [Fact]
    public void A_draft_chapter_is_left_out_with_an_info_its_number_is_kept_and_its_children_move_up()
    {
        var (entries, diagnostics) = Read("""
            - [One](one.md)
            - [Two, not written yet]()
                - [Two point one](two-one.md)
            - [Three](three.md)
            """);

        Assert.Equal(
            """
            1. One = src/one.md (Body)
            2.1. Two point one = src/two-one.md (Body)
            3. Three = src/three.md (Body)
            """,
            Outline(entries));
        var info = Assert.Single(diagnostics);
        Assert.Equal(("PUB123", DiagnosticSeverity.Info, new SourceLocation("src/SUMMARY.md", 2, 1)), (info.Code, info.Severity, info.Location));
    }

    [Fact]
    public void A_second_entry_for_a_listed_file_is_a_section_entry_and_without_an_anchor_a_duplicate()
    {
        var (entries, diagnostics) = Read("""
            * [Markdown](syntax/markdown.md)
                * [Headings](syntax/markdown.md#headings)
                * [Lists](./syntax/markdown.md#lists)
            * [Markdown again](syntax/markdown.md)
            """, SummaryDialect.GitBook);

        Assert.Equal(
            """
            Markdown = src/syntax/markdown.md (Body)
              Headings = src/syntax/markdown.md#headings
              Lists = src/syntax/markdown.md#lists
            """,
            Outline(entries));
        var duplicate = Assert.Single(diagnostics);
        Assert.Equal(("PUB113", 4), (duplicate.Code, duplicate.Location!.Line));
    }

    [Fact]
    public void A_gitbook_summary_takes_level_two_and_three_headings_as_parts_and_numbers_nothing()
    {
        var (entries, _) = Read("""
            # Summary

            ## Basics

            * [Introduction](README.md)

            ### Advanced

            * [Plugins](plugins/README.md)
                * [Hooks](plugins/hooks.md)
            """, SummaryDialect.GitBook);

        Assert.Equal(
            """
            [Basics]
              Introduction = src/README.md (Body)
            [Advanced]
              Plugins = src/plugins/README.md (Body)
                Hooks = src/plugins/hooks.md (Body)
            """,
            Outline(entries));
    }

    [Fact]
    public void Titles_are_plain_text_and_paths_are_unescaped()
    {
        var (entries, _) = Read("""
            - [The `match` Control Flow *Construct*](ch06-02-match.md)
            - [Tom &amp; Jerry \[draft\]](<my notes.md> "a tooltip")
            - [Spaced](my%20other%20notes.md)
            """);

        Assert.Equal(
            """
            1. The match Control Flow Construct = src/ch06-02-match.md (Body)
            2. Tom & Jerry [draft] = src/my notes.md (Body)
            3. Spaced = src/my other notes.md (Body)
            """,
            Outline(entries));
    }

    [Fact]
    public void A_web_page_entry_is_left_out_and_a_line_that_is_no_entry_is_reported()
    {
        var (entries, diagnostics) = Read("""
            * [Start](start.md)
            * [Release history](https://example.org/releases)

            Remember the appendix.
            <!-- a comment
                 over two lines -->
            """, SummaryDialect.GitBook);

        Assert.Equal("Start = src/start.md (Body)", Outline(entries));
        Assert.Equal([("PUB134", 2), ("PUB122", 4)], diagnostics.Select(d => (d.Code, d.Location!.Line)).OrderBy(d => d.Line));
    }
}
