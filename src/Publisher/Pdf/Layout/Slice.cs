using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Pdf.Layout;

/// <summary>
/// A piece of laid-out content that never splits across pages: a line of a paragraph, a line of code, a table row
/// (or, for a row taller than a page, one line of each of its cells), a figure. Items are relative to the slice's top-left corner at the left edge of the text block.
/// </summary>
/// <param name="Height">Height in points, without <see cref="SpaceBefore"/>.</param>
internal sealed record Slice(float Height, IReadOnlyList<PageItem> Items)
{
    /// <summary>Space above the slice; dropped at the top of a page.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>No page break may come between this slice and the next (headings, widows and orphans).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>The baseline of the slice's first line, from its top, when it starts with text (list markers align to it).</summary>
    public float? FirstBaseline { get; init; }

    /// <summary>Slices repeated at the top of a new page when a page break falls just before this slice (table headers).</summary>
    public IReadOnlyList<Slice>? RepeatAfterBreak { get; init; }

    /// <summary>
    /// The footnotes referenced on this slice, by <see cref="Footnote.Id"/>, in reading order. The page flow sets each
    /// note at the foot of the page where its first reference lands.
    /// </summary>
    public IReadOnlyList<string>? FootnoteIds { get; init; }

    /// <summary>
    /// Set on the first slice of a figure, table or code block that may float: how many slices it has. When they do
    /// not fit in the room left on a page, the page flow sets them at the top of the next page and fills the room with
    /// the text that follows them.
    /// </summary>
    public int FloatLength { get; init; }

    /// <summary>
    /// Set by the page flow on the slices of a float it moved to the top of the next page, after text that follows it
    /// in reading order (the page map still begins that page at the float, where the printed page begins; a tagged
    /// PDF's structure tree should put these slices back before that text).
    /// </summary>
    public bool Floated { get; init; }

    /// <summary>A line of text that ends with a hyphen inside a word: the page flow avoids ending a page with it.</summary>
    public bool EndsWithHyphen { get; init; }

    /// <summary>
    /// Where the slice's content begins in the chapter's text, for the page map; null for what has no place of its
    /// own (rules, a repeated table header, the later bands of a tall row, footnotes). Each block layout gives the
    /// position inside its block, and the block above puts the block's index in front (<see cref="BlockPosition.Under"/>).
    /// </summary>
    public BlockPosition? Start { get; init; }

    /// <summary>Where the content comes from, for diagnostics about oversize content.</summary>
    public SourceLocation? Source { get; init; }

    public Slice Shift(float dx) => dx == 0 ? this : this with
    {
        Items = Items.Select(item => PageItems.Translate(item, dx, 0)).ToList(),
        RepeatAfterBreak = RepeatAfterBreak?.Select(header => header.Shift(dx)).ToList(),
    };

    /// <summary>This slice with extra items drawn beneath (first) or above its own.</summary>
    public Slice WithItems(IEnumerable<PageItem> below, IEnumerable<PageItem>? above = null) =>
        this with { Items = [.. below, .. Items, .. above ?? []] };
}
