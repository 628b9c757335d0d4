using Publisher.Book;

namespace Publisher.Tests.Book;

/// <summary>
/// What a build read, as the watch needs it: every file the Book stage opened, every place it looked in vain and the
/// folder it listed, and which of them changed since.
/// </summary>
public sealed class BookInputsTests : IDisposable
{
    private readonly BookFolder _book = new BookFolder()
        .Manifest("title: Inputs\ncover: images/cover.png\n")
        .File("content/01-one.md", "# One\n\n![A picture](../images/a.png)\n\n![Missing](missing.png)\n")
        .File("content/02-two.md", "# Two\n")
        .File("images/a.png", TestImages.Png(2, 2))
        .File("images/cover.png", TestImages.Png(3, 3))
        .File("images/unused.png", TestImages.Png(4, 4))
        .File("notes.txt", "not part of the book");

    private readonly BookInputs _inputs = new();

    public BookInputsTests() => Read();

    public void Dispose() => _book.Dispose();

    [Fact]
    public void The_book_yml_the_chapters_and_the_pictures_read_are_recorded_and_nothing_else()
    {
        Assert.Equal(
            ["book.yml", "content/01-one.md", "content/02-two.md", "images/a.png", "images/cover.png"],
            _inputs.Files.Select(Relative).Order(StringComparer.Ordinal));
        Assert.Equal(["", "content", "images"], _inputs.Folders.Select(Relative));
    }

    [Fact]
    public void An_unchanged_book_has_no_changes()
    {
        Assert.Empty(_inputs.Changed());
    }

    [Theory]
    [InlineData("content/02-two.md")]
    [InlineData("book.yml")]
    [InlineData("images/a.png")]
    public void Saving_a_file_the_build_read_is_a_change(string file)
    {
        _book.File(file, "changed");

        Assert.Equal([file], _inputs.Changed().Select(Relative));
    }

    [Fact]
    public void Deleting_a_file_the_build_read_is_a_change()
    {
        File.Delete(_book.FullPath("images/cover.png"));

        Assert.Equal(["images/cover.png"], _inputs.Changed().Select(Relative));
    }

    [Fact]
    public void A_missing_picture_that_appears_where_it_was_looked_for_is_a_change()
    {
        _book.File("missing.png", TestImages.Png(2, 2));

        Assert.Equal(["missing.png"], _inputs.Changed().Select(Relative));
    }

    [Fact]
    public void A_new_chapter_file_in_the_chapter_folder_is_a_change_but_an_editors_swap_file_is_not()
    {
        _book.File("content/.01-one.md.swp", "swap").File("content/draft.txt", "not a chapter");
        Assert.Empty(_inputs.Changed());

        _book.File("content/03-three.md", "# Three\n");
        Assert.Equal(["content"], _inputs.Changed().Select(Relative));
    }

    [Fact]
    public void Files_the_book_does_not_read_are_no_change()
    {
        _book.File("notes.txt", "changed").File("images/unused.png", TestImages.Png(5, 5));

        Assert.Empty(_inputs.Changed());
    }

    [Fact]
    public void A_book_yml_that_appears_is_a_change_when_there_was_none()
    {
        File.Delete(_book.FullPath("book.yml"));
        var inputs = new BookInputs();
        _book.Load(request => request with { Inputs = inputs });
        Assert.Empty(inputs.Changed());

        _book.Manifest("title: Back again\n");

        Assert.Equal(["book.yml"], inputs.Changed().Select(Relative));
    }

    [Fact]
    public void The_books_own_font_files_are_inputs_too()
    {
        _book.File("fonts/body.ttf", TestFonts.NotoSerif).Manifest("title: Inputs\nfonts:\n  serif: fonts/body.ttf\n  fallback:\n    - fonts/cjk.ttf\n");
        var inputs = new BookInputs();
        _book.Load(request => request with { Inputs = inputs });

        Assert.Contains("fonts/body.ttf", inputs.Files.Select(Relative));
        _book.File("fonts/cjk.ttf", TestFonts.NotoSans);
        Assert.Equal(["fonts/cjk.ttf"], inputs.Changed().Select(Relative));
    }

    [Fact]
    public void The_folder_watched_for_a_missing_file_is_the_nearest_one_that_exists()
    {
        var inputs = new BookInputs();
        inputs.PathMissing(_book.FullPath("figures/2024/plot.png"));

        Assert.Equal([""], inputs.Folders.Select(Relative));
    }

    private void Read()
    {
        var (source, _) = _book.Load(request => request with { Inputs = _inputs });
        Assert.NotNull(source);
        // Pictures are read when the chapters are converted; the Book stage's file access is what records them.
        foreach (var chapter in source.Chapters)
        {
            foreach (var reference in new[] { "../images/a.png", "missing.png" }.Where(r => chapter.Text.Contains(r, StringComparison.Ordinal)))
            {
                source.Files.LoadImage(reference, new SourceLocation(chapter.RelativePath, 3, 1), new DiagnosticBag());
            }
        }
    }

    private string Relative(string fullPath)
    {
        var relative = Path.GetRelativePath(_book.Root, fullPath).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }
}
