using Publisher.Tests.Cli;
using UglyToad.PdfPig;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// A book that brings its own fonts gets a PDF set in them, embedded and subset; its fallbacks fill in what its faces
/// lack before PUB300; and no book's fonts reach another book typeset in the same process. The font files are the
/// bundled ones copied into the book under other names (see <see cref="TestFonts"/>).
/// </summary>
public sealed class BookFontsPdfTests
{
    // In Noto Serif and Noto Sans, not in JetBrains Mono.
    private const string SerifOnly = "\u0180";

    private const string Chapter = "# Chapter\n\nBody text in the house face, **bold** and *italic*.\n\n```\ncode\n```\n";

    [SkippableFact]
    public void The_books_serif_replaces_the_bundled_one_and_only_it()
    {
        using var book = FontBook.Create("fonts:\n  serif: fonts/house.ttf\n", Chapter, ("fonts/house.ttf", TestFonts.JetBrainsMono));

        var pdf = FontBook.Pdf(FontBook.Build(book, OutputFormats.Pdf));

        var fonts = PdfReadBack.Fonts(pdf);
        Assert.Equal(
            ["JetBrainsMono-Regular", "NotoSans-Bold", "NotoSans-Regular", "NotoSerif-Bold", "NotoSerif-Italic"],
            fonts.Select(font => BaseName(font.Name)).Distinct().Order(StringComparer.Ordinal));
        Assert.All(fonts, font => Assert.True(font.Embedded && font.Subset && font.HasToUnicode, font.Name));
        Assert.Contains("Body text in the house face", PdfReadBack.Text(pdf), StringComparison.Ordinal);
        Assert.All(LettersOf(pdf, "Body"), letter => Assert.EndsWith("+JetBrainsMono-Regular", letter.FontName, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_character_the_books_faces_lack_comes_from_its_fallback_and_only_then_is_it_a_warning()
    {
        const string fonts = "fonts:\n  serif: fonts/house.ttf\n  sans: fonts/house.ttf\n";
        var chapter = $"# Chapter\n\nA rare letter: {SerifOnly}.\n";
        using var without = FontBook.Create(fonts, chapter, ("fonts/house.ttf", TestFonts.JetBrainsMono));
        using var with = FontBook.Create(fonts + "  fallback:\n    - fonts/fallback.ttf\n", chapter, ("fonts/house.ttf", TestFonts.JetBrainsMono), ("fonts/fallback.ttf", TestFonts.NotoSerif));

        var warned = FontBook.Build(without, OutputFormats.Pdf);
        var filled = FontBook.Build(with, OutputFormats.Pdf);

        var warning = Assert.Single(warned.Diagnostics, d => d.Code == DiagnosticCodes.MissingGlyphs);
        Assert.StartsWith("The book's fonts have no glyph", warning.Message, StringComparison.Ordinal);
        Assert.Contains("U+0180", warning.Message, StringComparison.Ordinal);
        Assert.Contains("fonts: fallback:", warning.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(PdfReadBack.Fonts(FontBook.Pdf(warned)), font => BaseName(font.Name) == "NotoSerif-Regular");

        Assert.DoesNotContain(filled.Diagnostics, d => d.Code == DiagnosticCodes.MissingGlyphs);
        var letter = Assert.Single(LettersOf(FontBook.Pdf(filled), SerifOnly));
        Assert.EndsWith("+NotoSerif-Regular", letter.FontName, StringComparison.Ordinal);
        Assert.Contains(SerifOnly, PdfReadBack.Text(FontBook.Pdf(filled)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_face_of_a_collection_sets_the_text()
    {
        using var book = FontBook.Create(
            "fonts:\n  serif:\n    file: fonts/family.ttc\n    index: 1\n",
            Chapter,
            ("fonts/family.ttc", TestFonts.Collection(TestFonts.NotoSerif, TestFonts.JetBrainsMono)));

        var pdf = FontBook.Pdf(FontBook.Build(book, OutputFormats.Pdf));

        Assert.All(LettersOf(pdf, "Body"), letter => Assert.EndsWith("+JetBrainsMono-Regular", letter.FontName, StringComparison.Ordinal));
        Assert.DoesNotContain(PdfReadBack.Fonts(pdf), font => BaseName(font.Name) == "NotoSerif-Regular");
    }

    [SkippableFact]
    public void Svg_text_is_set_in_the_books_faces_and_never_in_a_machine_font_the_book_did_not_allow()
    {
        var chapter = "# Chapter\n\nBody.\n\n![chart](images/chart.svg)\n";
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120">
              <text x="10" y="30" font-family="serif" font-size="16">Generic</text>
              <text x="10" y="60" font-family="DejaVu Sans, monospace" font-size="16">Machine</text>
              <text x="10" y="90" style="font-family: 'DejaVu Serif'" font-size="16">Styled</text>
              <text x="10" y="115" font-size="16">Unnamed</text>
            </svg>
            """;
        using var book = FontBook.Create("fonts:\n  serif: fonts/house.ttf\n", chapter, ("fonts/house.ttf", TestFonts.NotoSans));
        book.Write("images/chart.svg", svg);

        var pdf = FontBook.Pdf(FontBook.Build(book, OutputFormats.Pdf));

        var names = PdfReadBack.Fonts(pdf).Select(font => BaseName(font.Name)).Distinct().ToList();
        var bundled = Enum.GetValues<FontRole>().Select(role => Path.GetFileNameWithoutExtension(BundledFonts.FileName(role))).ToHashSet();
        Assert.Subset(bundled, names.ToHashSet());
        Assert.DoesNotContain("NotoSerif-Regular", names);
        Assert.All(LettersOf(pdf, "Generic"), letter => Assert.EndsWith("+NotoSans-Regular", letter.FontName, StringComparison.Ordinal));
        Assert.All(LettersOf(pdf, "Machine"), letter => Assert.EndsWith("+JetBrainsMono-Regular", letter.FontName, StringComparison.Ordinal));
        Assert.All(LettersOf(pdf, "Styled").Concat(LettersOf(pdf, "Unnamed")), letter => Assert.EndsWith("+NotoSans-Regular", letter.FontName, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Books_typeset_in_one_process_keep_their_own_fonts_and_a_book_gives_the_same_bytes_whatever_came_before()
    {
        using var plain = FontBook.Create("", Chapter);
        using var housed = FontBook.Create("pdf:\n  systemFonts: true\nfonts:\n  serif: fonts/house.ttf\n  mono: fonts/house.ttf\n", Chapter, ("fonts/house.ttf", TestFonts.NotoSans));

        var before = File.ReadAllBytes(FontBook.Pdf(FontBook.Build(plain, OutputFormats.Pdf, "first")));
        var both = new[] { plain, housed, plain, housed }
            .Select((book, i) => Task.Run(() => FontBook.Pdf(FontBook.Build(book, OutputFormats.Pdf, $"parallel-{i}"))))
            .Select(task => task.Result)
            .ToList();
        var after = File.ReadAllBytes(FontBook.Pdf(FontBook.Build(plain, OutputFormats.Pdf, "last")));
        var run = RealCli.Run(plain.Path, "build", plain.Path, "--format", "pdf", "--output", Path.Combine(plain.Path, "cli"));

        Assert.Equal(before, after);
        Assert.Equal(before, File.ReadAllBytes(both[0]));
        Assert.Equal(before, File.ReadAllBytes(both[2]));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(Directory.GetFiles(Path.Combine(plain.Path, "cli"), "*.pdf").Single()));
        Assert.Equal(File.ReadAllBytes(both[1]), File.ReadAllBytes(both[3]));
        Assert.Equal(["JetBrainsMono-Regular", "NotoSans-Bold", "NotoSans-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-Regular"], BaseNames(before, plain));
        Assert.Equal(["NotoSans-Bold", "NotoSans-Regular", "NotoSerif-Bold", "NotoSerif-Italic"], BaseNames(File.ReadAllBytes(both[1]), housed));
    }

    private static List<string> BaseNames(byte[] pdf, TempDirectory folder)
    {
        var path = folder.Write($"read-{Guid.NewGuid():N}.pdf", pdf);
        return PdfReadBack.Fonts(path).Select(font => BaseName(font.Name)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The font name without its subset tag: <c>ABCDEF+NotoSerif-Regular</c> is <c>NotoSerif-Regular</c>.</summary>
    private static string BaseName(string name) => name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..];

    /// <summary>The letters of the first word <paramref name="word"/> drawn in the PDF, as PdfPig reads them.</summary>
    private static List<UglyToad.PdfPig.Content.Letter> LettersOf(string pdf, string word)
    {
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            // A letter's value may be several characters (a ligature): remember which letter each character came from.
            var text = new System.Text.StringBuilder();
            var letterAt = new List<int>();
            var letters = page.Letters.ToList();
            for (var i = 0; i < letters.Count; i++)
            {
                text.Append(letters[i].Value);
                letterAt.AddRange(Enumerable.Repeat(i, letters[i].Value.Length));
            }

            var at = text.ToString().IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                return letterAt.Skip(at).Take(word.Length).Distinct().Select(i => letters[i]).ToList();
            }
        }

        throw new Xunit.Sdk.XunitException($"'{word}' is not drawn in {pdf}");
    }
}
