using System.Text.RegularExpressions;

namespace Publisher.Tests.Epub;

/// <summary>
/// The EPUB carries the book's own fonts in the roles the PDF gives them (body serif, headings sans, code mono, then
/// the fallbacks), so both editions look alike; a book without <c>fonts:</c> leaves fonts to the reader as before.
/// </summary>
public sealed partial class EpubFontsTests
{
    private const string Chapter = "# Chapter\n\nBody, **bold**, *italic*, `code`.\n";

    [SkippableFact]
    public void The_books_fonts_are_in_the_package_and_the_stylesheet_and_EPUBCheck_finds_nothing_to_report()
    {
        using var book = FontBook.Create(
            "fonts:\n  serif: fonts/House Serif.ttf\n  serifBold:\n    file: fonts/family.ttc\n    index: 1\n  fallback:\n    - fonts/cjk.ttf\n",
            Chapter,
            ("fonts/House Serif.ttf", TestFonts.JetBrainsMono),
            ("fonts/family.ttc", TestFonts.Collection(TestFonts.JetBrainsMono, TestFonts.NotoSans)),
            ("fonts/cjk.ttf", TestFonts.NotoSerif));

        var path = FontBook.Epub(FontBook.Build(book, OutputFormats.Epub));

        using var epub = EpubFile.Read(path);
        var items = FontItems(epub);
        Assert.Equal(
            [("fonts/cjk.ttf", "font/ttf"), ("fonts/House-Serif.ttf", "font/ttf"), ("fonts/family.ttf", "font/ttf"),
             ("fonts/NotoSerif-Italic.ttf", "font/ttf"), ("fonts/NotoSerif-BoldItalic.ttf", "font/ttf")],
            items);
        Assert.Equal(TestFonts.JetBrainsMono, Entry(epub, "OEBPS/fonts/House-Serif.ttf"));
        var face = Entry(epub, "OEBPS/fonts/family.ttf");
        Assert.Equal([0, 1, 0, 0], face[..4]);
        using (var data = SkiaSharp.SKData.CreateCopy(face))
        using (var typeface = SkiaSharp.SKTypeface.FromData(data))
        {
            Assert.Equal("Noto Sans", typeface.FamilyName);
        }

        Assert.Equal(BundledFonts.Read(FontRole.SerifItalic), Entry(epub, "OEBPS/fonts/NotoSerif-Italic.ttf"));

        var css = Stylesheet(epub);
        Assert.Equal(
            [("Book Fallback 1", "normal", "normal", "fonts/cjk.ttf"), ("Book Serif", "normal", "normal", "fonts/House-Serif.ttf"),
             ("Book Serif", "bold", "normal", "fonts/family.ttf"), ("Book Serif", "normal", "italic", "fonts/NotoSerif-Italic.ttf"),
             ("Book Serif", "bold", "italic", "fonts/NotoSerif-BoldItalic.ttf")],
            FontFaces(css));
        Assert.Contains("body { font-family: \"Book Serif\", \"Book Fallback 1\", serif; }", css, StringComparison.Ordinal);
        Assert.Contains("h1, h2, h3, h4, h5, h6, .task-box { font-family: sans-serif, \"Book Fallback 1\"; }", css, StringComparison.Ordinal);
        Assert.Contains("code, pre.code { font-family: monospace, \"Book Fallback 1\"; }", css, StringComparison.Ordinal);

        var report = EpubCheck.Run(path);
        Assert.True(report.IsClean, report.ToString());
    }

    [Fact]
    public void A_sans_or_mono_the_book_gives_sets_the_headings_or_the_code()
    {
        using var book = FontBook.Create("fonts:\n  sansBold: fonts/head.ttf\n  mono: fonts/code.ttf\n", Chapter, ("fonts/head.ttf", TestFonts.JetBrainsMono), ("fonts/code.ttf", TestFonts.NotoSerif));

        using var epub = EpubFile.Read(FontBook.Epub(FontBook.Build(book, OutputFormats.Epub)));

        var css = Stylesheet(epub);
        Assert.Equal(
            [("Book Sans", "normal", "normal", "fonts/NotoSans-Regular.ttf"), ("Book Sans", "bold", "normal", "fonts/head.ttf"),
             ("Book Mono", "normal", "normal", "fonts/code.ttf"), ("Book Mono", "bold", "normal", "fonts/JetBrainsMono-Bold.ttf")],
            FontFaces(css));
        Assert.Contains("h1, h2, h3, h4, h5, h6, .task-box { font-family: \"Book Sans\", sans-serif; }", css, StringComparison.Ordinal);
        Assert.Contains("code, pre.code { font-family: \"Book Mono\", monospace; }", css, StringComparison.Ordinal);
        Assert.DoesNotContain("Book Serif", css, StringComparison.Ordinal);
        Assert.DoesNotContain(epub.Zip.Entries, entry => entry.FullName.Contains("NotoSerif", StringComparison.Ordinal));
    }

    [Fact]
    public void A_book_without_fonts_leaves_fonts_to_the_reader_as_before()
    {
        using var book = FontBook.Create("", Chapter);

        using var epub = EpubFile.Read(FontBook.Epub(FontBook.Build(book, OutputFormats.Epub)));

        Assert.Empty(FontItems(epub));
        Assert.Equal(Publisher.Epub.EpubStylesheet.Css + "\n", Stylesheet(epub));
        Assert.DoesNotContain(epub.Zip.Entries, entry => entry.FullName.Contains("fonts/", StringComparison.Ordinal));
    }

    private static List<(string Href, string MediaType)> FontItems(EpubFile epub) =>
        epub.Package.Descendants(EpubFile.Opf + "item")
            .Where(item => ((string?)item.Attribute("media-type"))!.StartsWith("font/", StringComparison.Ordinal))
            .Select(item => ((string)item.Attribute("href")!, (string)item.Attribute("media-type")!))
            .ToList();

    private static byte[] Entry(EpubFile epub, string name)
    {
        using var stream = epub.Zip.GetEntry(name)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static string Stylesheet(EpubFile epub) => System.Text.Encoding.UTF8.GetString(Entry(epub, "OEBPS/styles/book.css"));

    /// <summary>Each @font-face rule as (family, weight, style, file relative to the package document).</summary>
    private static List<(string Family, string Weight, string Style, string File)> FontFaces(string css) =>
        FontFaceRule().Matches(css)
            .Select(match => (match.Groups["family"].Value, match.Groups["weight"].Value, match.Groups["style"].Value, match.Groups["file"].Value))
            .ToList();

    [GeneratedRegex("""@font-face \{\s*font-family: "(?<family>[^"]+)";\s*font-weight: (?<weight>\w+);\s*font-style: (?<style>\w+);\s*src: url\("\.\./(?<file>[^"]+)"\)""")]
    private static partial Regex FontFaceRule();
}
