using Publisher.Pdf.Text;

namespace Publisher.Tests.Pdf.Text;

/// <summary>Pieces of known width and ways to measure how lines came out, for line breaking tests.</summary>
internal static class Paragraphs
{
    /// <summary>Words in the monospaced face, so every letter and every space is one <paramref name="unit"/> wide.</summary>
    public static List<TextPiece> MonospacedWords(IEnumerable<int> lengths, out float unit)
    {
        var style = new TextStyle(FontSet.Bundled, FontFace.Mono, 10, SkiaSharp.SKColors.Black);
        unit = new TextPiece("a", style).Width;
        var pieces = new List<TextPiece>();
        foreach (var length in lengths)
        {
            pieces.Add(new TextPiece(new string('a', length), style)
            {
                Glue = style.Font.SpaceAdvance * style.Size,
                CanBreakAfter = true,
            });
        }

        pieces[^1].Glue = 0;
        pieces[^1].CanBreakAfter = false;
        return pieces;
    }

    /// <summary>Natural width of a line: its pieces, the spaces between them and a hyphen it ends with.</summary>
    public static float NaturalWidth(List<TextPiece> pieces, LineSpan span) =>
        SpaceWidth(pieces, span) + PieceWidth(pieces, span) + (span.Hyphenated ? pieces[span.End - 1].HyphenWidth : 0);

    public static float SpaceWidth(List<TextPiece> pieces, LineSpan span)
    {
        var glue = 0f;
        for (var i = span.Start; i < span.End - 1; i++)
        {
            glue += pieces[i].Glue;
        }

        return glue;
    }

    private static float PieceWidth(List<TextPiece> pieces, LineSpan span)
    {
        var width = 0f;
        for (var i = span.Start; i < span.End; i++)
        {
            width += pieces[i].Width;
        }

        return width;
    }

    /// <summary>
    /// How much every point of space on a justified line grows (positive) or shrinks (negative) to fill the measure:
    /// 1 means the spaces are twice their natural width.
    /// </summary>
    public static float Looseness(List<TextPiece> pieces, LineSpan span, float width) =>
        (width - NaturalWidth(pieces, span)) / SpaceWidth(pieces, span);
}
