using Publisher.Book;

namespace Publisher.Tests.Book;

public sealed class BookLoaderTests
{
    [Fact]
    public void A_book_loads_with_metadata_and_defaults_filled_in()
    {
        using var book = new BookFolder()
            .Manifest("title: The Publisher Guide\nauthors: [Ada Lovelace]\nlanguage: en-US\nversion: 1.0\ncover: images/cover.png\n")
            .File("images/cover.png", TestImages.Png(60, 90))
            .File("content/01-intro.md", "# Intro\n");

        var (source, diagnostics) = book.Load();

        Assert.Empty(diagnostics);
        var metadata = source!.Metadata;
        Assert.Equal("The Publisher Guide", metadata.Title);
        Assert.Equal("the-publisher-guide", metadata.Slug);
        Assert.StartsWith("urn:uuid:", metadata.Identifier);
        Assert.Equal("1.0", metadata.Version);
        Assert.Equal(2, metadata.TocDepth);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), metadata.Modified);
        Assert.Equal((612f, 792f), (metadata.Pdf.PageWidth, metadata.Pdf.PageHeight));
        Assert.Equal(10.5f, metadata.Pdf.FontSize);
        Assert.Equal("images/cover.png", metadata.CoverImage!.SourcePath);
        Assert.Equal([metadata.CoverImage], source.Files.LoadedImages);
        Assert.Equal(Path.GetFullPath(book.Root), source.RootDirectory);
    }

    [Fact]
    public void The_version_option_overrides_book_yml()
    {
        using var book = new BookFolder().Manifest("title: T\nversion: 1.0\n").File("content/01.md", "# A");

        var (source, _) = book.Load(o => o with { Version = "2.0-beta" });

        Assert.Equal("2.0-beta", source!.Metadata.Version);
    }

    [Fact]
    public void A_missing_cover_is_an_error_at_its_line_in_book_yml()
    {
        using var book = new BookFolder().Manifest("title: T\ncover: images/nope.png\n").File("content/01.md", "# A");

        var (_, diagnostics) = book.Load();

        DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ImageMissing, "book.yml", 2, 8);
    }

    [Theory]
    [InlineData("The Publisher Guide", "the-publisher-guide")]
    [InlineData("  Café & Crème: Über Bücher!  ", "cafe-creme-uber-bucher")]
    [InlineData("The Author's Handbook, 2nd ed.", "the-authors-handbook-2nd-ed")]
    [InlineData("The Author\u2019s Handbook", "the-authors-handbook")]
    [InlineData("Straße, Æsir und Þór", "strasse-aesir-und-thor")]
    [InlineData("Ελληνικά", "ellinika")]
    [InlineData("Война и мир", "voyna-i-mir")]
    [InlineData("Кобзар: вірші", "kobzar-virshi")]
    [InlineData("!!! ???", "book")]
    public void The_slug_is_lower_case_ascii_words_of_the_title(string title, string slug) =>
        Assert.Equal(slug, Slug.FromTitle(title));

    [Fact]
    public void The_derived_identifier_is_a_stable_name_based_uuid()
    {
        var first = BookIdentifier.Derive("The Guide", ["Ada", "Charles"]);
        var second = BookIdentifier.Derive("The Guide", ["Ada", "Charles"]);

        Assert.Equal(first, second);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
        Assert.NotEqual(first, BookIdentifier.Derive("The Guide", ["Ada"]));
        Assert.NotEqual(first, BookIdentifier.Derive("The Guide 2", ["Ada", "Charles"]));
        Assert.NotEqual(BookIdentifier.Derive("A", ["B C"]), BookIdentifier.Derive("A B", ["C"]));
    }

    [Fact]
    public void A_given_identifier_is_kept_as_written()
    {
        using var book = new BookFolder().Manifest("title: T\nidentifier: urn:isbn:9780306406157\n").File("content/01.md", "# A");

        Assert.Equal("urn:isbn:9780306406157", book.Load().Source!.Metadata.Identifier);
    }

    [Fact]
    public void The_timestamp_option_wins_over_everything()
    {
        var chosen = new DateTimeOffset(2021, 3, 4, 5, 6, 7, 890, TimeSpan.FromHours(2));

        var resolved = BuildTimestamp.Resolve(chosen, "1700000000", () => DateTimeOffset.UnixEpoch);

        Assert.Equal(new DateTimeOffset(2021, 3, 4, 3, 6, 7, TimeSpan.Zero), resolved);
        Assert.Equal(TimeSpan.Zero, resolved.Offset);
    }

    [Fact]
    public void Source_date_epoch_comes_next_then_git_then_a_fixed_date()
    {
        var git = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), BuildTimestamp.Resolve(null, "1700000000", () => git));
        Assert.Equal(git, BuildTimestamp.Resolve(null, null, () => git));
        Assert.Equal(git, BuildTimestamp.Resolve(null, "not a number", () => git));
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), BuildTimestamp.Resolve(null, null, () => null));
    }

    [Fact]
    public void The_newest_git_commit_of_the_book_folder_is_found_and_a_folder_without_git_is_skipped()
    {
        using var book = new BookFolder().Manifest("title: T").File("content/01.md", "# A");
        Assert.Null(BuildTimestamp.NewestGitCommit(book.Root));

        Git.CommitAll(book.Root);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Git.CommitTime), BuildTimestamp.NewestGitCommit(book.Root));
    }

    [Fact]
    public void A_missing_book_yml_is_an_error()
    {
        using var book = new BookFolder().File("content/01.md", "# A");

        var (source, diagnostics) = book.Load();

        Assert.Null(source);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ManifestMissing, error.Code);
        Assert.Equal("book.yml", error.Location!.File);
    }

    [Fact]
    public void A_book_yaml_file_gets_a_rename_hint()
    {
        using var book = new BookFolder().File("book.yaml", "title: T").File("content/01.md", "# A");

        Assert.Equal("rename book.yaml to book.yml", Assert.Single(book.Load().Diagnostics).Hint);
    }

    [Fact]
    public void A_missing_book_folder_is_an_error_not_an_exception()
    {
        var diagnostics = new DiagnosticBag();

        var source = BookLoader.Load(new BookLoadRequest("/no/such/book/here"), diagnostics);

        Assert.Null(source);
        Assert.Equal(DiagnosticCodes.ManifestMissing, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void No_content_folder_means_no_chapters()
    {
        using var book = new BookFolder().Manifest("title: T");

        var (source, diagnostics) = book.Load();

        Assert.Null(source);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NoChapters, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    [Fact]
    public void An_empty_chapters_list_means_no_chapters()
    {
        using var book = new BookFolder().Manifest("title: T\nchapters: []\n").File("content/01.md", "# A");

        Assert.Equal(DiagnosticCodes.NoChapters, Assert.Single(book.Load().Diagnostics).Code);
    }

    [Fact]
    public void A_listed_chapter_that_is_missing_is_an_error_at_its_entry()
    {
        using var book = new BookFolder()
            .Manifest("title: T\nchapters:\n  - content/01-intro.md\n  - content/02-nxt.md\n")
            .File("content/01-intro.md", "# Intro")
            .File("content/02-next.md", "# Next");

        var (_, diagnostics) = book.Load();

        var error = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ChapterFileMissing, "book.yml", 4, 5);
        Assert.Contains("content/02-nxt.md", error.Message);
        Assert.Equal("did you mean 'content/02-next.md'?", error.Hint);
    }

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("/etc/passwd")]
    [InlineData("content/../../outside.md")]
    public void A_listed_chapter_outside_the_book_is_refused(string entry)
    {
        using var book = new BookFolder().Manifest($"title: T\nchapters:\n  - content/01.md\n  - {entry}\n").File("content/01.md", "# A");

        var (_, diagnostics) = book.Load();

        DiagnosticAssert.Single(diagnostics, DiagnosticCodes.PathEscapesBook, "book.yml", 4, 5);
    }

    [Fact]
    public void A_chapter_symlinked_from_outside_the_book_is_refused()
    {
        using var outside = new TempDirectory();
        var target = outside.Write("secret.md", "# Secret");
        using var book = new BookFolder().Manifest("title: T").File("content/01.md", "# A");
        File.CreateSymbolicLink(book.FullPath("content/02-link.md"), target);

        var (source, diagnostics) = book.Load();

        Assert.Equal(DiagnosticCodes.PathEscapesBook, Assert.Single(diagnostics).Code);
        Assert.DoesNotContain(source?.Chapters ?? [], c => c.Text.Contains("Secret"));
    }

    [Fact]
    public void Listed_chapter_paths_are_file_names_not_urls()
    {
        using var book = new BookFolder()
            .Manifest("title: T\nchapters:\n  - 'content/01 C# & 100%.md'\n")
            .File("content/01 C# & 100%.md", "# C#");

        var (source, diagnostics) = book.Load();

        Assert.Empty(diagnostics);
        Assert.Equal("content/01 C# & 100%.md", Assert.Single(source!.Chapters).RelativePath);
    }

    [Fact]
    public void A_chapter_listed_twice_is_read_once_with_a_warning()
    {
        using var book = new BookFolder().Manifest("title: T\nchapters:\n  - content/01.md\n  - ./content/01.md\n").File("content/01.md", "# A");

        var (source, diagnostics) = book.Load();

        Assert.Single(source!.Chapters);
        DiagnosticAssert.Single(diagnostics, DiagnosticCodes.DuplicateChapterEntry, "book.yml", 4, 5);
    }

    [Fact]
    public void An_empty_chapter_is_a_warning_and_left_out()
    {
        using var book = new BookFolder().Manifest("title: T")
            .File("content/01.md", "# A")
            .File("content/02.md", "  \n\n")
            .File("content/03.md", "# C");

        var (source, diagnostics) = book.Load();

        var warning = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.EmptyChapter, "content/02.md", 1, 1);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(["content/01.md", "content/03.md"], source!.Chapters.Select(c => c.RelativePath));
        Assert.Equal([0, 1], source.Chapters.Select(c => c.Index));
    }

    [Fact]
    public void A_book_of_only_empty_chapters_has_no_chapters()
    {
        using var book = new BookFolder().Manifest("title: T").File("content/01.md", "");

        var (source, diagnostics) = book.Load();

        Assert.Null(source);
        Assert.Equal([DiagnosticCodes.NoChapters, DiagnosticCodes.EmptyChapter], diagnostics.Select(d => d.Code).Order());
    }

    [Fact]
    public void Every_problem_of_a_book_is_reported_together()
    {
        using var book = new BookFolder()
            .Manifest("title: T\nautors: [A]\ntocDepth: deep\n")
            .File("content/01.md", "# One\nIt\u00e2\u20ac\u2122s\n")
            .File("content/02.md", [(byte)'#', (byte)' ', 0xFF])
            .File("content/03.md", "");

        var (_, diagnostics) = book.Load();

        Assert.Equal(
            ["book.yml(2,1) PUB102", "book.yml(3,11) PUB103", "content/01.md(2,3) PUB109", "content/02.md(1,3) PUB108", "content/03.md(1,1) PUB106"],
            diagnostics.Select(d => $"{d.Location} {d.Code}"));
    }

    [Fact]
    public void Fix_encoding_repairs_chapter_text_and_book_yml()
    {
        using var book = new BookFolder()
            .Manifest("title: Caf\u00c3\u00a9 Stories\n")
            .File("content/11-ai.md", "# AI\n\n[link](https://example.com)\u00e2\u20ac\u2039\n\n![x](images/11-1.png)\n");

        var (plain, _) = book.Load();
        var (fixedBook, diagnostics) = book.Load(o => o with { FixEncoding = true });

        Assert.Contains("\u00e2\u20ac\u2039", plain!.Chapters[0].Text);
        Assert.Equal("# AI\n\n[link](https://example.com)\u200b\n\n![x](images/11-1.png)\n", fixedBook!.Chapters[0].Text);
        Assert.Equal("Caf\u00e9 Stories", fixedBook.Metadata.Title);
        Assert.Equal("cafe-stories", fixedBook.Metadata.Slug);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.Mojibake));
    }
}
