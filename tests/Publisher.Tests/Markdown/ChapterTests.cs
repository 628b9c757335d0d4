namespace Publisher.Tests.Markdown;

public sealed class ChapterTests
{
    [Fact]
    public void Chapters_get_ids_by_position_and_titles_from_their_first_h1()
    {
        var chapters = Enumerable.Range(1, 12)
            .Select(i => ($"content/{i:00}-part.md", $"Intro text.\n\n# Part {i}\n\n# Second H1\n"))
            .ToList();

        var built = MarkdownBook.Build(chapters);

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"ch{i:00}"), built.Document.Chapters.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"Part {i}"), built.Document.Chapters.Select(c => c.Title));
        Assert.Equal(Enumerable.Range(0, 12), built.Document.Chapters.Select(c => c.Index));
        Assert.Empty(built.Diagnostics);
    }

    [Fact]
    public void A_chapter_without_h1_is_named_after_its_file_with_a_warning()
    {
        var built = MarkdownBook.Build([("content/03-getting_started.md", "Text first.\n\n## Only a subheading\n")]);

        Assert.Equal("Getting started", built.Chapter.Title);
        var warning = built.Single(DiagnosticCodes.ChapterWithoutTitle);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("content/03-getting_started.md", 1, 1), warning.Location);
    }

    [Fact]
    public void Duplicate_chapter_titles_are_reported_at_the_second_title_and_ids_stay_unique()
    {
        var built = MarkdownBook.Build([
            ("content/01-a.md", "# Notes\n"),
            ("content/02-b.md", "Intro.\n\n# Notes\n"),
        ]);

        var warning = built.Single(DiagnosticCodes.DuplicateChapterTitle);
        Assert.Equal(new SourceLocation("content/02-b.md", 3, 1), warning.Location);
        Assert.Contains("content/01-a.md", warning.Message);
        Assert.Equal(["ch01", "ch02"], built.Document.Chapters.Select(c => c.Id));
    }
}
