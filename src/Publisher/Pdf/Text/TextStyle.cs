using SkiaSharp;

namespace Publisher.Pdf.Text;

/// <summary>How a piece of text looks: face, size in points, colour and decorations.</summary>
/// <param name="Rise">How far the baseline moves up, in points (superscripts).</param>
/// <param name="Background">A tint behind the text (inline code, highlighting), or null.</param>
/// <param name="Underline">A line under the text (HTML <c>u</c>, <c>ins</c>).</param>
internal sealed record TextStyle(FontFace Face, float Size, SKColor Color, bool Strike = false, float Rise = 0, SKColor? Background = null, bool Underline = false)
{
    public FontFaceData Font => FontLibrary.Get(Face);
}
