using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Publisher.Pdf.Text;

/// <summary>
/// The bundled fonts, loaded once from the assembly, and, only when the book asks for them (<c>pdf.systemFonts</c>),
/// the system fonts that fill in characters they lack.
/// </summary>
internal static class FontLibrary
{
    private static readonly Lazy<FontFaceData[]> Bundled = new(LoadBundled);
    private static readonly ConcurrentDictionary<(int Codepoint, bool System), FontFaceData?> FallbackByCodepoint = new();

    // Set for the typesetting of one book and flowing into its parallel work; off unless the book asks.
    private static readonly AsyncLocal<bool> SystemFontsAllowed = new();
    private static readonly ConcurrentDictionary<string, FontFaceData> SystemFaces = new();
    private static readonly ConcurrentDictionary<(string Family, SKFontStyleWeight, SKFontStyleWidth, SKFontStyleSlant), SKTypeface?> SystemFamilies = new();

    // Fontconfig lookups are not reliably thread-safe; they are rare (results are cached), so they take turns.
    private static readonly Lock SystemGate = new();

    private static readonly (FontFace Face, string File)[] Files =
    [
        (FontFace.Serif, "NotoSerif-Regular.ttf"),
        (FontFace.SerifBold, "NotoSerif-Bold.ttf"),
        (FontFace.SerifItalic, "NotoSerif-Italic.ttf"),
        (FontFace.SerifBoldItalic, "NotoSerif-BoldItalic.ttf"),
        (FontFace.Sans, "NotoSans-Regular.ttf"),
        (FontFace.SansBold, "NotoSans-Bold.ttf"),
        (FontFace.Mono, "JetBrainsMono-Regular.ttf"),
        (FontFace.MonoBold, "JetBrainsMono-Bold.ttf"),
    ];

    public static FontFaceData Get(FontFace face) => Bundled.Value[(int)face];

    /// <summary>Characters that take no glyph of their own (format controls, marks join their base).</summary>
    public static bool NeedsNoGlyph(int codepoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codepoint);
        return category is UnicodeCategory.Format or UnicodeCategory.Control
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// The font that draws <paramref name="codepoint"/> when the requested face cannot: another bundled
    /// face first, then a system font; null when no font has it.
    /// </summary>
    public static FontFaceData? FallbackFor(int codepoint) =>
        FallbackByCodepoint.GetOrAdd((codepoint, SystemFontsAllowed.Value), key => FindFallback(key.Codepoint, key.System));

    /// <summary>Whether the work running now may use the building machine's fonts.</summary>
    public static bool SystemFontsInUse => SystemFontsAllowed.Value;

    /// <summary>Runs <paramref name="work"/> (and the parallel work it starts) with system fonts allowed or not.</summary>
    public static T WithSystemFonts<T>(bool allowed, Func<T> work)
    {
        var before = SystemFontsAllowed.Value;
        SystemFontsAllowed.Value = allowed;
        try
        {
            return work();
        }
        finally
        {
            SystemFontsAllowed.Value = before;
        }
    }

    private static FontFaceData? FindFallback(int codepoint, bool system)
    {
        foreach (var face in new[] { FontFace.Serif, FontFace.Sans, FontFace.Mono })
        {
            if (Get(face).HasGlyph(codepoint))
            {
                return Get(face);
            }
        }

        if (!system)
        {
            return null;
        }

        lock (SystemGate)
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
    }

    /// <summary>
    /// The system's typeface for a family name and style, or null when the system has no such family. Looked up once
    /// per process: each fontconfig family lookup opens many font files.
    /// </summary>
    public static SKTypeface? SystemFamily(string family, SKFontStyleWeight weight, SKFontStyleWidth width, SKFontStyleSlant slant) =>
        SystemFamilies.GetOrAdd((family.ToLowerInvariant(), weight, width, slant), key =>
        {
            lock (SystemGate)
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
        return new FontFaceData(typeface.FamilyName, bytes, index);
    }

    private static FontFaceData[] LoadBundled()
    {
        var assembly = typeof(FontLibrary).Assembly;
        // Loaded one after another: Skia's typeface creation is not safe to run concurrently here.
        var faces = new FontFaceData[Files.Length];
        foreach (var (face, file) in Files)
        {
            using var stream = assembly.GetManifestResourceStream("Publisher.Fonts." + file)
                ?? throw new InvalidOperationException($"The bundled font {file} is missing from the assembly.");
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            faces[(int)face] = new FontFaceData(Path.GetFileNameWithoutExtension(file), memory.ToArray());
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
