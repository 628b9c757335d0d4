using System.Collections.Concurrent;
using SkiaSharp;

namespace Publisher.Pdf.Text;

/// <summary>
/// The fonts one book is typeset with: a face for each role (the book's own or the bundled one), the book's fallback
/// fonts, and whether the building machine's fonts may fill in what they all lack (<c>pdf.systemFonts</c>). It travels
/// with the book's text styles, and its caches (shaped words, fallback choices) are its own, so two books typeset in
/// one process never see each other's fonts. Sets are shared by content: the same fonts give the same set.
/// </summary>
internal sealed class FontSet
{
    private static readonly ConcurrentDictionary<string, FontSet> Sets = new(StringComparer.Ordinal);

    private readonly FontFaceData[] _faces;
    private readonly ConcurrentDictionary<int, FontFaceData?> _fallbackByCodepoint = new();
    private readonly ConcurrentDictionary<(FontFace Face, string Text), ShapedText> _shaped = new();

    private FontSet(FontFaceData[] faces, IReadOnlyList<FontFaceData> fallbacks, bool systemFonts, bool ownFonts)
    {
        _faces = faces;
        Fallbacks = fallbacks;
        SystemFontsAllowed = systemFonts;
        HasOwnFonts = ownFonts;
    }

    /// <summary>The bundled faces alone, without system fonts: what a book without <c>fonts:</c> is set in.</summary>
    public static FontSet Bundled { get; } = For(new Dictionary<FontFace, FontSource>(), [], systemFonts: false);

    /// <summary>
    /// The set of the book's faces (a role left out keeps its bundled face), its fallbacks in the order they are tried,
    /// and whether system fonts may be used after them.
    /// </summary>
    public static FontSet For(IReadOnlyDictionary<FontFace, FontSource> faces, IReadOnlyList<FontSource> fallbacks, bool systemFonts)
    {
        var loaded = Enum.GetValues<FontFace>()
            .Select(face => faces.TryGetValue(face, out var source) ? FontLibrary.Load(source) : FontLibrary.Bundled(face))
            .ToArray();
        var loadedFallbacks = fallbacks.Select(FontLibrary.Load).ToList();
        var key = string.Join('|', loaded.Select(face => face.Key)) + "|fallbacks:" +
            string.Join('|', loadedFallbacks.Select(face => face.Key)) + (systemFonts ? "|system" : "");
        var ownFonts = faces.Count > 0 || fallbacks.Count > 0;
        return Sets.GetOrAdd(key + (ownFonts ? "|own" : ""), _ => new FontSet(loaded, loadedFallbacks, systemFonts, ownFonts));
    }

    /// <summary>The face for a role.</summary>
    public FontFaceData this[FontFace face] => _faces[(int)face];

    /// <summary>The book's fallback fonts, in the order they are tried.</summary>
    public IReadOnlyList<FontFaceData> Fallbacks { get; }

    /// <summary>Whether the building machine's fonts may fill in characters this set lacks.</summary>
    public bool SystemFontsAllowed { get; }

    /// <summary>Whether the book brought any font of its own (a face or a fallback).</summary>
    public bool HasOwnFonts { get; }

    /// <summary>
    /// Shapes text in a face, with fallback fonts for the characters it lacks (see <see cref="TextShaper"/>). Cached per
    /// (face, text): words repeat a lot in a book.
    /// </summary>
    public ShapedText Shape(FontFace face, string text) =>
        text.Length == 0 ? ShapedText.Empty : _shaped.GetOrAdd((face, text), key => TextShaper.Shape(this, key.Face, key.Text));

    /// <summary>
    /// The font that draws <paramref name="codepoint"/> when the requested face cannot: the set's serif, sans and mono
    /// faces, then the book's fallbacks in order, then (only when allowed) a system font; null when none has it.
    /// </summary>
    public FontFaceData? FallbackFor(int codepoint) => _fallbackByCodepoint.GetOrAdd(codepoint, FindFallback);

    /// <summary>
    /// The face an SVG's font-family name stands for: a generic family (<c>serif</c>, <c>sans-serif</c>,
    /// <c>monospace</c>) is the set's face for that role; another name is one of the set's faces or fallbacks whose
    /// family has that name, in the style closest to the one asked for; null for any other name.
    /// </summary>
    public FontFaceData? FaceForFamily(string family, bool bold, bool italic)
    {
        if (GenericFace(family, bold, italic) is { } generic)
        {
            return this[generic];
        }

        return _faces.Concat(Fallbacks)
            .Where(face => face.FamilyName.Equals(family, StringComparison.OrdinalIgnoreCase))
            .OrderBy(face => (face.IsBold == bold ? 0 : 2) + (face.IsItalic == italic ? 0 : 1))
            .FirstOrDefault();
    }

    /// <summary>
    /// A CSS font-family list (an SVG's <c>font-family</c>) cut to the families this set may draw with: the set's
    /// families and the generic names, and any name when system fonts are allowed. Never empty: <c>serif</c> when
    /// nothing else is left, so no text is left to the machine's default font.
    /// </summary>
    public string FamilyList(string? fontFamily)
    {
        var names = (fontFamily ?? "").Split(',')
            .Select(name => name.Trim().Trim('"', '\'').Trim())
            .Where(name => name.Length > 0)
            .Where(name => SystemFontsAllowed || FaceForFamily(name, bold: false, italic: false) is not null)
            .Select(name => name.Contains(' ', StringComparison.Ordinal) ? $"'{name}'" : name)
            .ToList();
        return names.Count == 0 ? "serif" : string.Join(", ", names);
    }

    /// <summary>The building machine's typeface for a family name, only when this set allows system fonts.</summary>
    public SKTypeface? SystemFamily(string family, SKFontStyleWeight weight, SKFontStyleWidth width, SKFontStyleSlant slant) =>
        SystemFontsAllowed ? FontLibrary.SystemFamily(family, weight, width, slant) : null;

    /// <summary>The face that stands for a CSS generic family, or null for any other family name.</summary>
    public static FontFace? GenericFace(string family, bool bold, bool italic) => family.ToLowerInvariant() switch
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

    private FontFaceData? FindFallback(int codepoint)
    {
        foreach (var face in new[] { FontFace.Serif, FontFace.Sans, FontFace.Mono })
        {
            if (this[face].HasGlyph(codepoint))
            {
                return this[face];
            }
        }

        foreach (var fallback in Fallbacks)
        {
            if (fallback.HasGlyph(codepoint))
            {
                return fallback;
            }
        }

        return SystemFontsAllowed ? FontLibrary.SystemFallback(codepoint) : null;
    }
}
