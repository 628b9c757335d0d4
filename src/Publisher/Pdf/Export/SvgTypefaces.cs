using Publisher.Pdf.Text;
using SkiaSharp;
using Svg;
using Svg.Model;
using Svg.Model.Services;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace Publisher.Pdf.Export;

/// <summary>
/// The fonts an SVG image's text is drawn with, by the book's rule (<see cref="FontSet.FaceForFamily"/>): a generic
/// family (serif, sans-serif, monospace) is the book's face for that role, a family name of one of the book's fonts is
/// that font, each cut to this document's subsets so a chart's labels match the text around them and embed small; any
/// other name is a system font, and only when the book allows system fonts. The one place an SVG's fonts are chosen.
/// </summary>
internal sealed class SvgTypefaces(FontSet fonts, Func<SKTypeface, SKTypeface> subsetOf) : ITypefaceProvider
{
    // The Book stage hands over self-contained SVG; belt and braces, Svg.Skia still opens no file and no network address
    // an image names (pictures written into it as data: addresses still draw) and runs no script.
    private static readonly SvgParameters SelfContained = new(null, null)
    {
        LoadOptions = new SvgDocumentLoadOptions
        {
            ExternalResources = SvgExternalResourcePolicy.SameDocumentAndDataOnly,
            ProcessingMode = SvgProcessingMode.SecureStatic,
        },
    };

    /// <summary>
    /// Reads an SVG for drawing with these fonts. Svg.Skia asks the system for any family this provider does not
    /// answer, so first every font-family list is cut to the families the book may use (<see cref="FontSet.FamilyList"/>),
    /// and text that names none gets the book's serif. Null when the SVG draws nothing.
    /// </summary>
    public SKSvg? Load(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        var document = SvgService.Open(stream, SelfContained);
        if (document is null)
        {
            return null;
        }

        RestrictFamilies(document, isRoot: true);
        var svg = new SKSvg();
        svg.Settings.TypefaceProviders = [this];
        if (svg.FromSvgDocument(document) is null)
        {
            svg.Dispose();
            return null;
        }

        return svg;
    }

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

        return null;
    }

    private void RestrictFamilies(SvgElement element, bool isRoot)
    {
        if (element.TryGetAttribute("font-family", out var families) || isRoot)
        {
            element.FontFamily = fonts.FamilyList(families);
        }

        foreach (var child in element.Children)
        {
            RestrictFamilies(child, isRoot: false);
        }
    }
}
