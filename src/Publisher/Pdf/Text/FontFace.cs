using Publisher.Document;

namespace Publisher.Pdf.Text;

/// <summary>The faces the PDF sets text in: a serif for body text, a sans for headings, a monospace for code.</summary>
internal enum FontFace
{
    Serif,
    SerifBold,
    SerifItalic,
    SerifBoldItalic,
    Sans,
    SansBold,
    Mono,
    MonoBold,
}

/// <summary>The book's font roles (<see cref="FontRole"/>, what book.yml names) and the faces the PDF sets text in.</summary>
internal static class FontRoles
{
    public static FontRole Of(FontFace face) => face switch
    {
        FontFace.Serif => FontRole.Serif,
        FontFace.SerifBold => FontRole.SerifBold,
        FontFace.SerifItalic => FontRole.SerifItalic,
        FontFace.SerifBoldItalic => FontRole.SerifBoldItalic,
        FontFace.Sans => FontRole.Sans,
        FontFace.SansBold => FontRole.SansBold,
        FontFace.Mono => FontRole.Mono,
        FontFace.MonoBold => FontRole.MonoBold,
        _ => throw new ArgumentOutOfRangeException(nameof(face), face, null),
    };

    public static FontFace Face(FontRole role) => Enum.GetValues<FontFace>().Single(face => Of(face) == role);
}
