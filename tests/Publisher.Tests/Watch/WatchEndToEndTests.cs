using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Watch;

/// <summary>
/// <c>publisher watch</c> as an author uses it, on a copy of the sample book: save a chapter and the PDF and the
/// preview page change; break a picture and the problem shows on the page while the last good PDF stays; fix it and
/// everything recovers, without a restart.
/// </summary>
public sealed class WatchEndToEndTests
{
    private const string Chapter1 = "content/01-introduction.md";
    private const string Chapter2 = "content/02-getting-started.md";
    private const string Picture = "images/pipeline.png";

    [Fact]
    public async Task Saving_a_chapter_rebuilds_its_pdf_pages_and_its_preview_page_and_nothing_else()
    {
        await using var book = await WatchedBook.StartAsync(FixtureBooks.SampleBook);
        var first = await book.NextBuildAsync();
        Assert.True(first.Result.Succeeded, string.Join("\n", first.Result.Diagnostics));
        Assert.Empty(first.Changed);
        Assert.DoesNotContain("Marmalade", await book.GetStringAsync("/ch02.xhtml"), StringComparison.Ordinal);
        var pagesBefore = ChapterPages.Of(book.Pdf);

        book.Save(Chapter2, book.Read(Chapter2) + "\nMarmalade sandwiches keep an author going.\n");
        var second = await book.NextBuildAsync();

        Assert.True(second.Result.Succeeded, string.Join("\n", second.Result.Diagnostics));
        Assert.Equal([Chapter2], second.Changed);
        Assert.Equal((1, 1, 1), (second.Work.ChaptersParsed, second.Work.ChaptersConverted, second.Work.ChaptersLaidOut));
        // The front matter (the contents), the chapter and the chapters it moved are painted again; the first chapter
        // and no picture.
        var pagesAfter = ChapterPages.Of(book.Pdf);
        Assert.Equal(pagesAfter.RepaintedSince(pagesBefore, edited: 1), second.Work.PagesPainted);
        Assert.True(second.Work.PagesPainted <= pagesAfter.Total - pagesAfter.Length(0), "the first chapter's pages were painted again");
        Assert.Equal(0, second.Work.PicturesPrepared);
        Assert.Equal(pagesAfter.RedoneSince(pagesBefore, edited: 1).Count(), second.Work.EpubChaptersWritten);
        Assert.Contains("Marmalade sandwiches keep an author going.", PdfReadBack.Text(book.Pdf), StringComparison.Ordinal);
        Assert.Contains("Marmalade sandwiches keep an author going.", await book.GetStringAsync("/ch02.xhtml"), StringComparison.Ordinal);
        Assert.NotNull(second.PreviewReady);
        Assert.True(second.PreviewReady < second.Elapsed, "the preview shows the book before the ebooks are written");
    }

    [Fact]
    public async Task A_broken_picture_shows_on_its_page_keeps_the_last_good_pdf_and_a_fix_recovers_without_a_restart()
    {
        await using var book = await WatchedBook.StartAsync(FixtureBooks.SampleBook);
        Assert.True((await book.NextBuildAsync()).Result.Succeeded);
        var goodPdf = File.ReadAllBytes(book.Pdf);
        var goodPage = await book.GetStringAsync("/ch01.xhtml");
        var line = LineOf(book.Read(Chapter1), Picture);

        book.Replace(Chapter1, Picture, "images/pipeline-diagram.png");
        var broken = await book.NextBuildAsync();

        Assert.False(broken.Result.Succeeded);
        var error = Assert.Single(broken.Result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("PUB200", Chapter1, line), (error.Code, error.Location?.File, error.Location?.Line));
        Assert.Equal(goodPdf, File.ReadAllBytes(book.Pdf));
        var page = await book.GetStringAsync("/ch01.xhtml");
        Assert.Contains("On this page (1)", page, StringComparison.Ordinal);
        Assert.Contains($"{Chapter1}({line},", page, StringComparison.Ordinal);
        Assert.Contains("error PUB200", page, StringComparison.Ordinal);
        Assert.Contains("images/pipeline-diagram.png", page, StringComparison.Ordinal);
        Assert.Contains("showing the last good build", page, StringComparison.Ordinal);
        Assert.Contains("<figure><img src=\"images/pipeline.png\"", page, StringComparison.Ordinal);
        Assert.Equal("failed", (await StatusAsync(book)).GetProperty("state").GetString());

        book.Replace(Chapter1, "images/pipeline-diagram.png", Picture);
        var fixedBuild = await book.NextBuildAsync();

        Assert.True(fixedBuild.Result.Succeeded, string.Join("\n", fixedBuild.Result.Diagnostics));
        Assert.Equal(SHA256.HashData(goodPdf), SHA256.HashData(File.ReadAllBytes(book.Pdf)));
        var recovered = await book.GetStringAsync("/ch01.xhtml");
        Assert.DoesNotContain("error PUB200", recovered, StringComparison.Ordinal);
        Assert.Equal(Body(goodPage), Body(recovered));
        Assert.Equal(1, fixedBuild.Work.ChaptersLaidOut);
    }

    [Fact]
    public async Task An_editors_burst_of_writes_is_one_rebuild()
    {
        await using var book = await WatchedBook.StartAsync(
            FixtureBooks.SampleBook,
            // Longer than the default, so that a test thread the busy machine stalls between two writes stays in the burst.
            options => options with { QuietPeriod = TimeSpan.FromMilliseconds(500), Formats = OutputFormats.Epub });
        Assert.True((await book.NextBuildAsync()).Result.Succeeded);

        // What an editor does on save: a backup, the file written in several pieces, the backup removed.
        var text = book.Read(Chapter2);
        book.SaveInPlace(Chapter2 + "~", text);
        book.SaveInPlace(Chapter2, "");
        book.SaveInPlace(Chapter2, text + "\nFirst half of the save,");
        book.SaveInPlace(Chapter2, text + "\nFirst half of the save, second half of the save.\n");
        File.Delete(Path.Combine(book.BookDirectory, Chapter2 + "~"));

        var rebuild = await book.NextBuildAsync();
        Assert.True(rebuild.Result.Succeeded, string.Join("\n", rebuild.Result.Diagnostics));
        Assert.Contains("second half of the save.", await book.GetStringAsync("/ch02.xhtml"), StringComparison.Ordinal);
        Assert.True(await book.NoBuildForAsync(TimeSpan.FromSeconds(2)), "the burst started a second rebuild");
    }

    [Fact]
    public async Task A_save_during_a_rebuild_starts_another_rebuild_right_after_it()
    {
        await using var book = await WatchedBook.StartAsync(FixtureBooks.SampleBook);
        Assert.True((await book.NextBuildAsync()).Result.Succeeded);

        using var hold = book.HoldNextBuildAfterPreview();
        book.Save(Chapter2, book.Read(Chapter2) + "\nThe first save.\n");
        var held = await hold.Reached.WaitAsync(WatchedBook.BuildTimeout);
        // The held build has read the book (the preview shows the first save) and not yet written the ebooks.
        Assert.Contains("The first save.", await book.GetStringAsync("/ch02.xhtml"), StringComparison.Ordinal);
        book.Save(Chapter2, book.Read(Chapter2) + "\nThe second save.\n");
        hold.Release();

        var during = await book.NextBuildAsync();
        Assert.Equal(held, during.Number);
        Assert.True(during.Result.Succeeded, string.Join("\n", during.Result.Diagnostics));
        var after = await book.NextBuildAsync();
        Assert.Equal(during.Number + 1, after.Number);
        Assert.Equal([Chapter2], after.Changed);
        Assert.True(after.Result.Succeeded, string.Join("\n", after.Result.Diagnostics));
        Assert.Contains("The second save.", PdfReadBack.Text(book.Pdf), StringComparison.Ordinal);
        Assert.Contains("The second save.", await book.GetStringAsync("/ch02.xhtml"), StringComparison.Ordinal);
        Assert.True(await book.NoBuildForAsync(TimeSpan.FromSeconds(1.5)), "a build after the last save");
    }

    [Fact]
    public async Task An_mdbook_is_rebuilt_when_a_file_a_chapter_includes_or_its_summary_changes()
    {
        await using var book = await WatchedBook.StartAsync(FixtureBooks.MdBookBook, options => options with { Formats = OutputFormats.Epub });
        var first = await book.NextBuildAsync();
        Assert.True(first.Result.Succeeded, string.Join("\n", first.Result.Diagnostics));

        book.Replace("listings/keeper.rs", "The keeper logs the hour.", "The keeper trims the wick.");
        var included = await book.NextBuildAsync();
        Assert.Equal(["listings/keeper.rs"], included.Changed);
        Assert.True(included.Result.Succeeded, string.Join("\n", included.Result.Diagnostics));
        // Only the chapter that includes the listing is read as Markdown again, not the one that includes another file.
        Assert.Equal(1, included.Work.ChaptersParsed);
        Assert.Contains("The keeper trims the wick.", EpubText(book.Epub), StringComparison.Ordinal);

        book.Replace("src/SUMMARY.md", "[Signals](signals.md)", "[Lamp signals](signals.md)");
        var summary = await book.NextBuildAsync();
        Assert.Equal(["src/SUMMARY.md"], summary.Changed);
        Assert.True(summary.Result.Succeeded, string.Join("\n", summary.Result.Diagnostics));
        Assert.Contains("Lamp signals", EpubText(book.Epub), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_part_of_the_book_starts_no_rebuild()
    {
        await using var book = await WatchedBook.StartAsync(FixtureBooks.SampleBook, options => options with { Formats = OutputFormats.Epub });
        Assert.True((await book.NextBuildAsync()).Result.Succeeded);

        book.Save("content/.02-getting-started.md.swp", "an editor's swap file");
        book.Save("notes.txt", "not a chapter");
        book.Save("images/unused.png", "not used by any chapter");

        Assert.True(await book.NoBuildForAsync(TimeSpan.FromSeconds(2.5)), "a file the book does not read started a rebuild");
    }

    [Fact]
    public async Task A_new_chapter_file_and_a_picture_that_appears_are_seen()
    {
        await using var book = await WatchedBook.StartAsync(FixtureBooks.SampleBook, options => options with { Formats = OutputFormats.Epub });
        Assert.True((await book.NextBuildAsync()).Result.Succeeded);

        book.Save("content/10-afterword.md", "# Afterword\n\nThanks for reading.\n\n![A new picture](../images/afterword.png)\n");
        var missing = await book.NextBuildAsync();
        Assert.Equal(["content"], missing.Changed);
        Assert.Contains(missing.Result.Diagnostics, d => d.Code == "PUB200" && d.Location?.File == "content/10-afterword.md");

        File.Copy(Path.Combine(book.BookDirectory, Picture), Path.Combine(book.BookDirectory, "images/afterword.png"));
        var found = await book.NextBuildAsync();
        Assert.Equal(["images/afterword.png"], found.Changed);
        Assert.True(found.Result.Succeeded, string.Join("\n", found.Result.Diagnostics));
        Assert.Contains("Thanks for reading.", await book.GetStringAsync("/ch10.xhtml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_during_a_build_leaves_no_temporary_file_and_no_half_written_ebook()
    {
        var book = await WatchedBook.StartAsync(FixtureBooks.SampleBook);
        var output = book.OutputDirectory;
        try
        {
            // The first build has only just started: stop it the way Ctrl+C does.
            await book.StopAsync();
            var left = Directory.Exists(output) ? Directory.GetFiles(output) : [];
            Assert.DoesNotContain(left, file => file.EndsWith(".tmp", StringComparison.Ordinal));
            foreach (var ebook in left)
            {
                Assert.True(ebook.EndsWith(".pdf", StringComparison.Ordinal) || ebook.EndsWith(".epub", StringComparison.Ordinal), ebook);
            }
        }
        finally
        {
            await book.DisposeAsync();
        }
    }

    /// <summary>The text of every XHTML page of an EPUB, one after the other.</summary>
    private static string EpubText(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        return string.Concat(zip.Entries
            .Where(entry => entry.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(entry =>
            {
                using var reader = new StreamReader(entry.Open());
                return reader.ReadToEnd();
            }));
    }

    private static int LineOf(string text, string needle) =>
        text.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains(needle, StringComparison.Ordinal)).i + 1;

    /// <summary>A page without the preview's bar: what the book itself shows.</summary>
    private static string Body(string page)
    {
        var start = page.IndexOf("<section", StringComparison.Ordinal);
        return page[start..];
    }

    private static async Task<JsonElement> StatusAsync(WatchedBook book) =>
        JsonDocument.Parse(await book.GetStringAsync("/_preview/status")).RootElement;
}
