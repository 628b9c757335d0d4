using System.Text.RegularExpressions;
using Publisher.Book;
using Publisher.Epub;
using Publisher.Markdown;
using Publisher.Pdf.Layout;
using Publisher.Tests.Fixtures;
using SkiaSharp;

namespace Publisher.Tests.Accessibility;

/// <summary>
/// Every text colour both writers use is readable on the background it is drawn on: WCAG 2.1 AA, 4.5:1, for text of
/// any size (Ace by DAISY checks the EPUB the same way, but only in the light theme and only for what the book uses).
/// </summary>
public sealed partial class ColourContrastTests
{
    private static readonly SKColor White = SKColors.White;

    [Fact]
    public void The_ratio_is_computed_as_wcag_defines_it()
    {
        Assert.Equal(21.0, ContrastRatio.Of(SKColors.Black, White), 2);
        Assert.Equal(1.0, ContrastRatio.Of(White, White), 2);
        // The pair Ace reported: code comments #5f7a4f on the code background #f5f5f5.
        Assert.Equal(4.39, ContrastRatio.Of(ContrastRatio.Hex("#5f7a4f"), ContrastRatio.Hex("#f5f5f5")), 2);
    }

    [Fact]
    public void Every_light_theme_colour_of_the_epub_stylesheet_reads_on_the_code_background()
    {
        // Code blocks are tinted rgba(128, 128, 128, 0.08) over the page: #f5f5f5 on white, the darkest light background.
        var codeBackground = ContrastRatio.Over(new SKColor(128, 128, 128), 0.08, White);
        var light = Colours(LightPart(EpubStylesheet.Css));

        Assert.NotEmpty(light);
        Assert.All(light, rule => Assert.True(
            ContrastRatio.Of(rule.Colour, codeBackground) >= ContrastRatio.AA,
            $"{rule.Selector} {rule.Colour} on {codeBackground}: {ContrastRatio.Of(rule.Colour, codeBackground):0.00}:1"));
    }

    [Fact]
    public void Every_dark_theme_colour_of_the_epub_stylesheet_reads_on_a_dark_code_background()
    {
        // Dark themes of reading systems use black to about #1e1e1e; the code tint makes that at most #262626. #2a2a2a leaves room.
        var darkBackground = ContrastRatio.Hex("#2a2a2a");
        var dark = Colours(DarkPart(EpubStylesheet.Css));

        Assert.Equal(Colours(LightPart(EpubStylesheet.Css)).Select(r => r.Selector).Where(s => s.StartsWith(".tok-", StringComparison.Ordinal)).Order(),
            dark.Select(r => r.Selector).Order());
        Assert.All(dark, rule => Assert.True(
            ContrastRatio.Of(rule.Colour, darkBackground) >= ContrastRatio.AA,
            $"{rule.Selector} {rule.Colour} on {darkBackground}: {ContrastRatio.Of(rule.Colour, darkBackground):0.00}:1"));
    }

    [Fact]
    public void Every_text_run_of_the_typeset_every_element_book_reads_on_what_is_drawn_beneath_it()
    {
        var book = Typeset(FixtureBooks.EveryElementBook);
        var checkedRuns = 0;
        var colours = new HashSet<(SKColor, SKColor)>();
        foreach (var page in book.Pages)
        {
            for (var i = 0; i < page.Items.Count; i++)
            {
                if (page.Items[i] is not TextRunItem run || run.Text.Trim().Length == 0)
                {
                    continue;
                }

                var background = BackgroundBeneath(page.Items, i, new SKPoint(run.X + 0.5f, run.Baseline - run.FontSize * 0.3f));
                var ratio = ContrastRatio.Of(run.Color, background);
                Assert.True(ratio >= ContrastRatio.AA, $"'{run.Text}' {run.Color} on {background}: {ratio:0.00}:1");
                colours.Add((run.Color, background));
                checkedRuns++;
            }
        }

        // The book sets body text, headings, links, muted captions and folios, code tokens on the code background,
        // inline code on its tint and table headers on theirs: many pairs, not one.
        Assert.True(checkedRuns > 200, $"only {checkedRuns} runs");
        Assert.True(colours.Count >= 12, $"only {colours.Count} colour pairs: {string.Join(", ", colours)}");
    }

    /// <summary>The fill of the last rectangle drawn before item <paramref name="index"/> that covers <paramref name="point"/>, else the white page.</summary>
    private static SKColor BackgroundBeneath(IReadOnlyList<PageItem> items, int index, SKPoint point)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (items[i] is RectItem rect && rect.Rect.Contains(point))
            {
                return rect.Fill;
            }
        }

        return White;
    }

    private static LaidOutBook Typeset(string fixture)
    {
        using var copy = FixtureBooks.CopyToTemp(fixture);
        var diagnostics = new DiagnosticBag();
        var source = BookLoader.Load(new BookLoadRequest(copy.Path, false, null, null), diagnostics);
        Assert.NotNull(source);
        var document = DocumentBuilder.Build(source, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return BookTypesetter.Typeset(document, diagnostics);
    }

    private sealed record ColourRule(string Selector, SKColor Colour);

    private static string LightPart(string css) => css[..css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal)];

    private static string DarkPart(string css) => css[css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal)..];

    /// <summary>Every rule that sets a text colour (<c>color: #...</c>), with its selector.</summary>
    private static List<ColourRule> Colours(string css) =>
        ColourDeclaration().Matches(css)
            .Select(m => new ColourRule(m.Groups["selector"].Value.Trim(), ContrastRatio.Hex(m.Groups["colour"].Value)))
            .ToList();

    [GeneratedRegex(@"(?<selector>[^{}]+)\{[^{}]*?(?<![-\w])color:\s*(?<colour>#[0-9a-fA-F]{3,6})")]
    private static partial Regex ColourDeclaration();
}
