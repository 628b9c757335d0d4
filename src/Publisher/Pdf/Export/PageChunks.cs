namespace Publisher.Pdf.Export;

/// <summary>A contiguous range of pages drawn into a PDF of its own.</summary>
internal readonly record struct PageChunk(int FirstPageIndex, int PageCount);

/// <summary>
/// Splits a book's pages into contiguous chunks that can be drawn in parallel. Skia draws one document on one
/// thread, so a long book is cut into a fixed number of chunks; a short one stays whole.
/// </summary>
internal static class PageChunks
{
    /// <summary>Books shorter than this are drawn as one document: splitting costs more than it saves.</summary>
    public const int MinimumPagesToSplit = 40;

    /// <summary>More chunks than this duplicates fonts for little gain.</summary>
    public const int MaximumChunks = 4;

    /// <summary>
    /// Always two, whatever the machine: each chunk embeds its own font subsets, so the count shapes the bytes, and
    /// a book must come out byte-identical on a laptop and in CI. Two already uses both cores of the build machine.
    /// </summary>
    public const int DefaultChunkCount = 2;

    /// <summary>
    /// Up to <paramref name="chunkCount"/> chunks of near-equal size covering every page in order; one chunk when
    /// the book is short. The same inputs always give the same chunks.
    /// </summary>
    public static IReadOnlyList<PageChunk> Split(int pageCount, int chunkCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkCount, 1);
        if (pageCount < MinimumPagesToSplit || chunkCount == 1)
        {
            return [new PageChunk(0, pageCount)];
        }

        var count = Math.Min(chunkCount, pageCount);
        var chunks = new List<PageChunk>(count);
        var first = 0;
        for (var i = 0; i < count; i++)
        {
            // Spread the remainder over the first chunks so sizes differ by at most one page.
            var size = pageCount / count + (i < pageCount % count ? 1 : 0);
            chunks.Add(new PageChunk(first, size));
            first += size;
        }

        return chunks;
    }
}
