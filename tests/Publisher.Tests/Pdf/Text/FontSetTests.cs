using Publisher.Pdf.Text;

namespace Publisher.Tests.Pdf.Text;

/// <summary>
/// A book's fonts travel with its typesetting as a <see cref="FontSet"/>: its faces, its fallbacks in order, whether
/// system fonts may be used, and caches of its own. Sets are shared only by identical fonts.
/// </summary>
public sealed class FontSetTests
{
    // In Noto Serif, not in JetBrains Mono.
    private const string SerifOnly = "\u0180";

    [Fact]
    public void A_face_the_book_gives_replaces_the_bundled_one_for_that_role_only()
    {
        var fonts = FontSet.For(Faces((FontFace.Serif, "house.ttf", TestFonts.JetBrainsMono)), [], systemFonts: false);

        Assert.Equal("JetBrains Mono", fonts[FontFace.Serif].FamilyName);
        Assert.Equal("Noto Serif", fonts[FontFace.SerifBold].FamilyName);
        Assert.Equal("Noto Sans", fonts[FontFace.Sans].FamilyName);
        Assert.True(fonts.HasOwnFonts);
        Assert.False(FontSet.Bundled.HasOwnFonts);
    }

    [Fact]
    public void Fallbacks_are_tried_in_order_after_the_books_faces_and_only_the_books_faces()
    {
        var jetBrainsOnly = Faces(
            (FontFace.Serif, "a.ttf", TestFonts.JetBrainsMono),
            (FontFace.Sans, "a.ttf", TestFonts.JetBrainsMono));
        var without = FontSet.For(jetBrainsOnly, [], systemFonts: false);
        var with = FontSet.For(jetBrainsOnly, [new FontSource("sans.ttf", TestFonts.NotoSans), new FontSource("serif.ttf", TestFonts.NotoSerif)], systemFonts: false);

        Assert.False(with[FontFace.Serif].HasGlyph(SerifOnly[0]));
        Assert.Null(without.FallbackFor(SerifOnly[0]));
        Assert.Equal("Noto Sans", with.FallbackFor(SerifOnly[0])?.FamilyName);
        Assert.Equal(SerifOnly, without.Shape(FontFace.Serif, "a" + SerifOnly).MissingCharacters);
        Assert.Null(with.Shape(FontFace.Serif, "a" + SerifOnly).MissingCharacters);
        Assert.Equal(["JetBrains Mono", "Noto Sans"], with.Shape(FontFace.Serif, "a" + SerifOnly).Runs.Select(run => run.Font.FamilyName));
    }

    [Fact]
    public void The_same_fonts_give_the_same_set_and_other_fonts_or_system_fonts_another()
    {
        var first = FontSet.For(Faces((FontFace.Mono, "one.ttf", TestFonts.NotoSans)), [], systemFonts: false);
        var again = FontSet.For(Faces((FontFace.Mono, "other-name.ttf", TestFonts.NotoSans)), [], systemFonts: false);
        var system = FontSet.For(Faces((FontFace.Mono, "one.ttf", TestFonts.NotoSans)), [], systemFonts: true);

        Assert.Same(first, again);
        Assert.NotSame(first, system);
        Assert.NotSame(first, FontSet.Bundled);
        Assert.True(system.SystemFontsAllowed);
    }

    [Fact]
    public void A_copy_of_a_bundled_font_is_that_bundled_face()
    {
        var fonts = FontSet.For(Faces((FontFace.Serif, "copy.ttf", TestFonts.NotoSerif)), [], systemFonts: false);

        Assert.Same(FontSet.Bundled[FontFace.Serif], fonts[FontFace.Serif]);
    }

    [Fact]
    public void Shaping_caches_belong_to_their_set_so_one_books_fonts_never_reach_another()
    {
        var house = FontSet.For(Faces((FontFace.Serif, "house.ttf", TestFonts.JetBrainsMono)), [], systemFonts: false);

        var inHouse = house.Shape(FontFace.Serif, "shared words");
        var bundled = FontSet.Bundled.Shape(FontFace.Serif, "shared words");

        Assert.Equal("JetBrains Mono", Assert.Single(inHouse.Runs).Font.FamilyName);
        Assert.Equal("Noto Serif", Assert.Single(bundled.Runs).Font.FamilyName);
    }

    [Theory]
    [InlineData("serif", false, "JetBrains Mono")]
    [InlineData("JetBrains Mono", false, "JetBrains Mono")]
    [InlineData("jetbrains mono", true, "JetBrains Mono")]
    [InlineData("monospace", false, "JetBrains Mono")]
    [InlineData("Noto Sans", false, "Noto Sans")]
    [InlineData("sans-serif", true, "Noto Sans")]
    [InlineData("DejaVu Sans", false, null)]
    public void Svg_family_names_are_the_books_faces_by_family_or_generic_name(string family, bool bold, string? expected)
    {
        var fonts = FontSet.For(Faces((FontFace.Serif, "house.ttf", TestFonts.JetBrainsMono)), [], systemFonts: false);

        Assert.Equal(expected, fonts.FaceForFamily(family, bold, italic: false)?.FamilyName);
        Assert.Null(fonts.SystemFamily(family, SkiaSharp.SKFontStyleWeight.Normal, SkiaSharp.SKFontStyleWidth.Normal, SkiaSharp.SKFontStyleSlant.Upright));
    }

    [Theory]
    [InlineData("DejaVu Sans, monospace", false, "monospace")]
    [InlineData("'Noto Sans', Georgia, serif", false, "'Noto Sans', serif")]
    [InlineData("Georgia", false, "serif")]
    [InlineData(null, false, "serif")]
    [InlineData("Georgia, serif", true, "Georgia, serif")]
    public void Svg_family_lists_keep_only_what_the_book_may_draw_with(string? list, bool systemFonts, string expected)
    {
        var fonts = FontSet.For(new Dictionary<FontFace, FontSource>(), [], systemFonts);

        Assert.Equal(expected, fonts.FamilyList(list));
    }

    private static Dictionary<FontFace, FontSource> Faces(params (FontFace Face, string Name, byte[] Data)[] faces) =>
        faces.ToDictionary(face => face.Face, face => new FontSource(face.Name, face.Data));
}
