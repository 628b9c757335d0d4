namespace Publisher.Pdf.Text;

/// <summary>
/// Total-fit line breaking for justified text, after Knuth and Plass ("Breaking paragraphs into lines", 1981):
/// every piece is a box, the space after it is glue that may stretch by half and shrink by a quarter, and the breaks
/// of a whole paragraph are chosen together so that the sum of the lines' demerits is least. Lines may break where
/// <see cref="LineBreaker"/> may (spaces, after hyphens and slashes, soft hyphens, hyphenation points); forced breaks end a segment
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

    /// <summary>
    /// The worst badness a line may have in the first pass (2000: spaces up to about 2.4 times their width), then in
    /// the second. Without hyphenation a quarter of ordinary paragraphs need a line looser than 1000; a first pass
    /// at 2000 fails rarely and, measured, does the least work overall.
    /// </summary>
    private static readonly double[] Tolerances = [2000, Badness.Awful];

    /// <summary>
    /// As TeX's <c>\pretolerance</c>: a paragraph whose lines can all be set at this badness or better without
    /// breaking a word (spaces up to about 1.6 times their width) is set so, and hyphenation points are tried only
    /// for the others. Hyphens then stay where they help, not wherever they are cheaper than a decent space.
    /// </summary>
    private const double PreTolerance = 200;

    private const double LinePenalty = 10;
    private const double SoftHyphenPenalty = 50;

    /// <summary>Breaking at a hyphenation point costs twice TeX's default <c>\hyphenpenalty</c>: measured, it saves hyphens and no loose line.</summary>
    private const double HyphenationPenalty = 100;

    /// <summary>A typesetter's rule: no more than two hyphenated lines in a row (automatic hyphens never make a third).</summary>
    private const int MaxHyphensInARow = 2;

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
                LineBreaker.SplitToFit(pieces, i, width, width, mustTakeOne: true);
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
        if (HasHyphenationPoint(pieces, start, end) && FindBestBreaks(pieces, start, end, sums, firstWidth, otherWidth, PreTolerance, hyphenate: false) is { } unhyphenated)
        {
            AddLines(unhyphenated, start, lines);
            return true;
        }

        foreach (var tolerance in Tolerances)
        {
            var last = FindBestBreaks(pieces, start, end, sums, firstWidth, otherWidth, tolerance, hyphenate: true);
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
    private static bool HasHyphenationPoint(List<TextPiece> pieces, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (pieces[i].HyphenationPointAfter)
            {
                return true;
            }
        }

        return false;
    }

    private static Breakpoint? FindBestBreaks(List<TextPiece> pieces, int start, int end, GlueSums sums, float firstWidth, float otherWidth, double tolerance, bool hyphenate)
    {
        var count = end - start;
        var maxRatio = tolerance >= Badness.Awful ? double.PositiveInfinity : Math.Cbrt(tolerance / 100);
        var active = new List<Breakpoint> { new(-1, 0, FitnessClass.Decent, 0, 0, false, null) };
        Span<double> bestDemerits = stackalloc double[FitnessClass.Count];
        var bestFrom = new Breakpoint?[FitnessClass.Count];

        for (var at = 0; at < count; at++)
        {
            var piece = pieces[start + at];
            var isFinal = at == count - 1;
            if (!isFinal && (!piece.CanBreakAfter || (!hyphenate && piece.HyphenationPointAfter)))
            {
                continue;
            }

            var hyphenated = !isFinal && piece.BreaksWithHyphen;
            var automatic = hyphenated && !piece.SoftHyphenAfter;
            var penalty = automatic ? HyphenationPenalty : hyphenated ? SoftHyphenPenalty : !isFinal && piece.Glue == 0 ? GluelessBreakPenalty : 0;
            var hyphenWidth = hyphenated ? piece.HyphenWidth : 0;
            bestDemerits.Fill(double.PositiveInfinity);
            Array.Clear(bestFrom);

            // The glue after the break is dropped; what is left of each line is a difference of running totals.
            var trailingGlue = piece.Glue;
            var widthToHere = sums.Width[at + 1] - trailingGlue;
            var glueToHere = sums.Glue[at + 1] - trailingGlue;
            var index = 0;
            while (index < active.Count)
            {
                var from = active[index];
                var lineWidth = from.Line == 0 ? firstWidth : otherWidth;
                var natural = widthToHere - sums.Width[from.Position + 1];
                var glue = glueToHere - sums.Glue[from.Position + 1];
                var isLonePiece = from.Position + 1 == at;

                // Every later break would make this line longer still: the active break is done.
                if (natural - glue * ShrinkPerGlue > lineWidth + 0.01f && !isLonePiece)
                {
                    active[index] = active[^1];
                    active.RemoveAt(active.Count - 1);
                    continue;
                }

                index++;

                // Automatic hyphens never make a third hyphenated line in a row, nor leave a word's end alone on a
                // paragraph's last line; an author's soft hyphen only pays demerits for either.
                if ((automatic && from.HyphensInARow >= MaxHyphensInARow) || (isFinal && from.Automatic))
                {
                    continue;
                }

                var ratio = isLonePiece && natural > lineWidth
                    ? 0 // a piece that cannot be cut (an image) wider than the line: alone is the best it gets
                    : AdjustmentRatio(natural + hyphenWidth, glue, lineWidth, isFinal);
                if (ratio < -1 || ratio > maxRatio)
                {
                    continue;
                }

                var badness = Badness.Of(ratio, capped: tolerance < Badness.Awful);
                var fitness = FitnessClass.Of(ratio);
                var demerits = Demerits(badness, penalty, fitness, hyphenated, isFinal, from);
                if (from.Demerits + demerits < bestDemerits[fitness])
                {
                    bestDemerits[fitness] = from.Demerits + demerits;
                    bestFrom[fitness] = from;
                }
            }

            // A break whose chain costs more than the cheapest one here plus the largest fitness demerits can never
            // lead to a cheaper paragraph: dropping it keeps the active list short.
            var cheapest = double.PositiveInfinity;
            foreach (var demerits in bestDemerits)
            {
                cheapest = Math.Min(cheapest, demerits);
            }

            for (var fitness = 0; fitness < FitnessClass.Count; fitness++)
            {
                if (bestFrom[fitness] is { } from && bestDemerits[fitness] <= cheapest + FitnessJumpDemerits)
                {
                    var inARow = hyphenated ? from.HyphensInARow + 1 : 0;
                    active.Add(new Breakpoint(at, from.Line + 1, fitness, bestDemerits[fitness], inARow, automatic, from));
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
    private static double AdjustmentRatio(float natural, float glue, float lineWidth, bool isFinal)
    {
        var slack = lineWidth - natural;
        if (slack < -0.01f)
        {
            return glue > 0 ? slack / (glue * ShrinkPerGlue) : double.NegativeInfinity;
        }

        // The last line is ragged: finishing glue takes up any room, as much as there is.
        if (isFinal || slack <= 0.01f)
        {
            return 0;
        }

        return glue > 0 ? slack / (glue * StretchPerGlue) : double.PositiveInfinity;
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
            lines.Add(new LineSpan(start + previous.Position + 1, start + node.Position + 1, node == last, node.HyphensInARow > 0));
        }

        lines.Reverse(first, lines.Count - first);
    }

    /// <summary>
    /// A chosen break after the piece at <paramref name="Position"/> (relative to the segment; -1 for its start),
    /// ending line <paramref name="Line"/> - 1, with the cheapest chain of breaks that leads to it.
    /// <paramref name="HyphensInARow"/> counts the hyphenated lines that end here (0 when this line ends without a
    /// hyphen); <paramref name="Automatic"/> is set when its hyphen comes from a hyphenation point.
    /// </summary>
    private sealed record Breakpoint(int Position, int Line, int Fitness, double Demerits, int HyphensInARow, bool Automatic, Breakpoint? Previous)
    {
        public bool Hyphenated => HyphensInARow > 0;
    }

    /// <summary>
    /// Running totals over a segment: <see cref="Width"/>[k] is the width of its first k pieces with the glue after
    /// each, <see cref="Glue"/>[k] that glue alone; any line is then measured by two subtractions.
    /// </summary>
    private sealed class GlueSums
    {
        public GlueSums(List<TextPiece> pieces, int start, int end)
        {
            Width = new float[end - start + 1];
            Glue = new float[end - start + 1];
            for (var i = start; i < end; i++)
            {
                Width[i - start + 1] = Width[i - start] + pieces[i].Width + pieces[i].Glue;
                Glue[i - start + 1] = Glue[i - start] + pieces[i].Glue;
            }
        }

        public float[] Width { get; }

        public float[] Glue { get; }
    }

    /// <summary>
    /// How bad a line looks: 100 times the cube of its adjustment ratio, at most <see cref="Awful"/> while a pass has
    /// a tolerance. The last pass, which accepts any line, does not cap it: among lines that are all awful (a short
    /// line before a long URL) it must still prefer the one whose spaces stretch least.
    /// </summary>
    private static class Badness
    {
        public const double Awful = 10000;

        /// <summary>
        /// Finite, so that a line with no space to stretch still has a price, and small enough that squared demerits
        /// keep their precision (spaces stretched about a hundredfold and beyond are all alike).
        /// </summary>
        private const double Unbearable = 1e8;

        public static double Of(double ratio, bool capped)
        {
            var size = Math.Abs(ratio);
            var badness = 100 * size * size * size;
            return Math.Min(badness, capped ? Awful : Unbearable);
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
