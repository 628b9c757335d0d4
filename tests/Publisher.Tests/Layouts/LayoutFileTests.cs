using Publisher.Book;
using Publisher.Book.Layouts;
using Publisher.Tests.Book;

namespace Publisher.Tests.Layouts;

/// <summary>book.toml and book.json as their tools write them, and book.yml adding to them key by key.</summary>
public sealed class LayoutFileTests
{
    [Fact]
    public void Book_toml_gives_the_metadata_the_chapter_folder_and_the_repository()
    {
        var diagnostics = new DiagnosticBag();

        var read = BookTomlReader.Read("""
            [book]
            title = "mdBook Documentation"
            description = "Create book from markdown files."
            authors = ["Mathieu David", "Michael-F-Bryan"]
            language = "en"
            src = "pages"

            [output.html]
            git-repository-url = "https://github.com/rust-lang/mdBook/tree/master/guide"
            no-section-label = true

            [preprocessor.custom]
            command = "anything"
            """, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        var (manifest, settings) = read!.Value;
        Assert.Equal("mdBook Documentation", manifest.Title);
        Assert.Equal(["Mathieu David", "Michael-F-Bryan"], manifest.Authors);
        Assert.Equal("Create book from markdown files.", manifest.Description);
        Assert.Equal("https://github.com/rust-lang/mdBook/tree/master/guide", manifest.Repository);
        Assert.Equal("pages", settings.ChapterFolder);
        Assert.False(settings.NumbersChapters);
        Assert.Equal(["authors", "description", "language", "repository", "title"], manifest.GivenKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Book_toml_that_is_not_toml_is_an_error_at_its_line()
    {
        var diagnostics = new DiagnosticBag();

        var read = BookTomlReader.Read("[book]\ntitle = \"Unclosed\n", diagnostics);

        Assert.Null(read);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("PUB120", "book.toml", 2), (error.Code, error.Location!.File, error.Location.Line));
    }

    [Fact]
    public void Book_json_gives_metadata_variables_structure_and_the_github_plugins_repository()
    {
        var diagnostics = new DiagnosticBag();

        var read = BookJsonReader.Read("""
            {
                // HonKit reads comments and trailing commas
                "title": "A Notebook",
                "author": "Mara Example",
                "language": "pt-BR",
                "isbn": "978-3-16-148410-0",
                "root": "./docs",
                "structure": { "readme": "INTRO.md", "summary": "TOC.md" },
                "variables": { "version": "2.1", "links": { "site": "https://example.org" }, "count": 3 },
                "pluginsConfig": { "github": { "url": "https://github.com/example/notebook" } },
            }
            """, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        var (manifest, settings) = read!.Value;
        Assert.Equal(("A Notebook", "pt-BR", "978-3-16-148410-0"), (manifest.Title, manifest.Language, manifest.Identifier));
        Assert.Equal(["Mara Example"], manifest.Authors);
        Assert.Equal("https://github.com/example/notebook", manifest.Repository);
        Assert.Equal(("docs", "TOC.md", "INTRO.md"), (settings.ChapterFolder, settings.SummaryFile, settings.ReadmeFile));
        Assert.Equal("2.1", settings.Variables["version"]);
        Assert.Equal("https://example.org", settings.Variables["links.site"]);
        Assert.Equal("3", settings.Variables["count"]);
    }

    [Fact]
    public void A_book_yml_with_only_a_repository_is_enough_beside_a_book_toml_and_wins_over_it()
    {
        using var book = new BookFolder()
            .File("book.toml", "[book]\ntitle = \"From TOML\"\nauthors = [\"Toml Author\"]\n[output.html]\ngit-repository-url = \"https://github.com/example/from-toml\"\n")
            .File("book.yml", "repository: https://github.com/example/from-yml\nauthors: [Yml Author]\n")
            .File("src/SUMMARY.md", "- [One](one.md)\n")
            .File("src/one.md", "## One\n\nText.\n");
        var diagnostics = new DiagnosticBag();

        var source = BookLoader.Load(new BookLoadRequest(book.Root), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(source);
        Assert.Equal("From TOML", source.Metadata.Title);
        Assert.Equal(["Yml Author"], source.Metadata.Authors);
        Assert.Equal("https://github.com/example/from-yml", source.Layout.Repository!.BaseUrl);
        Assert.Equal("mdBook (book.toml, book.yml, src/SUMMARY.md)", source.Layout.Description);
        Assert.Equal(1, source.Metadata.TocDepth);
    }

    [Fact]
    public void Every_book_yml_key_beside_a_book_toml_reaches_the_book()
    {
        using var book = new BookFolder()
            .File("book.toml", "[book]\ntitle = \"From TOML\"\nlanguage = \"en\"\n")
            .File("book.yml", "title: From YML\nsubtitle: A Subtitle\nlanguage: de\nrights: CC0\npublisher: Press\nversion: 2.0.0\ntocDepth: 3\npdf:\n  pageSize: A5\n")
            .File("src/SUMMARY.md", "- [One](one.md)\n")
            .File("src/one.md", "# One\n");

        var source = BookLoader.Load(new BookLoadRequest(book.Root), new DiagnosticBag());

        var metadata = source!.Metadata;
        Assert.Equal(("From YML", "A Subtitle", "de", "CC0", "Press", "2.0.0", 3), (metadata.Title, metadata.Subtitle, metadata.Language, metadata.Rights, metadata.Publisher, metadata.Version, metadata.TocDepth));
        Assert.Equal(PageGeometry.A5, (metadata.Pdf.PageWidth, metadata.Pdf.PageHeight));
    }

    [Fact]
    public void A_chapters_list_in_book_yml_wins_over_summary_and_its_titles_name_the_chapters()
    {
        using var book = new BookFolder()
            .File("book.json", "{ \"title\": \"Notes\" }")
            .File("book.yml", "chapters:\n  - file: b.md\n    title: The Real Title\n  - a.md\n")
            .File("SUMMARY.md", "* [A](a.md)\n* [B](b.md)\n")
            .File("a.md", "# A\n")
            .File("b.md", "# B heading\n");
        var diagnostics = new DiagnosticBag();

        var source = BookLoader.Load(new BookLoadRequest(book.Root), diagnostics);

        Assert.Equal(["b.md", "a.md"], source!.Chapters.Select(c => c.RelativePath));
        Assert.Equal(["The Real Title", null], source.Chapters.Select(c => c.Title));
        Assert.Equal("PUB132", Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void A_gitbooks_readme_comes_first_as_front_matter_when_summary_leaves_it_out()
    {
        using var book = new BookFolder()
            .File("book.json", "{ \"title\": \"Notes\" }")
            .File("SUMMARY.md", "# Summary\n\n* [One](one.md)\n")
            .File("README.md", "# Notes\n")
            .File("one.md", "# One\n");

        var source = BookLoader.Load(new BookLoadRequest(book.Root), new DiagnosticBag());

        Assert.Equal([("README.md", ChapterMatter.Front), ("one.md", ChapterMatter.Body)], source!.Chapters.Select(c => (c.RelativePath, c.Matter)));
    }

    [Fact]
    public void A_gitbooks_readme_listed_first_in_summary_is_still_the_introduction()
    {
        using var book = new BookFolder()
            .File("SUMMARY.md", "# Summary\n\n* [Introduction](README.md)\n* [One](one.md)\n")
            .File("README.md", "# Notes\n")
            .File("one.md", "# One\n");

        var source = BookLoader.Load(new BookLoadRequest(book.Root), new DiagnosticBag());

        Assert.Equal([("README.md", ChapterMatter.Front, "Introduction"), ("one.md", ChapterMatter.Body, "One")], source!.Chapters.Select(c => (c.RelativePath, c.Matter, c.Title)));
    }

    [Fact]
    public void The_repository_comes_from_the_origin_remote_in_git_config_when_no_file_names_it()
    {
        using var book = new BookFolder()
            .Manifest("title: Remote\n")
            .File("content/01.md", "# One\n")
            .File(".git/config", "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/other/fork.git\n[remote \"origin\"]\n\turl = git@github.com:example/remote-book.git\n")
            .File(".git/HEAD", "ref: refs/heads/trunk\n");

        var source = BookLoader.Load(new BookLoadRequest(book.Root), new DiagnosticBag());

        Assert.Equal(new RepositoryAddress("https://github.com/example/remote-book", "trunk", ""), source!.Layout.Repository);
    }

    [Theory]
    [InlineData("https://github.com/rust-lang/book", null, "https://github.com/rust-lang/book/blob/HEAD/listings/a%20b.rs")]
    [InlineData("https://github.com/rust-lang/mdBook/tree/master/guide", null, "https://github.com/rust-lang/mdBook/blob/master/guide/listings/a%20b.rs")]
    [InlineData("https://gitlab.com/group/book.git", "main", "https://gitlab.com/group/book/-/blob/main/listings/a%20b.rs")]
    public void A_repository_address_links_to_a_file_on_its_branch(string url, string? branch, string expected)
    {
        Assert.Equal(expected, RepositoryAddress.Parse(url, branch)!.FileUrl("listings/a b.rs", isFolder: false));
    }

    [Theory]
    [InlineData("git@github.com:example/book.git", "https://github.com/example/book.git")]
    [InlineData("ssh://git@codeberg.org/example/book.git", "https://codeberg.org/example/book.git")]
    [InlineData("https://user@github.com/example/book", "https://github.com/example/book")]
    [InlineData("/srv/git/book.git", null)]
    public void A_git_remote_becomes_the_address_people_browse(string remote, string? expected)
    {
        Assert.Equal(expected, GitRemote.WebUrl(remote));
    }
}
