namespace Publisher.Pdf.Layout;

/// <summary>
/// The standard structure types of a tagged PDF (ISO 32000-1, 14.8.4) that the book uses. The exporter writes the
/// name as it stands (<c>/S /H2</c>), so every one is a standard type and the file needs no role map.
/// </summary>
internal enum StructureRole
{
    Document,
    Part,
    Sect,
    Div,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    THead,
    TBody,
    TR,
    TH,
    TD,
    Figure,
    Caption,
    Code,
    BlockQuote,
    Note,
    Reference,
    Link,
    TOC,
    TOCI,
    Span,
}

/// <summary>The scope of a table header cell: the column below it (our tables' headers are rows at the top).</summary>
internal enum HeaderScope
{
    None,
    Column,
    Row,
}

/// <summary>
/// Why a drawn item is no part of the book's text (an artifact, ISO 32000-1, 14.8.2.2): <see cref="Pagination"/> for
/// running heads, folios and repeated table headers, <see cref="Layout"/> for rules, backgrounds, shading, leaders.
/// </summary>
internal enum ArtifactKind
{
    /// <summary>Not an artifact: the item belongs to the structure (or draws nothing).</summary>
    None,
    Pagination,
    Layout,
}

/// <summary>
/// One element of the book's structure tree (a chapter, heading, paragraph, list item, table cell, link...), built by
/// the block layouters from the Document as they lay a chapter out. Its kids are, in reading (Document) order, child
/// elements and runs of its own content (<see cref="StructureContent"/>), which page items point at. A chapter's
/// nodes depend on nothing but the chapter: no page numbers, no global state, so a laid-out chapter can be cached and
/// its tree reused. Nodes are only added to while their chapter is laid out, and read after.
/// </summary>
internal sealed class StructureNode(StructureRole role)
{
    private readonly List<object> _kids = [];

    public StructureRole Role { get; } = role;

    /// <summary>
    /// What the element says in words: a figure's alternative text (<c>/Alt</c>), a link's text (its annotation's
    /// <c>/Contents</c>).
    /// </summary>
    public string? Alt { get; init; }

    /// <summary>The BCP 47 language of the element's text when it differs from the text around it (<c>/Lang</c>).</summary>
    public string? Lang { get; init; }

    /// <summary>What an abbreviation stands for (<c>/E</c>), from raw HTML's <c>&lt;abbr title&gt;</c>.</summary>
    public string? Expansion { get; init; }

    /// <summary>For a header cell (<see cref="StructureRole.TH"/>): the cells it heads.</summary>
    public HeaderScope Scope { get; init; }

    /// <summary>For a table cell: how many columns it spans (<c>/ColSpan</c>).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>For a table cell: how many rows it spans (<c>/RowSpan</c>).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>Child elements (<see cref="StructureNode"/>) and runs of own content (<see cref="StructureContent"/>), in reading order.</summary>
    public IReadOnlyList<object> Kids => _kids;

    /// <summary>Adds a child element after the kids so far and returns it.</summary>
    public StructureNode Add(StructureNode child)
    {
        _kids.Add(child);
        return child;
    }

    /// <summary>Adds a child element of <paramref name="role"/> and returns it.</summary>
    public StructureNode Add(StructureRole role) => Add(new StructureNode(role));

    /// <summary>
    /// The run of own content that follows the kids so far: the last kid when it is already a run, else a new one.
    /// Page items given it are marked as this element's content, in the place among its kids where the run stands.
    /// </summary>
    public StructureContent Content()
    {
        if (_kids.Count > 0 && _kids[^1] is StructureContent last)
        {
            return last;
        }

        var content = new StructureContent(this);
        _kids.Add(content);
        return content;
    }

    /// <summary>The heading role for a level from 1 to 6.</summary>
    public static StructureRole Heading(int level) => StructureRole.H1 + (Math.Clamp(level, 1, 6) - 1);
}

/// <summary>
/// A run of one structure element's own content: the page items that point at it (<see cref="PageItem.Content"/>)
/// are written as marked content of <see cref="Owner"/>, at this run's place among its kids.
/// </summary>
internal sealed class StructureContent(StructureNode owner)
{
    public StructureNode Owner { get; } = owner;
}

/// <summary>
/// Where a text run stands in a word broken across two lines at a hyphen: the words' parts are marked apart, so the
/// structure tree can give the word whole (a Span with the word as its ActualText) while the page shows it broken.
/// </summary>
[Flags]
internal enum WordPart
{
    None = 0,

    /// <summary>The run is the start of a word that goes on at the start of the next line (after the break hyphen).</summary>
    Head = 1,

    /// <summary>The run is the rest of a word begun at the end of the line before.</summary>
    Tail = 2,
}

/// <summary>
/// Where a piece of a paragraph stands in the structure tree (<see cref="Text.TextPiece.Tag"/>): the run of content
/// its glyphs belong to (null for a decorative image: an artifact), and the Link element whose annotation its link
/// area becomes.
/// </summary>
internal sealed record PieceTag(StructureContent? Content, StructureNode? Link);
