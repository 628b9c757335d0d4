using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using static Publisher.Tests.Pdf.Layout.LayoutSamples;

namespace Publisher.Tests.Pdf.Layout;

public sealed class FontAndShapingTests
{
    [Theory]
    [InlineData((int)FontFace.Serif, "Noto Serif", 400, false)]
    [InlineData((int)FontFace.SerifBoldItalic, "Noto Serif", 700, true)]
    [InlineData((int)FontFace.SansBold, "Noto Sans", 700, false)]
    [InlineData((int)FontFace.Mono, "JetBrains Mono", 400, false)]
    public void Bundled_faces_load_from_the_assembly(int face, string family, int weight, bool italic)
    {
        var typeface = FontSet.Bundled[(FontFace)face].Typeface;

        Assert.Equal(family, typeface.FamilyName);
        Assert.Equal(weight, typeface.FontStyle.Weight);
        Assert.Equal(italic, typeface.FontStyle.Slant != SkiaSharp.SKFontStyleSlant.Upright);
    }

    [Fact]
    public void Shaping_applies_kerning_and_ligatures()
    {
        var ligature = FontSet.Bundled.Shape(FontFace.Serif, "office");
        var kerned = FontSet.Bundled.Shape(FontFace.Serif, "AV").Advance;
        var apart = FontSet.Bundled.Shape(FontFace.Serif, "A").Advance + FontSet.Bundled.Shape(FontFace.Serif, "V").Advance;

        Assert.True(ligature.Runs[0].Glyphs.Length < "office".Length, "the ffi ligature is one glyph");
        Assert.True(kerned < apart - 0.01f, "A and V are kerned closer");
    }

    [Theory]
    [InlineData((int)FontFace.Mono, "20 ℃ today", "℃", "Noto Serif")]
    [InlineData((int)FontFace.Mono, "⅓ cup", "⅓", "Noto Serif")]
    [InlineData((int)FontFace.Serif, "in → out", "→", "JetBrains Mono")]
    [InlineData((int)FontFace.SansBold, "done ✓", "✓", "JetBrains Mono")]
    public void A_character_the_face_lacks_is_drawn_in_a_run_of_its_own_by_the_bundled_face_that_has_it(
        int face, string text, string character, string fallbackFamily)
    {
        var primary = FontSet.Bundled[(FontFace)face];
        Assert.False(primary.HasGlyph(char.ConvertToUtf32(character, 0)), $"{primary.Name} has '{character}', so nothing falls back");

        var shaped = FontSet.Bundled.Shape((FontFace)face, text);

        var fallback = Assert.Single(shaped.Runs, run => run.Text.Contains(character, StringComparison.Ordinal));
        Assert.Equal(character, fallback.Text.Trim());
        Assert.Equal(fallbackFamily, fallback.Font.Typeface.FamilyName);
        Assert.DoesNotContain((ushort)0, fallback.Glyphs);
        Assert.All(shaped.Runs.Where(run => run != fallback), run => Assert.Same(primary, run.Font));
        Assert.Equal(text, string.Concat(shaped.Runs.Select(run => run.Text)));
        Assert.Null(shaped.MissingCharacters);
    }

    [Fact]
    public void Characters_no_font_has_are_reported_once_per_chapter_with_their_location()
    {
        var context = Context();
        var unassigned = char.ConvertFromUtf32(0x10FFFD);
        TextBlock.Lines([new TextInline($"odd {unassigned} and {unassigned} again")], context.Typography.Body, 300, TextAlignment.Justify, context);
        context.ReportMissingGlyphs();

        var warning = Assert.Single(context.Diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.MissingGlyphs, warning.Code);
        Assert.Contains("U+10FFFD", warning.Message, StringComparison.Ordinal);
        Assert.Equal("content/01-test.md", warning.Location?.File);
    }

    [Fact]
    public void Typesetting_chapters_in_parallel_gives_the_same_pages_every_time()
    {
        var chapters = Enumerable.Range(0, 8).Select(c => Chapter(c, $"Chapter {c}",
            Enumerable.Range(0, 12).Select(p => (Block)Paragraph(Words(90, c * 50 + p) + " Ελληνικά кириллица")).ToArray())).ToArray();
        var document = LayoutSamples.Book(new PdfSettings(), chapters);

        string Fingerprint() => string.Join("\n", BookTypesetter.Typeset(document, new DiagnosticBag()).Pages
            .SelectMany(p => p.Items.OfType<TextRunItem>())
            .Select(r => $"{r.Typeface.FamilyName} {r.Typeface.FontStyle.Weight}/{r.FontSize}/{r.X:0.00}/{r.Baseline:0.00}/{r.Text}/{string.Join(",", r.Glyphs)}"));

        var first = Fingerprint();
        Assert.Equal(first, Fingerprint());
        Assert.DoesNotContain("Noto Sans 400/10.5", first, StringComparison.Ordinal); // body text stays in the serif
    }
}
