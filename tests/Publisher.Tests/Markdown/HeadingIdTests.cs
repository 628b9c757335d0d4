namespace Publisher.Tests.Markdown;

public sealed class HeadingIdTests
{
    private static IReadOnlyList<string> Ids(Built built) => built.Chapter.Headings.Select(h => h.Id).ToList();

    [Fact]
    public void Heading_ids_follow_github_slugs_and_keep_letters_of_every_script()
    {
        var built = MarkdownBook.Build("""
            # Hello, World!
            ## Café & Crème — déjà vu
            ## Привет мир
            ## `code` and *emphasis*
            ## snake_case stays
            """);

        Assert.Equal(["hello-world", "café--crème--déjà-vu", "привет-мир", "code-and-emphasis", "snake_case-stays"], Ids(built));
    }

    [Fact]
    public void Repeated_headings_get_numbered_ids()
    {
        var built = MarkdownBook.Build("# Intro\n## Intro\n## Intro\n");

        Assert.Equal(["intro", "intro-1", "intro-2"], Ids(built));
        Assert.Empty(built.Diagnostics);
    }

    [Fact]
    public void Numbered_ids_skip_numbers_already_taken_and_go_on_from_the_last_one()
    {
        var built = MarkdownBook.Build("# Intro\n## Intro {#intro-2}\n## Intro\n## Intro\n## Intro 1\n## Intro\n");

        Assert.Equal(["intro", "intro-2", "intro-1", "intro-3", "intro-1-1", "intro-4"], Ids(built));
    }

    [Fact]
    public void Thousands_of_headings_with_one_title_get_consecutive_numbers()
    {
        var built = MarkdownBook.Build("# Notes\n" + string.Concat(Enumerable.Repeat("## Notes\n", 5000)));

        Assert.Equal(["notes", .. Enumerable.Range(1, 5000).Select(n => $"notes-{n}")], Ids(built));
    }

    [Fact]
    public void An_explicit_id_overrides_the_slug_and_slugs_avoid_it()
    {
        var built = MarkdownBook.Build("# Setup\n## Install {#setup}\n");

        Assert.Equal(["setup-1", "setup"], Ids(built));
        Assert.Equal("Install", built.Chapter.Headings.Last().PlainText);
    }

    [Fact]
    public void A_duplicate_explicit_id_is_made_unique_with_a_warning()
    {
        var built = MarkdownBook.Build("# One {#same}\n\n## Two {#same}\n");

        Assert.Equal(["same", "same-1"], Ids(built));
        var warning = built.Single(DiagnosticCodes.DuplicateHeadingId);
        Assert.Equal(new SourceLocation("content/01-intro.md", 3, 1), warning.Location);
    }

    [Fact]
    public void Ids_are_valid_xml_ids_even_for_headings_that_start_with_a_digit_or_have_no_letters()
    {
        var built = MarkdownBook.Build("# 2024 in review\n## ???\n## fn-1\n");

        Assert.Equal(["h-2024-in-review", "section", "h-fn-1"], Ids(built));
        Assert.All(Ids(built), id => System.Xml.XmlConvert.VerifyNCName(id));
    }

    [Fact]
    public void Chapters_have_their_own_id_space()
    {
        var built = MarkdownBook.Build([("content/01-a.md", "# Summary\n"), ("content/02-b.md", "# Summary\n")]);

        Assert.All(built.Document.Chapters, c => Assert.Equal("summary", c.Headings.Single().Id));
    }
}
