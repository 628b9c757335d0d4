using SkiaSharp;

namespace Publisher.Pdf.Text;

/// <summary>How a piece of text looks: the book's fonts and a face of them, size in points, colour and decorations.</summary>
/// <param name="Fonts">The fonts of the book being typeset; the face is one of them.</param>
/// <param name="Rise">How far the baseline moves up, in points (superscripts).</param>
/// <param name="Background">A tint behind the text (inline code, highlighting), or null.</param>
/// <param name="Underline">A line under the text (HTML <c>u</c>, <c>ins</c>).</param>
internal sealed record TextStyle(FontSet Fonts, FontFace Face, float Size, SKColor Color, bool Strike = false, float Rise = 0, SKColor? Background = null, bool Underline = false)
{
    public FontFaceData Font => Fonts[Face];

    /// <summary>The text shaped in this style's face (with fallbacks for what it lacks).</summary>
    public ShapedText Shape(string text) => Fonts.Shape(Face, text);
}
