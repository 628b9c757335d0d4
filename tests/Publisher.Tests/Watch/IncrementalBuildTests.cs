using Publisher.Benchmarks;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Watch;

/// <summary>
/// The watch's rebuilds reuse what did not change (parsed and converted chapters, checked images, laid-out chapters)
/// and still write exactly the bytes a one-off build of the same files writes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly DateTimeOffset Timestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _book = new();
    private TempDirectory? _mdBook;
    private string _root;
    private readonly BuildCaches _caches = new();

    public IncrementalBuildTests()
    {
        SyntheticBook.Write(_book.Path, chapters: 3);
        _root = _book.Path;
    }

    [Fact]
    public void Every_rebuild_writes_the_bytes_a_clean_build_of_the_same_files_writes()
    {
        AssertSameAsCleanBuild(Rebuild(), "first build");

        Edit("content/02-chapter-2.md", text => text.Replace("# Chapter 2:", "# Chapter Two:", StringComparison.Ordinal));
        AssertSameAsCleanBuild(Rebuild(), "a chapter title renamed");

        Edit("content/01-chapter-1.md", text => text + "\n" + string.Concat(Enumerable.Repeat("A page more of text for the first chapter. ", 120)) + "\n");
        AssertSameAsCleanBuild(Rebuild(), "the first chapter one page longer, so the later ones move");

        File.WriteAllBytes(Path.Combine(_book.Path, "images/01-1.png"), SyntheticImages.Png(seed: 7, width: 300, height: 500));
        AssertSameAsCleanBuild(Rebuild(), "a picture replaced by one of another shape");

        Edit("content/03-chapter-3.md", text => text + "\n![The first chapter's chart again](images/01-1.png)\n");
        AssertSameAsCleanBuild(Rebuild(), "a picture shown by two chapters");

        Edit("content/03-chapter-3.md", text => text + "\nA sentence more in one of the two chapters that show the chart.\n");
        AssertSameAsCleanBuild(Rebuild(), "one of two chapters that show a picture edited (the PDF still holds it once)");

        _book.Write("content/04-chapter-4.md", "# An Added Chapter\n\nIt links back to [the start](01-chapter-1.md).\n");
        AssertSameAsCleanBuild(Rebuild(), "a chapter added");

        Edit("content/01-chapter-1.md", text => text + "\n[Broken](./missing-chapter.md)\n");
        Assert.False(Rebuild().Succeeded);
        Edit("content/01-chapter-1.md", text => text.Replace("\n[Broken](./missing-chapter.md)\n", "", StringComparison.Ordinal));
        AssertSameAsCleanBuild(Rebuild(), "an error made and mended");

        File.Delete(Path.Combine(_book.Path, "content/02-chapter-2.md"));
        Edit("content/01-chapter-1.md", text => text.Replace("02-chapter-2.md", "04-chapter-4.md", StringComparison.Ordinal));
        AssertSameAsCleanBuild(Rebuild(), "a chapter removed");

        Edit("book.yml", text => text.Replace("title: A Synthetic Book", "title: A Renamed Book", StringComparison.Ordinal) + "pdf:\n  pageSize: A5\n");
        AssertSameAsCleanBuild(Rebuild(), "the title and the page size changed");

        Edit("book.yml", text => text.Replace("language: en", "language: de", StringComparison.Ordinal));
        AssertSameAsCleanBuild(Rebuild(), "the book's language changed (the pages' lang, hyphenation)");

        _book.Write("fonts/body.ttf", TestFonts.NotoSans);
        Edit("book.yml", text => text + "fonts:\n  serif: fonts/body.ttf\n");
        AssertSameAsCleanBuild(Rebuild(), "a font of the book's own");

        _book.Write("fonts/body.ttf", TestFonts.JetBrainsMono);
        AssertSameAsCleanBuild(Rebuild(), "the book's font file replaced");
    }

    [Fact]
    public void Replacing_the_books_font_file_lays_out_every_chapter_again_and_parses_none()
    {
        _book.Write("fonts/body.ttf", TestFonts.NotoSans);
        Edit("book.yml", text => text + "fonts:\n  serif: fonts/body.ttf\n");
        Assert.True(Rebuild().Succeeded);

        _book.Write("fonts/body.ttf", TestFonts.JetBrainsMono);
        var rebuilt = Rebuild(out var work);
        Assert.True(rebuilt.Succeeded);

        Assert.Equal((0, 0, 3), (work.ChaptersParsed, work.ChaptersConverted, work.ChaptersLaidOut));
        Assert.Equal(PdfReadBack.PageLabels(Pdf(rebuilt)).Count, work.PagesPainted);
        // The SVGs' text is drawn in the book's faces, so they are drawn again; the PNGs are not encoded again.
        Assert.Equal(Directory.GetFiles(Path.Combine(_book.Path, "images"), "*.svg").Length, work.PicturesPrepared);
    }

    [Fact]
    public void Saving_one_chapter_parses_and_lays_out_only_that_chapter_and_keeps_the_others_documents()
    {
        var first = Rebuild();
        var pagesBefore = ChapterPages.Of(Pdf(first));
        Edit("content/02-chapter-2.md", text => text + "\nOne more sentence at the end.\n");
        var second = Rebuild(out var work);

        Assert.Equal((1, 1, 1), (work.ChaptersParsed, work.ChaptersConverted, work.ChaptersLaidOut));
        var pagesAfter = ChapterPages.Of(Pdf(second));
        Assert.Equal(pagesAfter.RepaintedSince(pagesBefore, edited: 1), work.PagesPainted);
        Assert.True(work.PagesPainted <= pagesAfter.Total - pagesAfter.Length(0), "the first chapter's pages were painted again");
        Assert.Equal(0, work.PicturesPrepared);
        Assert.Equal(pagesAfter.RedoneSince(pagesBefore, edited: 1).Count(), work.EpubChaptersWritten);
        Assert.Same(first.Document!.Chapters[0], second.Document!.Chapters[0]);
        Assert.NotSame(first.Document.Chapters[1], second.Document.Chapters[1]);
        Assert.Same(first.Document.Chapters[2], second.Document.Chapters[2]);
    }

    [Fact]
    public void Renaming_a_heading_converts_again_the_chapter_that_links_to_it_and_no_other()
    {
        var heading = File.ReadLines(Path.Combine(_book.Path, "content/03-chapter-3.md")).First(line => line.StartsWith("## ", StringComparison.Ordinal))[3..];
        var anchor = heading.ToLowerInvariant().Replace(' ', '-');
        Edit("content/01-chapter-1.md", text => text + $"\nSee [the section](03-chapter-3.md#{anchor}).\n");
        Assert.True(Rebuild().Succeeded);

        Edit("content/03-chapter-3.md", text => text.Replace($"## {heading}\n", "## A Renamed Section\n", StringComparison.Ordinal));
        var renamed = Rebuild(out var work);

        // The link now points nowhere, so the build stops before layout.
        Assert.Equal(new BuildWork(ChaptersParsed: 1, ChaptersConverted: 2, ChaptersLaidOut: 0, PagesPainted: 0, PicturesPrepared: 0, EpubChaptersWritten: 0), work);
        var broken = Assert.Single(renamed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("PUB202", "content/01-chapter-1.md"), (broken.Code, broken.Location?.File));
    }

    [Fact]
    public void A_changed_picture_converts_again_only_the_chapters_that_show_it()
    {
        var first = Rebuild();
        Assert.True(first.Succeeded);
        var pagesBefore = ChapterPages.Of(Pdf(first));

        File.WriteAllBytes(Path.Combine(_book.Path, "images/03-1.png"), SyntheticImages.Png(seed: 11));
        var rebuilt = Rebuild(out var work);

        Assert.Equal((0, 1, 1), (work.ChaptersParsed, work.ChaptersConverted, work.ChaptersLaidOut));
        Assert.Equal(1, work.PicturesPrepared);
        Assert.Equal(ChapterPages.Of(Pdf(rebuilt)).RepaintedSince(pagesBefore, edited: 2), work.PagesPainted);
    }

    [Fact]
    public void A_failed_build_keeps_the_laid_out_chapters_for_the_next_one()
    {
        Assert.True(Rebuild().Succeeded);
        Edit("content/02-chapter-2.md", text => text + "\n![gone](images/no-such-picture.png)\n");
        Assert.False(Rebuild().Succeeded);
        Edit("content/02-chapter-2.md", text => text.Replace("\n![gone](images/no-such-picture.png)\n", "", StringComparison.Ordinal));

        Assert.True(Rebuild(out var work).Succeeded);
        Assert.Equal(1, work.ChaptersLaidOut);
    }

    [Fact]
    public void An_mdbooks_rebuilds_write_the_bytes_a_clean_build_writes()
    {
        _mdBook = FixtureBooks.CopyToTemp(FixtureBooks.MdBookBook);
        _root = _mdBook.Path;
        AssertSameAsCleanBuild(Rebuild(), "first build");

        Edit("src/SUMMARY.md", text => text.Replace("# Reference", "# Reference Manual", StringComparison.Ordinal));
        AssertSameAsCleanBuild(Rebuild(), "a part renamed (its title page)");

        Edit("src/setup/wiring.md", text => text + "\n" + string.Concat(Enumerable.Repeat("The wiring takes a page more to explain. ", 120)) + "\n");
        AssertSameAsCleanBuild(Rebuild(), "a chapter a page longer, so the parts after it move");

        Edit("listings/ratings.txt", text => text.Replace("\n", " (checked)\n", StringComparison.Ordinal));
        AssertSameAsCleanBuild(Rebuild(), "an included file changed");
    }

    public void Dispose()
    {
        _book.Dispose();
        _mdBook?.Dispose();
    }

    private BuildOutcome Rebuild() => Rebuild(out _);

    private BuildOutcome Rebuild(out BuildWork work)
    {
        var outcome = BookBuild.Run(Options("incremental"), _caches);
        work = _caches.Sweep();
        return outcome;
    }

    private static string Pdf(BuildOutcome outcome) => outcome.Artifacts.Single(path => path.EndsWith(".pdf", StringComparison.Ordinal));

    private void AssertSameAsCleanBuild(BuildOutcome incremental, string after)
    {
        Assert.True(incremental.Succeeded, $"{after}: {string.Join("\n", incremental.Diagnostics)}");
        var clean = BookBuild.Run(Options("clean"));
        Assert.True(clean.Succeeded, after);
        Assert.Equal(clean.Diagnostics, incremental.Diagnostics);
        Assert.Equal(clean.Artifacts.Select(Path.GetFileName), incremental.Artifacts.Select(Path.GetFileName));
        foreach (var (cleanFile, incrementalFile) in clean.Artifacts.Zip(incremental.Artifacts))
        {
            Assert.True(File.ReadAllBytes(cleanFile).AsSpan().SequenceEqual(File.ReadAllBytes(incrementalFile)), $"{after}: {Path.GetFileName(cleanFile)} differs");
        }
    }

    private PublishOptions Options(string output) => new()
    {
        BookDirectory = _root,
        OutputDirectory = Path.Combine(_root, "out-" + output),
        Timestamp = Timestamp,
    };

    private void Edit(string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(_root, relativePath);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }
}
