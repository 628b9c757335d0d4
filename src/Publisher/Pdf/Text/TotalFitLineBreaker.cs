namespace Publisher.Pdf.Text;

/// <summary>
/// Total-fit line breaking for justified text, after Knuth and Plass ("Breaking paragraphs into lines", 1981):
/// every piece is a box, the space after it is glue that may stretch by half and shrink by a third, and the breaks
/// of a whole paragraph are chosen together so that the sum of the lines' demerits is least. Lines may break where
/// <see cref="LineBreaker"/> may (spaces, after hyphens and slashes, soft hyphens); forced breaks end a segment
/// whose last line is ragged. When no set of breaks keeps every line within tolerance, a looser pass runs, and
/// after that the segment is broken greedily, so the breaker never fails and no line overflows.
/// </summary>
internal static class TotalFitLineBreaker
{
    /// <summary>
    /// Stretch and shrink of a space, as parts of its natural width. Noto Serif's space is narrow (0.26 em), so it
    /// shrinks by a quarter rather than TeX's third: a third made tight lines look cramped.
    /// </summary>
    private const float StretchPerGlue = 0.5f;
    private const float ShrinkPerGlue = 1f / 4f;

    /// <summary>The worst badness a line may have in the first pass, then in the looser second one.</summary>
    private static readonly double[] s_tolerances = [1000, Badness.Awful];

    private const double LinePenalty = 10;
    private const double SoftHyphenPenalty = 50;

    /// <summary>Breaking where no space is (after a hyphen or a slash, inside a split word) costs a little more.</summary>
    private const double GluelessBreakPenalty = 50;

    private const double ConsecutiveHyphenDemerits = 10000;
    private const double HyphenBeforeLastLineDemerits = 5000;
    private const double FitnessJumpDemerits = 3000;

    /// <param name="continuationIndent">How much narrower every line after the first is.</param>
    public static List<LineSpan> Break(List<TextPiece> pieces, float width, float continuationIndent = 0)
    {
        var otherWidth = width - continuationIndent;
        SplitPiecesWiderThan(pieces, Math.Min(width, otherWidth));

        var lines = new List<LineSpan>();
        var start = 0;
        while (start < pieces.Count)
        {
            var firstWidth = lines.Count == 0 ? width : otherWidth;
            var end = SegmentEnd(pieces, start);
            start = BreakOptimally(pieces, start, end, firstWidth, otherWidth, lines)
                ? end
                : LineBreaker.BreakSegment(pieces, start, firstWidth, otherWidth, lines);
        }

        return lines;
    }

    /// <summary>A word or URL longer than a line is cut by characters first, so total fit can place its parts.</summary>
    private static void SplitPiecesWiderThan(List<TextPiece> pieces, float width)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Width > width + 0.01f && pieces[i].Image is null)
            {
                LineBreaker.SplitToFit(pieces, i, width, mustTakeOne: true);
            }
        }
    }

    /// <summary>The index after the next forced break, or the end of the paragraph.</summary>
    private static int SegmentEnd(List<TextPiece> pieces, int start)
    {
        for (var i = start; i < pieces.Count; i++)
        {
            if (pieces[i].ForcedBreakAfter)
            {
                return i + 1;
            }
        }

        return pieces.Count;
    }

    /// <summary>Breaks pieces <c>[start, end)</c> into <paramref name="lines"/>; false when no pass finds feasible breaks.</summary>
    private static bool BreakOptimally(List<TextPiece> pieces, int start, int end, float firstWidth, float otherWidth, List<LineSpan> lines)
    {
        var sums = new GlueSums(pieces, start, end);
        foreach (var tolerance in s_tolerances)
        {
            var last = FindBestBreaks(pieces, start, end, sums, firstWidth, otherWidth, tolerance);
            if (last is not null)
            {
                AddLines(last, start, lines);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Walks the break opportunities in order, keeping the active breaks that a line could still start after, and
    /// returns the final break of the cheapest feasible chain, or null when there is none.
    /// </summary>
    private static Breakpoint? FindBestBreaks(List<TextPiece> pieces, int start, int end, GlueSums sums, float firstWidth, float otherWidth, double tolerance)
    {
        var count = end - start;
        var active = new List<Breakpoint> { new(-1, 0, FitnessClass.Decent, 0, false, null) };
        Span<double> bestDemerits = stackalloc double[FitnessClass.Count];
        var bestFrom = new Breakpoint?[FitnessClass.Count];

        for (var at = 0; at < count; at++)
        {
            var piece = pieces[start + at];
            var isFinal = at == count - 1;
            if (!isFinal && !piece.CanBreakAfter)
            {
                continue;
            }

            var hyphenated = !isFinal && piece.SoftHyphenAfter;
            var penalty = hyphenated ? SoftHyphenPenalty : !isFinal && piece.Glue == 0 ? GluelessBreakPenalty : 0;
            var hyphenWidth = hyphenated ? piece.HyphenWidth : 0;
            bestDemerits.Fill(double.PositiveInfinity);
            Array.Clear(bestFrom);

            var index = 0;
            while (index < active.Count)
            {
                var from = active[index];
                var lineWidth = from.Line == 0 ? firstWidth : otherWidth;
                var line = sums.Line(from.Position + 1, at);
                var isLonePiece = from.Position + 1 == at;

                // Every later break would make this line longer still: the active break is done.
                if (line.Natural - line.Shrink > lineWidth + 0.01f && !isLonePiece)
                {
                    active[index] = active[^1];
                    active.RemoveAt(active.Count - 1);
                    continue;
                }

                index++;
                var ratio = AdjustmentRatio(line.Natural + hyphenWidth, line.Stretch, line.Shrink, lineWidth, isFinal);
                if (isLonePiece && line.Natural > lineWidth)
                {
                    ratio = 0; // a piece that cannot be cut (an image) wider than the line: alone is the best it gets
                }

                var badness = Badness.Of(ratio);
                if (ratio < -1 || badness > tolerance)
                {
                    continue;
                }

                var fitness = FitnessClass.Of(ratio);
                var demerits = Demerits(badness, penalty, fitness, hyphenated, isFinal, from);
                if (from.Demerits + demerits < bestDemerits[fitness])
                {
                    bestDemerits[fitness] = from.Demerits + demerits;
                    bestFrom[fitness] = from;
                }
            }

            for (var fitness = 0; fitness < FitnessClass.Count; fitness++)
            {
                if (bestFrom[fitness] is { } from)
                {
                    active.Add(new Breakpoint(at, from.Line + 1, fitness, bestDemerits[fitness], hyphenated, from));
                }
            }

            if (active.Count == 0)
            {
                return null;
            }
        }

        return Cheapest(active, count - 1);
    }

    /// <summary>How far the line's glue must stretch (positive) or shrink (negative), as a part of what it can.</summary>
    private static double AdjustmentRatio(float natural, float stretch, float shrink, float lineWidth, bool isFinal)
    {
        var slack = lineWidth - natural;
        if (slack < -0.01f)
        {
            return shrink > 0 ? slack / shrink : double.NegativeInfinity;
        }

        // The last line is ragged: finishing glue takes up any room, as much as there is.
        if (isFinal || slack <= 0.01f)
        {
            return 0;
        }

        return stretch > 0 ? slack / stretch : double.PositiveInfinity;
    }

    private static double Demerits(double badness, double penalty, int fitness, bool hyphenated, bool isFinal, Breakpoint from)
    {
        var demerits = (LinePenalty + badness) * (LinePenalty + badness) + penalty * penalty;
        if (hyphenated && from.Hyphenated)
        {
            demerits += ConsecutiveHyphenDemerits;
        }

        if (isFinal && from.Hyphenated)
        {
            demerits += HyphenBeforeLastLineDemerits;
        }

        if (Math.Abs(fitness - from.Fitness) > 1)
        {
            demerits += FitnessJumpDemerits;
        }

        return demerits;
    }

    private static Breakpoint? Cheapest(List<Breakpoint> active, int finalPosition)
    {
        Breakpoint? best = null;
        foreach (var candidate in active)
        {
            if (candidate.Position == finalPosition && (best is null || candidate.Demerits < best.Demerits))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Follows the chain back from the final break and adds its lines in reading order.</summary>
    private static void AddLines(Breakpoint last, int start, List<LineSpan> lines)
    {
        var first = lines.Count;
        for (var node = last; node.Previous is { } previous; node = previous)
        {
            lines.Add(new LineSpan(start + previous.Position + 1, start + node.Position + 1, node == last, node.Hyphenated));
        }

        lines.Reverse(first, lines.Count - first);
    }

    /// <summary>
    /// A chosen break after the piece at <paramref name="Position"/> (relative to the segment; -1 for its start),
    /// ending line <paramref name="Line"/> - 1, with the cheapest chain of breaks that leads to it.
    /// </summary>
    private sealed record Breakpoint(int Position, int Line, int Fitness, double Demerits, bool Hyphenated, Breakpoint? Previous);

    /// <summary>Natural width, stretch and shrink of a line, in points.</summary>
    private readonly record struct LineMeasure(float Natural, float Stretch, float Shrink);

    /// <summary>Running totals of piece widths and glue over a segment, so any line is measured in constant time.</summary>
    private sealed class GlueSums
    {
        private readonly List<TextPiece> _pieces;
        private readonly int _start;
        private readonly float[] _width;
        private readonly float[] _glue;

        public GlueSums(List<TextPiece> pieces, int start, int end)
        {
            _pieces = pieces;
            _start = start;
            _width = new float[end - start + 1];
            _glue = new float[end - start + 1];
            for (var i = start; i < end; i++)
            {
                _width[i - start + 1] = _width[i - start] + pieces[i].Width + pieces[i].Glue;
                _glue[i - start + 1] = _glue[i - start] + pieces[i].Glue;
            }
        }

        /// <summary>The line from piece <paramref name="first"/> to piece <paramref name="last"/>; the glue after the last one is dropped.</summary>
        public LineMeasure Line(int first, int last)
        {
            var trailingGlue = _pieces[_start + last].Glue;
            var glue = _glue[last + 1] - _glue[first] - trailingGlue;
            return new LineMeasure(_width[last + 1] - _width[first] - trailingGlue, glue * StretchPerGlue, glue * ShrinkPerGlue);
        }
    }

    /// <summary>How bad a line looks: 100 times the cube of its adjustment ratio, at most <see cref="Awful"/>.</summary>
    private static class Badness
    {
        public const double Awful = 10000;

        public static double Of(double ratio)
        {
            var size = Math.Abs(ratio);
            return size >= 4.64 ? Awful : 100 * size * size * size;
        }
    }

    /// <summary>Tight, decent, loose and very loose lines; neighbours more than one class apart cost demerits.</summary>
    private static class FitnessClass
    {
        public const int Count = 4;
        public const int Decent = 1;

        public static int Of(double ratio) => ratio switch
        {
            < -0.5 => 0,
            <= 0.5 => Decent,
            <= 1 => 2,
            _ => 3,
        };
    }
}
