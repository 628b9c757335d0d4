using Publisher.Pdf.Text;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Publisher.Pdf.Export;

/// <summary>
/// The fonts an SVG image's text is drawn with. The generic families (serif, sans-serif, monospace) are the book's
/// bundled faces, cut to this document's subsets, so a chart's labels match the text around them and embed small.
/// Other family names are the system's fonts, looked up once per process rather than once per image.
/// </summary>
internal sealed class SvgTypefaces(Func<SKTypeface, SKTypeface> subsetOf) : ITypefaceProvider
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

            var typeface = BundledFace(family, bold, italic) is { } face
                ? subsetOf(FontLibrary.Get(face).Typeface)
                : FontLibrary.SystemFamily(family, fontWeight, fontWidth, fontStyle);
            if (typeface is not null)
            {
                return typeface;
            }
        }

        return null;
    }

    /// <summary>The bundled face that stands for a CSS generic family, or null for any other family name.</summary>
    internal static FontFace? BundledFace(string family, bool bold, bool italic) => family.ToLowerInvariant() switch
    {
        "serif" or "ui-serif" => (bold, italic) switch
        {
            (true, true) => FontFace.SerifBoldItalic,
            (true, false) => FontFace.SerifBold,
            (false, true) => FontFace.SerifItalic,
            _ => FontFace.Serif,
        },
        "sans-serif" or "system-ui" or "ui-sans-serif" or "ui-rounded" => bold ? FontFace.SansBold : FontFace.Sans,
        "monospace" or "ui-monospace" => bold ? FontFace.MonoBold : FontFace.Mono,
        _ => null,
    };
}
