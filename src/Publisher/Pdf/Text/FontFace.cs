namespace Publisher.Pdf.Text;

/// <summary>The bundled faces: a serif for body text, a sans for headings, a monospace for code.</summary>
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
