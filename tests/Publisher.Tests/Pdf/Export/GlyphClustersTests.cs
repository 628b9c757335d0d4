using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Tests.Pdf.Export;

public sealed class GlyphClustersTests
{
    [Fact]
    public void A_ligature_is_one_glyph_for_its_letters_and_a_decomposed_accent_two_glyphs_for_one_letter()
    {
        // "ffie" + "e" with a combining acute: glyphs [ffi] [e] [e] [acute], clusters 0, 3, 4, 4.
        var run = Run("ffiee\u0301", [10, 20, 30, 40], [0, 3, 4, 4]);

        Assert.Equal(
            [new GlyphCluster(0, 1, 0, 3), new GlyphCluster(1, 1, 3, 1), new GlyphCluster(2, 2, 4, 2)],
            Clusters(run));
    }

    [Fact]
    public void Right_to_left_clusters_run_to_the_next_larger_cluster_index()
    {
        // Glyphs in visual order, clusters descending: the text "abc" drawn as c, b, a.
        var run = Run("abc", [3, 2, 1], [2, 1, 0]);

        Assert.Equal(
            [new GlyphCluster(0, 1, 2, 1), new GlyphCluster(1, 1, 1, 1), new GlyphCluster(2, 1, 0, 1)],
            Clusters(run));
    }

    [Fact]
    public void A_glyph_whose_cluster_starts_at_the_end_of_the_text_stands_for_nothing()
    {
        var run = Run("hy", [1, 2, 3], [0, 1, 2]);

        Assert.Equal(new GlyphCluster(2, 1, 2, 0), Clusters(run)[^1]);
    }

    private static List<GlyphCluster> Clusters(TextRunItem run)
    {
        var clusters = new List<GlyphCluster>();
        foreach (var cluster in new GlyphClusters(run))
        {
            clusters.Add(cluster);
        }

        return clusters;
    }

    private static TextRunItem Run(string text, ushort[] glyphs, uint[] clusters) =>
        new(0, 0, ShapedRuns.Serif, 10, glyphs, new float[glyphs.Length], text, clusters, SKColors.Black);
}
