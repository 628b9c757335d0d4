
namespace Publisher.Pdf.Layout;

/// <summary>A typeset line: its height, the baseline from its top, and its items relative to its top-left corner.</summary>
internal sealed record TextLine(float Height, float Baseline, float Width, IReadOnlyList<PageItem> Items)
{
    /// <summary>The line breaks inside a word and ends with a hyphen.</summary>
    public bool EndsWithHyphen { get; init; }

    /// <summary>Where the line's first piece begins in its block's text (a UTF-16 offset).</summary>
    public int SourceOffset { get; init; }
}
