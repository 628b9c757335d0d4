using Publisher.Benchmarks;

namespace Publisher.Tests.Benchmarks;

public sealed class SyntheticMdBookTests : IDisposable
{
    private const int Chapters = 12;
    private readonly TempDirectory _folder = new();

    public SyntheticMdBookTests() => SyntheticMdBook.Write(_folder.Path, Chapters);

    [Fact]
    public void The_synthetic_mdbook_is_recognised_and_checks_clean_with_every_chapter_nested_as_its_summary_says()
    {
        var result = BookPublisher.Check(new PublishOptions { BookDirectory = _folder.Path });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.StartsWith("mdBook (book.toml, src/SUMMARY.md)", result.Layout, StringComparison.Ordinal);
        Assert.Equal(Chapters, result.Contents.Count(item => item.File is not null));
        Assert.Equal(
            [(0, "Introduction"), (0, "Part 1"), (1, "1. Chapter 2"), (2, "1.1. Chapter 3"), (2, "1.2. Chapter 4")],
            result.Contents.Take(5).Select(item => (item.Depth, item.Title)));
    }

    [Fact]
    public void Sub_chapters_open_with_a_level_two_heading_and_every_chapter_includes_its_listing()
    {
        var third = File.ReadAllText(Path.Combine(_folder.Path, "src", SyntheticBook.ChapterFileName(3, Chapters)));
        var second = File.ReadAllText(Path.Combine(_folder.Path, "src", SyntheticBook.ChapterFileName(2, Chapters)));

        Assert.StartsWith("## Chapter 3", third, StringComparison.Ordinal);
        Assert.StartsWith("# Chapter 2", second, StringComparison.Ordinal);
        Assert.Contains("{{#include ../listings/ch003.rs:body}}", third);
        Assert.Contains("{{#rustdoc_include ../listings/ch003.rs:3:5}}", third);
        Assert.Contains("(./04-chapter-4.html)", third);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "listings", "ch003.rs")));
    }

    public void Dispose() => _folder.Dispose();
}
