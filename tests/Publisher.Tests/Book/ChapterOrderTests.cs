using Publisher.Book;

namespace Publisher.Tests.Book;

public sealed class ChapterOrderTests
{
    [Fact]
    public void Chapters_are_ordered_by_numeric_prefix_not_by_text()
    {
        string[] files = ["10-end.md", "2-two.md", "1-one.md", "02b-extra.md", "appendix.md", "Afterword.md", "003-three.md"];

        var ordered = files.Order(ChapterOrder.Instance).ToArray();

        Assert.Equal(["1-one.md", "02b-extra.md", "2-two.md", "003-three.md", "10-end.md", "Afterword.md", "appendix.md"], ordered);
    }

    [Fact]
    public void Huge_numeric_prefixes_do_not_overflow()
    {
        string[] files = ["99999999999999999999999-b.md", "100000000000000000000000-a.md", "5-c.md"];

        Assert.Equal(["5-c.md", "99999999999999999999999-b.md", "100000000000000000000000-a.md"], files.Order(ChapterOrder.Instance));
    }

    [Fact]
    public void Content_chapters_load_in_natural_order_and_other_files_are_ignored()
    {
        using var book = new BookFolder()
            .Manifest("title: Order")
            .File("content/10-ten.md", "# Ten")
            .File("content/2-two.md", "# Two")
            .File("content/notes.txt", "not a chapter")
            .File("content/.draft.md", "# hidden draft")
            .File("content/nested/1-deep.md", "# not top-level");

        var (source, diagnostics) = book.Load();

        Assert.Empty(diagnostics);
        Assert.Equal(["content/2-two.md", "content/10-ten.md"], source!.Chapters.Select(c => c.RelativePath));
        Assert.Equal([0, 1], source.Chapters.Select(c => c.Index));
    }

    [Fact]
    public void A_chapters_list_in_book_yml_sets_the_reading_order()
    {
        using var book = new BookFolder()
            .Manifest("title: Listed\nchapters:\n  - content/b.md\n  - extra/a.md\n")
            .File("content/b.md", "# B")
            .File("extra/a.md", "# A")
            .File("content/01-unlisted.md", "# Not in the list");

        var (source, diagnostics) = book.Load();

        Assert.Empty(diagnostics);
        Assert.Equal(["content/b.md", "extra/a.md"], source!.Chapters.Select(c => c.RelativePath));
    }
}
