using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Publisher.Document;
using SkiaSharp;

namespace Publisher.Pdf.Text;

/// <summary>
/// Every font file loaded in this process, each once: the bundled faces, the files books bring (by content, so a
/// book typeset again, or two books with the same file, share one loaded font and its caches), and the system's fonts
/// that <see cref="FontSet"/>s allowed to use them ask for. Which fonts a book may use is its <see cref="FontSet"/>'s
/// business, never this library's.
/// </summary>
internal static class FontLibrary
{
    private static readonly Lazy<FontFaceData[]> BundledFaces = new(LoadBundled);
    private static readonly Lazy<Dictionary<string, FontFaceData>> BundledByContent = new(() =>
        Enum.GetValues<FontFace>().ToDictionary(face => ContentKey(BundledFonts.Read(FontRoles.Of(face))), Bundled, StringComparer.Ordinal));

    private static readonly ConcurrentDictionary<string, Lazy<FontFaceData>> BookFaces = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, FontFaceData> SystemFaces = new();
    private static readonly ConcurrentDictionary<int, FontFaceData?> SystemFallbacks = new();
    private static readonly ConcurrentDictionary<(string Family, SKFontStyleWeight, SKFontStyleWidth, SKFontStyleSlant), SKTypeface?> SystemFamilies = new();

    // Fontconfig lookups are not reliably thread-safe, nor is Skia's typeface creation here; both are rare (results
    // are cached), so they take turns.
    private static readonly Lock Gate = new();

    /// <summary>The bundled face for a role.</summary>
    public static FontFaceData Bundled(FontFace face) => BundledFaces.Value[(int)face];

    /// <summary>A font file a book brings, loaded once per content; a copy of a bundled font is that bundled face.</summary>
    public static FontFaceData Load(FontSource source)
    {
        var key = ContentKey(source.Data);
        if (BundledByContent.Value.TryGetValue(key, out var bundled))
        {
            return bundled;
        }

        return BookFaces.GetOrAdd(key, _ => new Lazy<FontFaceData>(() =>
        {
            lock (Gate)
            {
                return new FontFaceData(source.Name, source.Data, key: key);
            }
        })).Value;
    }

    private static string ContentKey(byte[] data) => Convert.ToHexString(SHA256.HashData(data));

    /// <summary>Characters that take no glyph of their own (format controls, marks join their base).</summary>
    public static bool NeedsNoGlyph(int codepoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codepoint);
        return category is UnicodeCategory.Format or UnicodeCategory.Control
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>The building machine's font for a character, or null when it has none. Only for sets that allow it.</summary>
    public static FontFaceData? SystemFallback(int codepoint) => SystemFallbacks.GetOrAdd(codepoint, static codepoint =>
    {
        lock (Gate)
        {
            // Not disposed: Skia may hand out the same shared typeface again for another character.
            var typeface = SKFontManager.Default.MatchCharacter(codepoint);
            if (typeface is null)
            {
                return null;
            }

            var key = $"{typeface.FamilyName}|{typeface.FontStyle.Weight}|{typeface.FontStyle.Slant}";
            var data = SystemFaces.GetOrAdd(key, _ => LoadSystemFace(typeface));
            return data.HasGlyph(codepoint) ? data : null;
        }
    });

    /// <summary>
    /// The system's typeface for a family name and style, or null when the system has no such family. Looked up once
    /// per process: each fontconfig family lookup opens many font files. Only for sets that allow system fonts.
    /// </summary>
    public static SKTypeface? SystemFamily(string family, SKFontStyleWeight weight, SKFontStyleWidth width, SKFontStyleSlant slant) =>
        SystemFamilies.GetOrAdd((family.ToLowerInvariant(), weight, width, slant), key =>
        {
            lock (Gate)
            {
                // Not disposed: kept for the life of the process, like the bundled faces.
                var typeface = SKFontManager.Default.MatchFamily(family, new SKFontStyle(weight, width, slant));
                if (typeface is null || typeface.FamilyName.Equals(family, StringComparison.OrdinalIgnoreCase))
                {
                    return typeface;
                }

                // A stand-in for another family: the SVG's next family name is asked for instead.
                typeface.Dispose();
                return null;
            }
        });

    private static FontFaceData LoadSystemFace(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var index);
        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        return new FontFaceData(typeface.FamilyName, bytes, index, key: "system:" + typeface.FamilyName);
    }

    private static FontFaceData[] LoadBundled()
    {
        var faces = new FontFaceData[Enum.GetValues<FontFace>().Length];
        lock (Gate)
        {
            foreach (var face in Enum.GetValues<FontFace>())
            {
                var role = FontRoles.Of(face);
                faces[(int)face] = new FontFaceData(Path.GetFileNameWithoutExtension(BundledFonts.FileName(role)), BundledFonts.Read(role), key: "bundled:" + face);
            }
        }

        return faces;
    }

    /// <summary>Describes characters for a message: the character and its code point.</summary>
    public static string Describe(IEnumerable<int> codepoints)
    {
        var text = new StringBuilder();
        foreach (var codepoint in codepoints)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append('\'').Append(char.ConvertFromUtf32(codepoint)).Append("' U+").Append(codepoint.ToString("X4", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
