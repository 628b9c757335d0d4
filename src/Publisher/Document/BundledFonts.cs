using System.Collections.Concurrent;

namespace Publisher.Document;

/// <summary>
/// The fonts Publisher ships inside the library (see NOTICE), one per <see cref="FontRole"/>: Noto Serif, Noto Sans
/// and JetBrains Mono. The PDF sets text in them unless the book brings its own; the EPUB carries them only to
/// complete a family the book gives part of.
/// </summary>
internal static class BundledFonts
{
    private static readonly ConcurrentDictionary<FontRole, byte[]> Files = new();

    /// <summary>The file name of the bundled font for a role, e.g. <c>NotoSerif-Bold.ttf</c>.</summary>
    public static string FileName(FontRole role) => role switch
    {
        FontRole.Serif => "NotoSerif-Regular.ttf",
        FontRole.SerifBold => "NotoSerif-Bold.ttf",
        FontRole.SerifItalic => "NotoSerif-Italic.ttf",
        FontRole.SerifBoldItalic => "NotoSerif-BoldItalic.ttf",
        FontRole.Sans => "NotoSans-Regular.ttf",
        FontRole.SansBold => "NotoSans-Bold.ttf",
        FontRole.Mono => "JetBrainsMono-Regular.ttf",
        FontRole.MonoBold => "JetBrainsMono-Bold.ttf",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The bundled font file for a role, read from the library once.</summary>
    public static byte[] Read(FontRole role) => Files.GetOrAdd(role, static role =>
    {
        var file = FileName(role);
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream("Publisher.Fonts." + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });
}
