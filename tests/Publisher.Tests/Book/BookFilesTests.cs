using Publisher.Book;
using SkiaSharp;

namespace Publisher.Tests.Book;

public sealed class BookFilesTests : IDisposable
{
    private readonly TempDirectory _outside = new();
    private readonly BookFolder _book = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose()
    {
        _book.Dispose();
        _outside.Dispose();
    }

    private BookFiles Files => _files ??= new BookFiles(_book.Root);
    private BookFiles? _files;

    private static SourceLocation Chapter(int line = 3, int column = 1) => new("content/11-ai.md", line, column);

    private ImageResource? Load(string reference, SourceLocation? at = null) => Files.LoadImage(reference, at ?? Chapter(), _diagnostics);

    private IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.ToSortedList();

    [Fact]
    public void An_image_path_from_a_chapter_resolves_against_the_book_root_when_not_beside_the_chapter()
    {
        _book.File("images/11-1.png", TestImages.Png(20, 10));

        var image = Load("images/11-1.png");

        Assert.Empty(Diagnostics);
        Assert.NotNull(image);
        Assert.Equal("images/11-1.png", image.SourcePath);
        Assert.Equal("images/11-1.png", image.Href);
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal((20, 10), (image.PixelWidth, image.PixelHeight));
    }

    [Fact]
    public void An_image_beside_the_chapter_wins_over_one_at_the_root()
    {
        _book.File("images/pic.png", TestImages.Png(10, 10)).File("content/images/pic.png", TestImages.Png(30, 30));

        var image = Load("images/pic.png");

        Assert.Equal("content/images/pic.png", image!.SourcePath);
        Assert.Equal(30, image.PixelWidth);
    }

    [Fact]
    public void Relative_paths_that_climb_to_the_root_stay_inside_the_book()
    {
        _book.File("images/pic.png", TestImages.Png(10, 10));

        Assert.Equal("images/pic.png", Load("../images/pic.png")!.SourcePath);
        Assert.Equal("images/pic.png", Load("./../images/./pic.png")!.SourcePath);
        Assert.Empty(Diagnostics);
    }

    [Fact]
    public void References_are_url_decoded_and_lose_query_and_fragment()
    {
        _book.File("images/my pic ü.png", TestImages.Png(4, 4));

        var image = Load("images/my%20pic%20%C3%BC.png?v=2#frag");

        Assert.Empty(Diagnostics);
        Assert.Equal("images/my pic ü.png", image!.SourcePath);
        Assert.Equal("images/my-pic.png", image.Href);
    }

    [Fact]
    public void A_missing_image_is_an_error_naming_every_path_looked_for()
    {
        _book.File("images/11-1.PNG", TestImages.Png(4, 4));

        Assert.Null(Load("images/11-1.png", Chapter(7, 3)));

        var error = DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.ImageMissing, "content/11-ai.md", 7, 3);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("'content/images/11-1.png' and 'images/11-1.png'", error.Message);
        if (!OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS())
        {
            Assert.Equal("did you mean 'images/11-1.PNG'?", error.Hint);
        }
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../../../../../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://example.com/a.png")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("..\\..\\etc\\passwd")]
    public void Paths_that_escape_the_book_are_refused(string reference)
    {
        Assert.Null(Load(reference, Chapter(5, 2)));

        var error = DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.PathEscapesBook, "content/11-ai.md", 5, 2);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Empty(Files.LoadedImages);
    }

    [Fact]
    public void A_symlink_to_a_file_outside_the_book_is_refused()
    {
        var target = _outside.Write("secret.png", TestImages.Png(5, 5));
        Directory.CreateDirectory(_book.FullPath("images"));
        File.CreateSymbolicLink(_book.FullPath("images/evil.png"), target);

        Assert.Null(Load("images/evil.png"));

        DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.PathEscapesBook, "content/11-ai.md", 3, 1);
        Assert.Empty(Files.LoadedImages);
    }

    [Fact]
    public void A_symlinked_folder_pointing_outside_the_book_is_refused()
    {
        _outside.Write("pics/a.png", TestImages.Png(5, 5));
        Directory.CreateSymbolicLink(_book.FullPath("images"), Path.Combine(_outside.Path, "pics"));

        Assert.Null(Load("images/a.png"));

        DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.PathEscapesBook, "content/11-ai.md", 3, 1);
    }

    [Fact]
    public void A_dangling_symlink_to_outside_is_refused_and_a_symlink_inside_the_book_is_fine()
    {
        _book.File("art/real.png", TestImages.Png(6, 6));
        Directory.CreateDirectory(_book.FullPath("images"));
        File.CreateSymbolicLink(_book.FullPath("images/inside.png"), "../art/real.png");
        File.CreateSymbolicLink(_book.FullPath("images/gone.png"), Path.Combine(_outside.Path, "gone.png"));

        Assert.Equal(6, Load("images/inside.png")!.PixelWidth);
        Assert.Null(Load("images/gone.png"));

        DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.PathEscapesBook, "content/11-ai.md", 3, 1);
    }

    [Fact]
    public void A_book_reached_through_a_symlinked_folder_still_reads_its_own_images()
    {
        _book.File("images/a.png", TestImages.Png(5, 5));
        var link = Path.Combine(_outside.Path, "book-link");
        Directory.CreateSymbolicLink(link, _book.Root);

        var image = new BookFiles(link).LoadImage("images/a.png", Chapter(), _diagnostics);

        Assert.NotNull(image);
        Assert.Empty(Diagnostics);
    }

    [Fact]
    public void A_truncated_png_is_an_error()
    {
        var png = TestImages.Png(200, 200);
        _book.File("images/cut.png", png[..(png.Length / 2)]);

        Assert.Null(Load("images/cut.png"));

        var error = DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.ImageUnreadable, "content/11-ai.md", 3, 1);
        Assert.Contains("PNG", error.Message);
    }

    [Fact]
    public void A_png_with_only_its_signature_is_an_error() =>
        AssertUnreadable([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "corrupt");

    [Fact]
    public void A_text_file_named_png_is_an_error() =>
        AssertUnreadable("this is not a picture\n"u8.ToArray(), "not a PNG, JPEG, GIF or SVG");

    [Fact]
    public void An_empty_file_is_an_error() => AssertUnreadable([], "empty");

    [Fact]
    public void An_xml_file_that_is_not_svg_is_an_error() => AssertUnreadable("<html><body/></html>"u8.ToArray(), "<html>");

    [Fact]
    public void An_svg_without_its_namespace_is_an_error() =>
        AssertUnreadable("<svg width=\"10\" height=\"10\"></svg>"u8.ToArray(), "xmlns");

    [Fact]
    public void An_svg_that_is_not_well_formed_is_an_error() =>
        AssertUnreadable("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>"u8.ToArray(), "well-formed");

    [Fact]
    public void An_svg_never_expands_external_entities()
    {
        var secret = _outside.Write("secret.txt", "TOP SECRET");
        var svg = $"<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file://{secret}\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";

        AssertUnreadable(System.Text.Encoding.UTF8.GetBytes(svg), "well-formed");
    }

    private void AssertUnreadable(byte[] content, string expectedWords)
    {
        _book.File("images/bad.png", content);

        Assert.Null(Load("images/bad.png"));

        var error = DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.ImageUnreadable, "content/11-ai.md", 3, 1);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(expectedWords, error.Message);
    }

    [Fact]
    public void Media_types_come_from_the_content_not_the_name()
    {
        _book.File("images/a.png", TestImages.Png(3, 2))
            .File("images/photo.png", TestImages.Jpeg(8, 6))
            .File("images/b.jpeg", TestImages.Jpeg(4, 4))
            .File("images/c.gif", TestImages.Gif())
            .File("images/d.svg", TestImages.Svg("width=\"120\" height=\"80\""));

        var images = new[] { "a.png", "photo.png", "b.jpeg", "c.gif", "d.svg" }.Select(name => Load("images/" + name)!).ToList();

        Assert.Empty(Diagnostics);
        Assert.Equal(["image/png", "image/jpeg", "image/jpeg", "image/gif", "image/svg+xml"], images.Select(i => i.MediaType));
        Assert.Equal(["images/a.png", "images/photo.jpg", "images/b.jpeg", "images/c.gif", "images/d.svg"], images.Select(i => i.Href));
        Assert.Equal([(3, 2), (8, 6), (4, 4), (1, 1), (120, 80)], images.Select(i => (i.PixelWidth, i.PixelHeight)));
        Assert.True(images[4].IsSvg);
    }

    [Theory]
    [InlineData("viewBox=\"0 0 400 300\"", 400, 300)]
    [InlineData("width=\"200\" viewBox=\"0 0 400 300\"", 200, 150)]
    [InlineData("height=\"30\" viewBox=\"0,0,40,10\"", 120, 30)]
    [InlineData("width=\"1in\" height=\"72pt\"", 96, 96)]
    [InlineData("width=\"100%\" height=\"100%\" viewBox=\"0 0 64 32\"", 64, 32)]
    [InlineData("", 300, 150)]
    public void Svg_sizes_come_from_width_height_and_viewbox(string attributes, int width, int height)
    {
        _book.File("images/s.svg", TestImages.Svg(attributes));

        var image = Load("images/s.svg")!;

        Assert.Equal((width, height), (image.PixelWidth, image.PixelHeight));
    }

    [Fact]
    public void A_huge_png_is_downscaled_to_4000_pixels_on_its_longer_side_with_a_note()
    {
        _book.File("images/wide.png", TestImages.Png(4800, 1200));

        var image = Load("images/wide.png")!;

        var note = DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.ImageDownscaled, "content/11-ai.md", 3, 1);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Contains("4800 x 1200", note.Message);
        Assert.Equal((4000, 1000), (image.PixelWidth, image.PixelHeight));
        Assert.Equal((4000, 1000, SKEncodedImageFormat.Png), TestImages.Inspect(image.Data));
        Assert.Equal("image/png", image.MediaType);
    }

    [Fact]
    public void A_huge_jpeg_stays_a_jpeg_and_keeps_its_picture()
    {
        _book.File("images/tall.jpg", TestImages.Jpeg(1000, 5000));

        var image = Load("images/tall.jpg")!;

        Assert.Equal((800, 4000, SKEncodedImageFormat.Jpeg), TestImages.Inspect(image.Data));
        using var bitmap = SKBitmap.Decode(image.Data);
        // The left half of the fixture is blue, the right half white; the box filter keeps both.
        Assert.True(bitmap.GetPixel(100, 2000).Blue > 150 && bitmap.GetPixel(100, 2000).Red < 120);
        Assert.True(bitmap.GetPixel(700, 2000).Red > 240);
    }

    [Fact]
    public void A_huge_jpeg_cut_short_is_reported_as_truncated_at_the_row_where_its_data_ends()
    {
        var jpeg = TestImages.Jpeg(1000, 5000);
        _book.File("images/cut.jpg", jpeg[..(jpeg.Length / 2)]);

        Assert.Null(Load("images/cut.jpg"));

        var error = DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.ImageUnreadable, "content/11-ai.md", 3, 1);
        Assert.Matches(@"corrupt or truncated \(the image data ends or is damaged at row \d+ of \d+\)", error.Message);
    }

    [Fact]
    public void An_image_is_read_once_and_listed_once_in_first_use_order()
    {
        _book.File("images/b.png", TestImages.Png(2, 2)).File("images/a.png", TestImages.Png(2, 2));

        var first = Load("images/b.png");
        var second = Load("images/a.png", new SourceLocation("content/12-next.md", 1, 1));
        var again = Load("../images/b.png", new SourceLocation("content/12-next.md", 9, 1));

        Assert.Same(first, again);
        Assert.Equal([first!, second!], Files.LoadedImages);
    }

    [Fact]
    public void A_broken_image_is_reported_at_every_place_it_is_used()
    {
        _book.File("images/bad.png", "text"u8.ToArray());

        Load("images/bad.png", Chapter(1, 1));
        Load("images/bad.png", Chapter(9, 4));

        Assert.Equal(2, Diagnostics.Count(d => d.Code == DiagnosticCodes.ImageUnreadable));
    }

    [Fact]
    public void Images_with_the_same_name_in_different_folders_get_distinct_hrefs()
    {
        _book.File("images/fig.png", TestImages.Png(2, 2))
            .File("content/fig.png", TestImages.Png(3, 3))
            .File("content/more/FIG.png", TestImages.Png(4, 4));

        var hrefs = new[]
        {
            Load("../images/fig.png")!.Href,
            Load("fig.png")!.Href,
            Load("more/FIG.png")!.Href,
        };

        Assert.Equal(["images/fig.png", "images/fig-2.png", "images/FIG-3.png"], hrefs);
    }

    [Fact]
    public void Numbered_hrefs_skip_a_name_that_a_file_already_has()
    {
        _book.File("images/fig-2.png", TestImages.Png(2, 2))
            .File("a/fig.png", TestImages.Png(3, 3))
            .File("b/fig.png", TestImages.Png(4, 4))
            .File("c/fig.png", TestImages.Png(5, 5));

        var hrefs = new[] { "../images/fig-2.png", "../a/fig.png", "../b/fig.png", "../c/fig.png" }.Select(path => Load(path)!.Href);

        Assert.Equal(["images/fig-2.png", "images/fig.png", "images/fig-3.png", "images/fig-4.png"], hrefs);
    }

    [Theory]
    [InlineData("./12-ethics.md", "content/11-ai.md", "content/12-ethics.md")]
    [InlineData("12-ethics.md#the-end", "content/11-ai.md", "content/12-ethics.md")]
    [InlineData("../appendix/a%20b.md?x=1", "content/11-ai.md", "appendix/a b.md")]
    [InlineData("content/12-ethics.md", "content/11-ai.md", "content/12-ethics.md")]
    [InlineData("../../outside.md", "content/11-ai.md", null)]
    [InlineData("../outside.md", "intro.md", null)]
    [InlineData("/etc/x.md", "content/11-ai.md", null)]
    [InlineData("https://example.com/x.md", "content/11-ai.md", null)]
    [InlineData("", "content/11-ai.md", null)]
    public void Chapter_links_resolve_to_book_relative_paths(string reference, string from, string? expected)
    {
        _book.File("content/12-ethics.md", "# Ethics");

        Assert.Equal(expected, Files.ResolveChapterPath(reference, from));
    }

    [Fact]
    public void A_chapter_link_through_a_symlink_out_of_the_book_resolves_to_null()
    {
        var target = _outside.Write("x.md", "# outside");
        Directory.CreateDirectory(_book.FullPath("content"));
        File.CreateSymbolicLink(_book.FullPath("content/x.md"), target);

        Assert.Null(Files.ResolveChapterPath("x.md", "content/11-ai.md"));
    }
}
