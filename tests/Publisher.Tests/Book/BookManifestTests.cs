using Publisher.Book;

namespace Publisher.Tests.Book;

public sealed class BookManifestTests
{
    private static (BookManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = BookManifestReader.Read(yaml, diagnostics);
        return (manifest, diagnostics.ToSortedList());
    }

    [Fact]
    public void Every_documented_key_is_read()
    {
        var (manifest, diagnostics) = Read("""
            title: The Publisher Guide
            subtitle: From Markdown to ebooks
            authors:
              - Ada Lovelace
              - Charles Babbage
            language: de-AT
            identifier: urn:isbn:9780000000002
            publisher: Analytical Press
            date: 2024-05-01
            rights: CC BY 4.0
            description: A book about books.
            subjects: [publishing, markdown]
            cover: images/cover.png
            version: "1.2"
            tocDepth: 3
            chapters:
              - content/01-intro.md
            pdf:
              pageSize: A5
              margins: 15mm
              fontSize: 11pt
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(manifest);
        Assert.Equal("The Publisher Guide", manifest.Title);
        Assert.Equal("From Markdown to ebooks", manifest.Subtitle);
        Assert.Equal(["Ada Lovelace", "Charles Babbage"], manifest.Authors);
        Assert.Equal("de-AT", manifest.Language);
        Assert.Equal("urn:isbn:9780000000002", manifest.Identifier);
        Assert.Equal("Analytical Press", manifest.Publisher);
        Assert.Equal("2024-05-01", manifest.Date);
        Assert.Equal("CC BY 4.0", manifest.Rights);
        Assert.Equal("A book about books.", manifest.Description);
        Assert.Equal(["publishing", "markdown"], manifest.Subjects);
        Assert.Equal(new ManifestPath("images/cover.png", new SourceLocation("book.yml", 13, 8)), manifest.Cover);
        Assert.Equal("1.2", manifest.Version);
        Assert.Equal(3, manifest.TocDepth);
        Assert.Equal([new ManifestPath("content/01-intro.md", new SourceLocation("book.yml", 17, 5))], manifest.Chapters);
        var pdf = manifest.Pdf.ToSettings(manifest.Language);
        Assert.Equal(PageGeometry.A5, (pdf.PageWidth, pdf.PageHeight));
        Assert.Equal(15 * 72 / 25.4f, pdf.MarginTop, 0.01f);
        Assert.Equal(15 * 72 / 25.4f, pdf.MarginOuter, 0.01f);
        Assert.Equal(11f, pdf.FontSize);
    }

    [Fact]
    public void A_single_author_string_is_one_author()
    {
        var (manifest, diagnostics) = Read("title: T\nauthors: Grace Hopper\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["Grace Hopper"], manifest!.Authors);
    }

    [Fact]
    public void Defaults_apply_when_keys_are_absent()
    {
        var (manifest, _) = Read("title: T\n");

        Assert.Equal("en", manifest!.Language);
        Assert.Equal(2, manifest.TocDepth);
        Assert.Null(manifest.Chapters);
        Assert.Null(manifest.Identifier);
        var pdf = manifest.Pdf.ToSettings(manifest.Language);
        Assert.Equal(PageGeometry.A4, (pdf.PageWidth, pdf.PageHeight));
        Assert.Equal(10.5f, pdf.FontSize);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_yamldotnets_position_in_plain_words()
    {
        var (manifest, diagnostics) = Read("title: T\nauthors:\n  - A\n bad: [unclosed\n");

        Assert.Null(manifest);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ManifestInvalidYaml, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("book.yml", error.Location!.File);
        Assert.Equal(4, error.Location.Line);
        Assert.DoesNotContain("Idx:", error.Message);
        Assert.StartsWith("book.yml is not valid YAML: ", error.Message);
    }

    [Fact]
    public void A_tab_indented_line_points_at_the_tab()
    {
        var (_, diagnostics) = Read("title: T\nauthors:\n\t- A\n");

        var error = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ManifestInvalidYaml, "book.yml", 3, 1);
        Assert.Contains("tab", error.Message);
    }

    [Theory]
    [InlineData("title: [a, b\nx: y\n")]
    [InlineData("title: {a: b\n")]
    [InlineData("title: \"unclosed\nx: 1\n")]
    [InlineData("title: a: b\n")]
    [InlineData("\u0000\u0001")]
    [InlineData("%YAML 9.9\n---\ntitle: T\n")]
    [InlineData("title: &a [*a]\n")]
    [InlineData("title: *undefined\n")]
    public void Broken_yaml_of_every_kind_is_reported_never_thrown(string yaml)
    {
        var (manifest, diagnostics) = Read(yaml);

        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.True(manifest is null || manifest.Title is null, "a broken title is never used");
        Assert.All(errors, e => Assert.Equal("book.yml", e.Location!.File));
        Assert.All(errors, e => Assert.True(e.Location!.Line >= 1, e.ToString()));
    }

    [Fact]
    public void Duplicate_keys_are_invalid_yaml()
    {
        var (_, diagnostics) = Read("title: A\ntitle: B\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ManifestInvalidYaml, error.Code);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void A_yaml_list_at_the_top_is_not_a_manifest()
    {
        var (manifest, diagnostics) = Read("- title: T\n");

        Assert.Null(manifest);
        DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ManifestInvalidYaml, "book.yml", 1, 1);
    }

    [Theory]
    [InlineData("autors", "authors")]
    [InlineData("titel", "title")]
    [InlineData("TocDepth", "tocDepth")]
    [InlineData("langauge", "language")]
    [InlineData("cover-image", null)]
    public void An_unknown_key_is_a_warning_that_suggests_the_closest_known_key(string key, string? suggestion)
    {
        var (manifest, diagnostics) = Read($"title: T\n{key}: x\n");

        Assert.NotNull(manifest);
        var warning = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ManifestUnknownKey, "book.yml", 2, 1);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains($"'{key}'", warning.Message);
        if (suggestion is null)
        {
            Assert.DoesNotContain("did you mean", warning.Hint);
        }
        else
        {
            Assert.Equal($"did you mean '{suggestion}'?", warning.Hint);
        }
    }

    [Fact]
    public void Hyphenation_and_floats_are_on_unless_book_yml_turns_them_off()
    {
        var (defaults, _) = Read("title: T\n");
        var (off, diagnostics) = Read("title: T\npdf:\n  hyphenate: false\n  floats: false\n");

        Assert.Empty(diagnostics);
        var on = defaults!.Pdf.ToSettings(defaults.Language);
        Assert.True(on.Hyphenate);
        Assert.True(on.Floats);
        var settings = off!.Pdf.ToSettings(off.Language);
        Assert.False(settings.Hyphenate);
        Assert.False(settings.Floats);
    }

    [Fact]
    public void An_unknown_pdf_key_suggests_the_pdf_key()
    {
        var (_, diagnostics) = Read("title: T\npdf:\n  pagesize: A4\n");

        var warning = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ManifestUnknownKey, "book.yml", 3, 3);
        Assert.Equal("did you mean 'pageSize'?", warning.Hint);
    }

    [Theory]
    [InlineData("authors: 5", "authors", 2, 10)]
    [InlineData("authors: {name: A}", "authors", 2, 10)]
    [InlineData("authors:\n  - [A, B]", "authors", 3, 5)]
    [InlineData("tocDepth: deep", "tocDepth", 2, 11)]
    [InlineData("tocDepth: 7", "tocDepth", 2, 11)]
    [InlineData("subtitle: [a, b]", "subtitle", 2, 11)]
    [InlineData("chapters: content/01.md", "chapters", 2, 11)]
    [InlineData("language: English please", "language", 2, 11)]
    [InlineData("pdf: big", "pdf", 2, 6)]
    [InlineData("date: May 2024", "date", 2, 7)]
    [InlineData("date: 2024-13-01", "date", 2, 7)]
    [InlineData("identifier: 978-3-16-148410-1", "identifier", 2, 13)]
    [InlineData("identifier: urn:isbn:12345", "identifier", 2, 13)]
    [InlineData("pdf:\n  pageSize: B7", "pdf.pageSize", 3, 13)]
    [InlineData("pdf:\n  margins: wide", "pdf.margins", 3, 12)]
    [InlineData("pdf:\n  margins:\n    top: 1 furlong", "pdf.margins.top", 4, 10)]
    [InlineData("pdf:\n  fontSize: 200", "pdf.fontSize", 3, 13)]
    [InlineData("pdf:\n  hyphenate: sometimes", "pdf.hyphenate", 3, 14)]
    [InlineData("pdf:\n  floats: [a]", "pdf.floats", 3, 11)]
    public void A_value_of_the_wrong_type_is_an_error_naming_key_and_line(string yaml, string key, int line, int column)
    {
        var (_, diagnostics) = Read($"title: T\n{yaml}\n");

        var error = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ManifestWrongType, "book.yml", line, column);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains($"'{key}'", error.Message);
    }

    [Theory]
    [InlineData("978-3-16-148410-0", "urn:isbn:9783161484100")]
    [InlineData("ISBN 978 0 306 40615 7", "urn:isbn:9780306406157")]
    [InlineData("urn:isbn:0-306-40615-2", "urn:isbn:0306406152")]
    [InlineData("isbn:080442957X", "urn:isbn:080442957X")]
    [InlineData("urn:uuid:0f2a9c3e-1111-4222-8333-444455556666", "urn:uuid:0f2a9c3e-1111-4222-8333-444455556666")]
    [InlineData("https://doi.org/10.1000/182", "https://doi.org/10.1000/182")]
    public void Isbns_are_checked_and_written_as_urns_and_other_identifiers_are_kept(string written, string expected)
    {
        var (manifest, diagnostics) = Read($"title: T\nidentifier: {written}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, manifest!.Identifier);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-05")]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T10:20:30Z")]
    [InlineData("2024-05-01T10:20+02:00")]
    public void W3c_dates_are_accepted(string date) => Assert.Empty(Read($"title: T\ndate: {date}\n").Diagnostics);

    [Fact]
    public void Numbers_are_fine_as_titles_and_versions()
    {
        var (manifest, diagnostics) = Read("title: 1984\nversion: 1.0\n");

        Assert.Empty(diagnostics);
        Assert.Equal("1984", manifest!.Title);
        Assert.Equal("1.0", manifest.Version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("subtitle: S\n")]
    [InlineData("title:\n")]
    [InlineData("title: '  '\n")]
    public void A_missing_title_is_an_error(string yaml)
    {
        var (manifest, diagnostics) = Read(yaml);

        Assert.Null(manifest!.Title);
        var error = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.ManifestMissingValue, "book.yml", 1, 1);
        Assert.Contains("title", error.Message);
    }

    [Fact]
    public void Margins_that_leave_no_room_for_text_are_an_error()
    {
        var (manifest, diagnostics) = Read("title: T\npdf:\n  pageSize: A5\n  margins: 3in\n");

        Assert.Equal(DiagnosticCodes.ManifestWrongType, Assert.Single(diagnostics).Code);
        var pdf = manifest!.Pdf.ToSettings("en");
        Assert.True(pdf.PageWidth - pdf.MarginInner - pdf.MarginOuter > 72);
    }

    [Fact]
    public void Margins_can_be_given_side_by_side()
    {
        var (manifest, diagnostics) = Read("title: T\npdf:\n  pageSize: Letter\n  margins:\n    top: 1in\n    bottom: 2cm\n    inner: 54pt\n    outer: 40\n");

        Assert.Empty(diagnostics);
        var pdf = manifest!.Pdf.ToSettings("en");
        Assert.Equal(72f, pdf.MarginTop, 0.01f);
        Assert.Equal(2 * 72 / 2.54f, pdf.MarginBottom, 0.01f);
        Assert.Equal(54f, pdf.MarginInner, 0.01f);
        Assert.Equal(40f, pdf.MarginOuter, 0.01f);
    }
}
