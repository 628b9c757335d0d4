using Publisher.Book;

namespace Publisher.Tests.Book;

/// <summary>
/// book.yml's <c>fonts:</c> section: a file for any face, a fallback list, a face of a collection as file and index;
/// what is not understood is reported where it was written.
/// </summary>
public sealed class BookFontsManifestTests
{
    [Fact]
    public void Each_face_key_names_a_file_and_the_fallbacks_keep_their_order()
    {
        var diagnostics = new DiagnosticBag();

        var manifest = BookManifestReader.Read("""
            title: T
            fonts:
              serif: fonts/Body-Regular.ttf
              serifBold: fonts/Body-Bold.ttf
              serifItalic: fonts/Body-Italic.ttf
              serifBoldItalic: fonts/Body-BoldItalic.ttf
              sans: fonts/Head.otf
              sansBold: fonts/Head-Bold.otf
              mono: fonts/Code.ttf
              monoBold: fonts/Code-Bold.ttf
              fallback:
                - fonts/CJK.otf
                - file: fonts/Emoji.ttc
                  index: 2
            """, diagnostics)!;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(8, manifest.Fonts.Faces.Count);
        Assert.Equal("fonts/Body-Bold.ttf", manifest.Fonts.Faces[FontRole.SerifBold].Path);
        Assert.Equal("fonts/Code-Bold.ttf", manifest.Fonts.Faces[FontRole.MonoBold].Path);
        Assert.Equal(new SourceLocation("book.yml", 4, 14), manifest.Fonts.Faces[FontRole.SerifBold].Location);
        Assert.Equal(["fonts/CJK.otf", "fonts/Emoji.ttc"], manifest.Fonts.Fallbacks.Select(f => f.Path));
        Assert.Equal([0, 2], manifest.Fonts.Fallbacks.Select(f => f.Index));
    }

    [Fact]
    public void A_single_fallback_may_be_written_without_a_list()
    {
        var diagnostics = new DiagnosticBag();

        var manifest = BookManifestReader.Read("title: T\nfonts:\n  fallback: fonts/CJK.otf\n", diagnostics)!;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("fonts/CJK.otf", Assert.Single(manifest.Fonts.Fallbacks).Path);
        Assert.Empty(manifest.Fonts.Faces);
    }

    [Fact]
    public void An_unknown_face_key_is_a_warning_at_its_line_that_suggests_the_face_meant()
    {
        var diagnostics = new DiagnosticBag();

        var manifest = BookManifestReader.Read("title: T\nfonts:\n  serif: a.ttf\n  serifbold: b.ttf\n", diagnostics)!;

        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.ManifestUnknownKey, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("book.yml", 4, 3), warning.Location);
        Assert.Contains("fonts.serifbold", warning.Message, StringComparison.Ordinal);
        Assert.Contains("serifBold", warning.Hint, StringComparison.Ordinal);
        Assert.Single(manifest.Fonts.Faces);
    }

    [Theory]
    [InlineData("fonts: fonts/Body.ttf", 2, 8)]
    [InlineData("fonts:\n  serif: [a.ttf, b.ttf]", 3, 10)]
    [InlineData("fonts:\n  serif: ", 3, 9)]
    [InlineData("fonts:\n  mono:\n    file: a.ttc\n    index: first", 5, 12)]
    [InlineData("fonts:\n  mono:\n    index: 1", 4, 5)]
    public void A_value_of_the_wrong_type_is_an_error_at_its_line_and_column(string fonts, int line, int column)
    {
        var diagnostics = new DiagnosticBag();

        BookManifestReader.Read("title: T\n" + fonts + "\n", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.ManifestWrongType, error.Code);
        Assert.Equal(new SourceLocation("book.yml", line, column), error.Location);
    }
}
