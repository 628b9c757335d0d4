namespace Publisher.Pdf.Text;

/// <summary>
/// Cuts a piece longer than a line (a pasted blob, a long URL) into parts by characters, in time that grows with the
/// piece's length: where to cut comes from the piece's own shaping (the width of each character cluster), and each
/// part is shaped once. Parts end between clusters, so a letter and its accents, or a surrogate pair, stay together.
/// </summary>
internal static class WordCutter
{
    private const float Tolerance = 0.01f;

    /// <summary>Whether the piece has two clusters or more, so that it can be cut (an image or a lone letter cannot).</summary>
    public static bool CanCut(TextPiece piece)
    {
        if (piece.Image is not null || piece.Text.Length < 2)
        {
            return false;
        }

        var runs = piece.Shape.Runs;
        if (runs.Count > 1)
        {
            return true;
        }

        foreach (var cluster in runs[0].Clusters)
        {
            if (cluster != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The parts of <paramref name="piece"/>: the first fits <paramref name="firstRoom"/>, every later one fits
    /// <paramref name="otherRoom"/>, so each can fill a line. Null when not even one cluster fits the first room and
    /// <paramref name="mustTakeOne"/> is false; otherwise a part too narrow for its first cluster takes that one alone.
    /// The parts keep the piece's style and link; the first keeps its anchor, the last its glue and break flags, and
    /// every other part may end a line.
    /// </summary>
    public static List<TextPiece>? Cut(TextPiece piece, float firstRoom, float otherRoom, bool mustTakeOne)
    {
        var text = piece.Text;
        var clusters = ClusterWidths(piece);
        var parts = new List<TextPiece>();
        var start = 0;
        var lastStart = 0;
        while (start < text.Length)
        {
            lastStart = start;
            var room = parts.Count == 0 ? firstRoom : otherRoom;
            var end = FittingEnd(clusters, start, room);
            if (end == start)
            {
                if (parts.Count == 0 && !mustTakeOne)
                {
                    return null;
                }

                end = clusters.NextStart(start);
            }

            var part = ShapeFitting(piece, clusters, start, ref end, room);
            part.CanBreakAfter = true;
            if (parts.Count > 0)
            {
                part.AnchorName = null;
            }

            parts.Add(part);
            start = end;
        }

        // A line that ends with the last part may end with a hyphen (the author's soft hyphen after the word): that
        // part leaves room for it, or a line of the part and its hyphen would overflow.
        if (piece.BreaksWithHyphen)
        {
            var lastRoom = (parts.Count == 1 ? firstRoom : otherRoom) - TextPiece.Hyphen(piece.Style).Advance * piece.Style.Size;
            var end = FittingEnd(clusters, lastStart, lastRoom);
            if (parts[^1].Width > lastRoom + 0.01f && end > lastStart && end < text.Length)
            {
                var shortened = ShapeFitting(piece, clusters, lastStart, ref end, lastRoom);
                shortened.CanBreakAfter = true;
                shortened.AnchorName = parts[^1].AnchorName;
                parts[^1] = shortened;
                var tailEnd = text.Length;
                var tail = ShapeFitting(piece, clusters, end, ref tailEnd, otherRoom);
                tail.AnchorName = null;
                parts.Add(tail);
            }
        }

        var last = parts[^1];
        last.Glue = piece.Glue;
        last.CanBreakAfter = piece.CanBreakAfter;
        last.ForcedBreakAfter = piece.ForcedBreakAfter;
        last.SoftHyphenAfter = piece.SoftHyphenAfter;
        last.HyphenationPointAfter = piece.HyphenationPointAfter;
        return parts;
    }

    /// <summary>The end of the most whole clusters from <paramref name="start"/> that fit <paramref name="room"/>; start when none.</summary>
    private static int FittingEnd(ClusterTable clusters, int start, float room)
    {
        var end = start;
        var width = 0f;
        var i = start;
        while (i < clusters.Length)
        {
            var next = clusters.NextStart(i);
            width += clusters.Width[i];
            if (width > room + Tolerance)
            {
                break;
            }

            end = next;
            i = next;
        }

        return end;
    }

    /// <summary>
    /// Shapes <c>Text[start..end)</c> as a part. Shaped on its own a part can come out a little wider than the whole
    /// word's shaping said (kerning at the cut); it then gives back clusters until it fits, keeping at least one.
    /// </summary>
    private static TextPiece ShapeFitting(TextPiece piece, ClusterTable clusters, int start, ref int end, float room)
    {
        var part = piece.WithText(piece.Text[start..end], start);
        while (part.Width > room + Tolerance && clusters.PreviousStart(end) is var shorter && shorter > start)
        {
            end = shorter;
            part = piece.WithText(piece.Text[start..end], start);
        }

        return part;
    }

    /// <summary>
    /// The width in points of each character cluster, stored at its first character, and where clusters start.
    /// A glyph's width is the distance to the glyph drawn after it (the run's advance for the last).
    /// </summary>
    private static ClusterTable ClusterWidths(TextPiece piece)
    {
        var text = piece.Text;
        var table = new ClusterTable(text.Length);
        var runStart = 0;
        foreach (var run in piece.Shape.Runs)
        {
            for (var g = 0; g < run.Glyphs.Length; g++)
            {
                var next = g + 1 < run.Glyphs.Length ? run.X[g + 1] : run.Advance;
                var at = runStart + (int)Math.Min(run.Clusters[g], (uint)(run.Text.Length - 1));
                table.Width[at] += (next - run.X[g]) * piece.Style.Size;
                table.StartsCluster[at] = true;
            }

            runStart += run.Text.Length;
        }

        table.StartsCluster[0] = true;
        for (var i = 1; i < text.Length; i++)
        {
            // Never between the halves of a surrogate pair, whatever the shaping said.
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                table.StartsCluster[i] = false;
            }
        }

        return table;
    }

    private sealed class ClusterTable(int length)
    {
        public int Length { get; } = length;

        public float[] Width { get; } = new float[length];

        public bool[] StartsCluster { get; } = new bool[length];

        /// <summary>Where the last cluster before <paramref name="end"/> starts.</summary>
        public int PreviousStart(int end)
        {
            var previous = end - 1;
            while (previous > 0 && !StartsCluster[previous])
            {
                previous--;
            }

            return previous;
        }

        /// <summary>Where the cluster after the one at <paramref name="index"/> starts (or the end).</summary>
        public int NextStart(int index)
        {
            var next = index + 1;
            while (next < Length && !StartsCluster[next])
            {
                next++;
            }

            return next;
        }
    }
}
