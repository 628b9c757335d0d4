using Publisher.Book;
using Publisher.Pdf.Text;

namespace Publisher.Tests.Pdf.Text;

/// <summary>
/// The PDF uses the building machine's fonts only when the book asks (<c>pdf.systemFonts: true</c>); otherwise a
/// character the book's fonts lack is a PUB300 warning on every machine alike, and the PDF is the same everywhere.
/// </summary>
public sealed class SystemFontsTests
{
    private const string Han = "\u6F22";

    [Fact]
    public void Without_the_books_consent_no_system_font_fills_in_a_missing_character()
    {
        var fonts = FontSet.For(new Dictionary<FontFace, FontSource>(), [], systemFonts: false);

        Assert.Null(fonts.FallbackFor(Han[0]));
        Assert.False(fonts.SystemFontsAllowed);
        Assert.Same(FontSet.Bundled, fonts);
    }

    [Fact]
    public void A_character_the_bundled_fonts_lack_is_a_warning_that_names_the_way_out()
    {
        using var book = new TempDirectory();
        book.Write("book.yml", "title: Characters\nlanguage: en\n");
        book.Write("content/01-one.md", $"# One\n\nThe character {Han} has no glyph in the bundled fonts.\n");

        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = book.Path, Formats = OutputFormats.Pdf });

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingGlyphs);
        Assert.Contains("bundled fonts", warning.Message, StringComparison.Ordinal);
        Assert.Contains("U+6F22", warning.Message, StringComparison.Ordinal);
        Assert.Contains("pdf.systemFonts: true", warning.Hint, StringComparison.Ordinal);
        Assert.Equal("content/01-one.md", warning.Location?.File);
    }

    [Fact]
    public void An_epub_alone_reports_nothing_about_the_pdfs_fonts()
    {
        using var book = new TempDirectory();
        book.Write("book.yml", "title: Characters\nlanguage: en\n");
        book.Write("content/01-one.md", $"# One\n\nThe character {Han}.\n");

        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = book.Path, Formats = OutputFormats.Epub });

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingGlyphs);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Book_yml_turns_system_fonts_on_or_off(string value, bool expected)
    {
        var diagnostics = new DiagnosticBag();

        var manifest = BookManifestReader.Read($"title: T\npdf:\n  systemFonts: {value}\n", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(expected, manifest!.Pdf.ToSettings("en").SystemFonts);
    }

    [Fact]
    public void System_fonts_are_off_unless_asked_for_and_a_wrong_value_is_a_type_error()
    {
        var diagnostics = new DiagnosticBag();

        var manifest = BookManifestReader.Read("title: T\npdf:\n  systemFonts: sometimes\n", diagnostics);

        Assert.False(manifest!.Pdf.ToSettings("en").SystemFonts);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.ManifestWrongType, error.Code);
        Assert.Equal(3, error.Location?.Line);
    }
}
