using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// One cluster of a shaped run: glyphs [<paramref name="FirstGlyph"/>, +<paramref name="GlyphCount"/>) that together
/// stand for the text [<paramref name="TextStart"/>, +<paramref name="TextLength"/>) of the run. A ligature is one
/// glyph for several characters; a decomposed accent is several glyphs for one cluster.
/// </summary>
internal readonly record struct GlyphCluster(int FirstGlyph, int GlyphCount, int TextStart, int TextLength);

/// <summary>
/// The clusters of a shaped run in glyph order (<c>foreach (var cluster in new GlyphClusters(run))</c>). A cluster's
/// text runs from its cluster index to the next larger one in the run (or the end of the text), whatever the
/// direction of the script.
/// </summary>
internal struct GlyphClusters(TextRunItem run)
{
    private readonly uint[] _clusters = run.Clusters;
    private readonly int _textLength = run.Text.Length;
    private readonly bool _ascending = IsAscending(run.Clusters);
    private uint[]? _sorted;
    private int _next;

    public GlyphCluster Current { get; private set; }

    public readonly GlyphClusters GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_next >= _clusters.Length)
        {
            return false;
        }

        var first = _next;
        var cluster = _clusters[first];
        var count = 1;
        while (first + count < _clusters.Length && _clusters[first + count] == cluster)
        {
            count++;
        }

        var start = (int)Math.Min(cluster, (uint)_textLength);
        int end;
        if (_ascending)
        {
            end = first + count < _clusters.Length ? (int)Math.Min(_clusters[first + count], (uint)_textLength) : _textLength;
        }
        else
        {
            _sorted ??= SortedDistinct(_clusters);
            var index = Array.BinarySearch(_sorted, cluster);
            end = index + 1 < _sorted.Length ? (int)Math.Min(_sorted[index + 1], (uint)_textLength) : _textLength;
        }

        Current = new GlyphCluster(first, count, start, Math.Max(0, end - start));
        _next = first + count;
        return true;
    }

    private static bool IsAscending(uint[] clusters)
    {
        for (var i = 1; i < clusters.Length; i++)
        {
            if (clusters[i] < clusters[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static uint[] SortedDistinct(uint[] clusters)
    {
        var sorted = clusters.Distinct().ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
