using Microsoft.Playwright;
using Publisher.Tests.Fixtures;
using Publisher.Tests.Watch;

namespace Publisher.Tests.Preview;

/// <summary>
/// The preview in a real browser (Debian's chromium, driven by Playwright): it reloads itself after an edit and
/// keeps the reader's place, shows a failed build's problem in the open page without losing it, and its links
/// between chapters work.
/// </summary>
public sealed class PreviewBrowserTests
{
    private const string Chapter1 = "content/01-introduction.md";
    private const string Chapter2 = "content/02-getting-started.md";
    private const float Timeout = 30_000;

    [SkippableFact]
    public async Task The_open_page_reloads_itself_after_an_edit_and_keeps_the_readers_place()
    {
        await using var book = await StartAsync();
        await using var browser = await BrowserAsync();
        var page = await OpenAsync(browser, book, "/ch02.xhtml");
        await page.EvaluateAsync("() => { window.scrollTo(0, 1200); window.notReloaded = true; }");
        var place = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.Equal(1200, place);

        book.Save(Chapter2, book.Read(Chapter2) + "\nA sentence the browser shows without being asked.\n");

        await page.WaitForFunctionAsync("() => document.body?.textContent.includes('A sentence the browser shows without being asked.') === true", null, new() { Timeout = Timeout });
        Assert.False(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page changed without a reload");
        await page.WaitForFunctionAsync($"() => window.scrollY === {place}", null, new() { Timeout = Timeout });
        Assert.Equal("/ch02.xhtml", new Uri(page.Url).AbsolutePath);
    }

    [SkippableFact]
    public async Task A_failed_build_shows_its_problem_in_the_open_page_and_the_fix_brings_the_page_back()
    {
        await using var book = await StartAsync();
        await using var browser = await BrowserAsync();
        var page = await OpenAsync(browser, book, "/ch01.xhtml");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        book.Replace(Chapter1, "images/pipeline.png", "images/pipeline-diagram.png");

        var bar = page.Locator("#publisher-preview");
        await Assertions.Expect(bar).ToContainTextAsync("error PUB200", new() { Timeout = Timeout });
        await Assertions.Expect(bar).ToContainTextAsync("On this page (1)");
        await Assertions.Expect(bar).ToContainTextAsync($"{Chapter1}(");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "a failed build changes the bar, not the page");
        Assert.True(await page.Locator("section img[src='images/pipeline.png']").IsVisibleAsync(), "the last good page stays");

        book.Replace(Chapter1, "images/pipeline-diagram.png", "images/pipeline.png");

        await Assertions.Expect(bar).Not.ToContainTextAsync("PUB200", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator(".pp-status")).ToContainTextAsync("0 errors", new() { Timeout = Timeout });
    }

    [SkippableFact]
    public async Task A_link_to_another_chapter_and_the_bars_links_lead_to_their_pages()
    {
        await using var book = await StartAsync();
        await using var browser = await BrowserAsync();
        var page = await OpenAsync(browser, book, "/ch01.xhtml");

        await page.Locator("section a[href='ch02.xhtml']").First.ClickAsync();
        await page.WaitForURLAsync(book.Url("/ch02.xhtml").ToString(), new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("section h1")).ToHaveTextAsync("Getting Started");

        await page.Locator(".pp-next").ClickAsync();
        await page.WaitForURLAsync(book.Url("/ch03.xhtml").ToString(), new() { Timeout = Timeout });

        await page.Locator(".pp-title").ClickAsync();
        await page.WaitForURLAsync(book.Url("/").ToString(), new() { Timeout = Timeout });
        await page.Locator("nav#toc a[href='ch04.xhtml']").ClickAsync();
        await Assertions.Expect(page.Locator("section h1")).ToHaveTextAsync("Images and Figures", new() { Timeout = Timeout });
        Assert.True(await page.Locator("figure img").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "a picture did not load");
    }

    [SkippableFact]
    public async Task Many_open_tabs_all_load_and_all_follow_the_book()
    {
        await using var book = await StartAsync();
        await using var browser = await BrowserAsync();
        var context = await browser.Instance.NewContextAsync();
        // Browsers keep at most six connections to one server; every open page listens all the time.
        var pages = new List<IPage>();
        for (var chapter = 1; chapter <= 8; chapter++)
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(Timeout);
            await page.GotoAsync(book.Url($"/ch0{chapter}.xhtml").ToString());
            await Assertions.Expect(page.Locator("#publisher-preview")).ToBeVisibleAsync();
            pages.Add(page);
        }

        const string Chapter8 = "content/08-troubleshooting.md";
        book.Save(Chapter8, book.Read(Chapter8) + "\nThe eighth tab sees this too.\n");

        await pages[^1].WaitForFunctionAsync("() => document.body?.textContent.includes('The eighth tab sees this too.') === true", null, new() { Timeout = Timeout });
    }

    private static async Task<WatchedBook> StartAsync()
    {
        _ = Validators.Chromium.Require();
        // The EPUB alone keeps each rebuild short; the browser sees the same preview either way.
        var book = await WatchedBook.StartAsync(FixtureBooks.SampleBook, options => options with { Formats = OutputFormats.Epub });
        Assert.True((await book.NextBuildAsync()).Result.Succeeded);
        return book;
    }

    private static async Task<Browser> BrowserAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Validators.Chromium.Require(),
            Headless = true,
            Timeout = Timeout,
            // Tests may run as root (CI does), where chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
            Env = BrowserFonts.WholeEnvironment(),
        });
        return new Browser(playwright, browser);
    }

    private static async Task<IPage> OpenAsync(Browser browser, WatchedBook book, string path)
    {
        var page = await browser.Instance.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 700 } });
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync(book.Url(path).ToString());
        await Assertions.Expect(page.Locator("#publisher-preview")).ToBeVisibleAsync();
        // A browser without fonts lays every word out with no width: pages too short to scroll, links nobody can click.
        var title = await page.Locator(".pp-title").BoundingBoxAsync();
        Assert.True(title is { Width: > 20 }, $"the browser draws no text (title {title?.Width ?? 0} px wide): does it see the bundled fonts ({BrowserFonts.ConfigurationFile})?");
        return page;
    }

    private sealed class Browser(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public IBrowser Instance => browser;

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
