namespace Publisher.Pdf.Text;

/// <summary>
/// One line's pieces: indexes <c>[Start, End)</c> into the piece list; <paramref name="IsLast"/> for ragged lines;
/// <paramref name="Hyphenated"/> when the line breaks at a soft hyphen and so ends with a visible hyphen.
/// </summary>
internal readonly record struct LineSpan(int Start, int End, bool IsLast, bool Hyphenated = false);

/// <summary>
/// Greedy line breaking: fill each line as far as it goes, break at the last opportunity (spaces, after hyphens
/// and slashes, soft hyphens), and break a piece by characters when it is longer than a whole line, so nothing
/// overflows. Used for ragged and centred text, and as the fallback of <see cref="TotalFitLineBreaker"/>.
/// </summary>
internal static class LineBreaker
{
    /// <param name="continuationIndent">How much narrower every line after the first is (wrapped code lines).</param>
    public static List<LineSpan> Break(List<TextPiece> pieces, float width, float continuationIndent = 0)
    {
        var lines = new List<LineSpan>();
        var start = 0;
        while (start < pieces.Count)
        {
            var lineWidth = lines.Count == 0 ? width : width - continuationIndent;
            start = BreakSegment(pieces, start, lineWidth, width - continuationIndent, lines);
        }

        return lines;
    }

    /// <summary>
    /// Breaks the pieces from <paramref name="start"/> up to and including the next forced break (or the end)
    /// into <paramref name="lines"/>, and returns where the next segment starts. Splitting a piece inserts pieces.
    /// </summary>
    public static int BreakSegment(List<TextPiece> pieces, int start, float firstWidth, float otherWidth, List<LineSpan> lines)
    {
        var width = firstWidth;
        var lineWidth = 0f;
        var i = start;
        while (i < pieces.Count)
        {
            var piece = pieces[i];
            var glueBefore = i > start ? pieces[i - 1].Glue : 0;
            // A piece alone on its line always stays there; only what cannot be cut (an image) can still be wider than the line.
            if (lineWidth + glueBefore + piece.Width <= width + 0.01f || (i == start && (piece.Width <= width + 0.01f || !WordCutter.CanCut(piece))))
            {
                lineWidth += glueBefore + piece.Width;
                if (piece.ForcedBreakAfter)
                {
                    lines.Add(new LineSpan(start, i + 1, true));
                    return i + 1;
                }

                i++;
                continue;
            }

            var breakAfter = LastBreakOpportunity(pieces, start, i, width);
            if (breakAfter >= 0)
            {
                lines.Add(new LineSpan(start, breakAfter + 1, false, pieces[breakAfter].BreaksWithHyphen));
                width = otherWidth;
                start = breakAfter + 1;
                i = start;
                lineWidth = 0;
                continue;
            }

            // No break opportunity on this line: the piece (a long word or URL) is split by characters.
            var room = width - lineWidth - glueBefore;
            if (!SplitToFit(pieces, i, room, otherWidth, mustTakeOne: i == start))
            {
                lines.Add(new LineSpan(start, i, false));
                width = otherWidth;
                start = i;
                lineWidth = 0;
            }
        }

        if (start < pieces.Count)
        {
            lines.Add(new LineSpan(start, pieces.Count, true));
        }

        return pieces.Count;
    }

    /// <summary>The last piece in <c>[start, end)</c> a line may end with, counting the hyphen a soft hyphen adds; -1 when none.</summary>
    private static int LastBreakOpportunity(List<TextPiece> pieces, int start, int end, float width)
    {
        var found = -1;
        var lineWidth = 0f;
        for (var j = start; j < end; j++)
        {
            lineWidth += (j > start ? pieces[j - 1].Glue : 0) + pieces[j].Width;
            if (pieces[j].CanBreakAfter && lineWidth + pieces[j].HyphenWidth <= width + 0.01f)
            {
                found = j;
            }
        }

        return found;
    }

    /// <summary>
    /// Cuts piece <paramref name="index"/> by characters (<see cref="WordCutter"/>) so its first part fits
    /// <paramref name="room"/> and every later part <paramref name="otherRoom"/>; false when not even one character
    /// fits and <paramref name="mustTakeOne"/> is not set. The parts replace the piece.
    /// </summary>
    public static bool SplitToFit(List<TextPiece> pieces, int index, float room, float otherRoom, bool mustTakeOne)
    {
        var piece = pieces[index];
        if (!WordCutter.CanCut(piece))
        {
            if (!mustTakeOne)
            {
                return false;
            }

            // A lone piece wider than the line that cannot be split: let it break after itself.
            piece.CanBreakAfter = true;
            return true;
        }

        if (WordCutter.Cut(piece, room, otherRoom, mustTakeOne) is not { } parts)
        {
            return false;
        }

        pieces[index] = parts[0];
        pieces.InsertRange(index + 1, parts.GetRange(1, parts.Count - 1));
        return true;
    }
}
