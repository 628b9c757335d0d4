using Publisher.Book;
using SkiaSharp;

namespace Publisher.Tests.Book;

/// <summary>
/// The font files book.yml names are read from the book folder and checked before anything is written: a missing
/// file, a file that is not a font, a face a collection does not have, a path outside the book, each with book.yml's
/// line and column. A face of a collection reaches the writers as a font file of its own.
/// </summary>
public sealed class BookFontLoaderTests
{
    private const string Chapter = "# One\n\nText.\n";

    [Fact]
    public void A_font_file_that_is_not_there_is_an_error_that_suggests_the_file_meant()
    {
        using var book = FontBook.Create("fonts:\n  serif: fonts/Literata-Regular.ttf\n", Chapter, ("fonts/Literata-Regualr.ttf", TestFonts.NotoSerif));

        var error = Single(book, DiagnosticCodes.FontFileMissing);

        Assert.Equal(new SourceLocation("book.yml", 4, 10), error.Location);
        Assert.Contains("'fonts/Literata-Regular.ttf' not found", error.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'fonts/Literata-Regualr.ttf'?", error.Hint);
    }

    [Theory]
    [InlineData("This is a text file with a font's name.\n", "not a TrueType or OpenType font")]
    [InlineData("wOF2 a web font, compressed ....\n", "WOFF web font")]
    [InlineData("ttcf", "not a TrueType or OpenType font")]
    public void A_file_that_is_not_a_font_is_an_error_that_says_why(string content, string reason)
    {
        using var book = FontBook.Create("fonts:\n  fallback:\n    - fonts/broken.ttf\n", Chapter);
        book.Write("fonts/broken.ttf", content);

        var error = Single(book, DiagnosticCodes.FontFileUnusable);

        Assert.Equal(new SourceLocation("book.yml", 5, 7), error.Location);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_cut_short_is_an_error_not_a_crash()
    {
        using var book = FontBook.Create("fonts:\n  serif: fonts/cut.ttf\n", Chapter, ("fonts/cut.ttf", TestFonts.NotoSerif[..4096]));

        var error = Single(book, DiagnosticCodes.FontFileUnusable);

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fonts/one.ttf", 1, "the file holds one face (index 0), not a face 1")]
    [InlineData("fonts/two.ttc", 2, "the collection holds 2 faces, so 'index' is 0 to 1, not 2")]
    public void A_face_the_file_does_not_hold_is_an_error_that_says_which_faces_there_are(string file, int index, string message)
    {
        using var book = FontBook.Create(
            $"fonts:\n  sans:\n    file: {file}\n    index: {index}\n",
            Chapter,
            ("fonts/one.ttf", TestFonts.NotoSans),
            ("fonts/two.ttc", TestFonts.Collection(TestFonts.NotoSerif, TestFonts.NotoSans)));

        var error = Single(book, DiagnosticCodes.FontFileUnusable);

        Assert.Equal(new SourceLocation("book.yml", 5, 11), error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.ttf")]
    [InlineData("/opt/house-fonts/Body.ttf")]
    [InlineData("fonts/../../outside.ttf")]
    public void A_font_outside_the_book_folder_is_never_opened(string path)
    {
        using var book = FontBook.Create($"fonts:\n  mono: {path}\n", Chapter);

        var error = Single(book, DiagnosticCodes.PathEscapesBook);

        Assert.Equal(new SourceLocation("book.yml", 4, 9), error.Location);
        Assert.StartsWith($"font '{path}' is not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_that_is_a_link_to_a_file_outside_the_book_is_not_read()
    {
        using var outside = new TempDirectory();
        var target = outside.Write("real.ttf", TestFonts.NotoSans);
        using var book = FontBook.Create("fonts:\n  sans: fonts/link.ttf\n", Chapter);
        Directory.CreateDirectory(Path.Combine(book.Path, "fonts"));
        File.CreateSymbolicLink(Path.Combine(book.Path, "fonts", "link.ttf"), target);

        var error = Single(book, DiagnosticCodes.PathEscapesBook);

        Assert.Equal(4, error.Location?.Line);
    }

    [Fact]
    public void A_face_of_a_collection_reaches_the_writers_as_a_font_file_of_its_own()
    {
        using var book = FontBook.Create(
            "fonts:\n  sans:\n    file: fonts/both.ttc\n    index: 1\n  serif: fonts/both.ttc\n",
            Chapter,
            ("fonts/both.ttc", TestFonts.Collection(TestFonts.NotoSerif, TestFonts.NotoSans)));
        var diagnostics = new DiagnosticBag();

        var fonts = BookLoader.Load(new BookLoadRequest(book.Path), diagnostics)!.Metadata.Fonts;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["Noto Sans", "Noto Serif"], new[] { FontRole.Sans, FontRole.Serif }.Select(role => FamilyOf(fonts.Faces[role].Data)));
        Assert.All(fonts.Faces.Values, font => Assert.Equal([0, 1, 0, 0], font.Data[..4]));
        Assert.All(fonts.Faces.Values, font => Assert.Equal("font/ttf", font.MediaType));
        Assert.Equal("fonts/both.ttc", fonts.Faces[FontRole.Sans].SourcePath);
    }

    [Fact]
    public void A_file_named_for_several_faces_is_read_once()
    {
        using var book = FontBook.Create("fonts:\n  serif: fonts/a.ttf\n  sans: fonts/a.ttf\n  fallback: [fonts/a.ttf]\n", Chapter, ("fonts/a.ttf", TestFonts.JetBrainsMono));
        var diagnostics = new DiagnosticBag();

        var fonts = BookLoader.Load(new BookLoadRequest(book.Path), diagnostics)!.Metadata.Fonts;

        Assert.Same(fonts.Faces[FontRole.Serif], fonts.Faces[FontRole.Sans]);
        Assert.Same(fonts.Faces[FontRole.Serif], Assert.Single(fonts.Fallbacks));
    }

    [Fact]
    public void A_book_with_a_font_error_writes_nothing()
    {
        using var book = FontBook.Create("fonts:\n  serif: fonts/missing.ttf\n", Chapter);

        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = book.Path });

        Assert.False(result.Succeeded);
        Assert.Empty(result.Artifacts);
        Assert.False(Directory.Exists(Path.Combine(book.Path, "artifacts")) && Directory.EnumerateFiles(Path.Combine(book.Path, "artifacts")).Any());
    }

    private static Diagnostic Single(TempDirectory book, string code)
    {
        var result = BookPublisher.Check(new PublishOptions { BookDirectory = book.Path });
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    private static string FamilyOf(byte[] font)
    {
        using var data = SKData.CreateCopy(font);
        using var typeface = SKTypeface.FromData(data);
        return typeface.FamilyName;
    }
}
