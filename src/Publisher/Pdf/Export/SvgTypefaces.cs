using Publisher.Pdf.Text;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Publisher.Pdf.Export;

/// <summary>
/// The fonts an SVG image's text is drawn with, by the book's rule (<see cref="FontSet.FaceForFamily"/>): a generic
/// family (serif, sans-serif, monospace) is the book's face for that role, a family name of one of the book's fonts is
/// that font, each cut to this document's subsets so a chart's labels match the text around them and embed small; any
/// other name is a system font when the book allows system fonts, else the book's serif.
/// </summary>
internal sealed class SvgTypefaces(FontSet fonts, Func<SKTypeface, SKTypeface> subsetOf) : ITypefaceProvider
{
    /// <summary>The typeface for a family name, or for the first available family of a CSS list such as "Arial, sans-serif".</summary>
    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle)
    {
        var bold = fontWeight >= SKFontStyleWeight.SemiBold;
        var italic = fontStyle != SKFontStyleSlant.Upright;
        foreach (var name in fontFamily.Split(','))
        {
            var family = name.Trim().Trim('"', '\'').Trim();
            if (family.Length == 0)
            {
                continue;
            }

            var typeface = fonts.FaceForFamily(family, bold, italic) is { } face
                ? subsetOf(face.Typeface)
                : fonts.SystemFamily(family, fontWeight, fontWidth, fontStyle);
            if (typeface is not null)
            {
                return typeface;
            }
        }

        // Left to Svg.Skia, a family nobody has would be drawn in the machine's default font.
        return fonts.SystemFontsAllowed ? null : subsetOf(fonts[bold ? FontFace.SerifBold : FontFace.Serif].Typeface);
    }
}
