namespace Publisher.Document;

/// <summary>A block of a chapter. <see cref="Line"/> is the 1-based source line, for diagnostics.</summary>
internal abstract record Block
{
    public int Line { get; init; }

    /// <summary>An id raw HTML gave this block (a link target), unique within its chapter; null when none.</summary>
    public string? AnchorId { get; init; }

    /// <summary>How the block's lines or picture sit in the measure (HTML <c>align</c>, <c>&lt;center&gt;</c>, <c>text-align</c>).</summary>
    public BlockAlignment Alignment { get; init; }

    /// <summary>
    /// The BCP 47 language of this block's text when it differs from the book's (raw HTML <c>lang</c>); null inherits
    /// the language around it. The PDF hyphenates in it; the EPUB writes it as <c>lang</c>.
    /// </summary>
    public string? ContentLanguage { get; init; }

    /// <summary>A figure, table or code block the author pinned in place (<c>{.here}</c>): it never floats to the next page.</summary>
    public bool Pinned { get; init; }
}

internal enum BlockAlignment
{
    Default,
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A heading, levels 1 to 6; <paramref name="Id"/> is unique within its chapter.</summary>
internal sealed record HeadingBlock(int Level, string Id, IReadOnlyList<Inline> Content) : Block
{
    /// <summary>The heading as plain text, for TOCs, outlines and running headers.</summary>
    public string PlainText => Inlines.ToPlainText(Content);
}

internal sealed record ParagraphBlock(IReadOnlyList<Inline> Content) : Block;

/// <summary>Fenced or indented code; <paramref name="Language"/> is the info string's first word, lower case.</summary>
internal sealed record CodeBlock(string? Language, string Code) : Block;

internal sealed record QuoteBlock(IReadOnlyList<Block> Blocks) : Block;

/// <summary>An ordered or bulleted list; task list items have <see cref="ListItem.Checked"/> set.</summary>
internal sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items) : Block;

internal sealed record ListItem(IReadOnlyList<Block> Blocks, bool? Checked = null);

internal sealed record DefinitionListBlock(IReadOnlyList<DefinitionItem> Items) : Block;

internal sealed record DefinitionItem(IReadOnlyList<IReadOnlyList<Inline>> Terms, IReadOnlyList<IReadOnlyList<Block>> Definitions);

internal enum ColumnAlignment
{
    Default,
    Left,
    Center,
    Right,
}

/// <summary>A table; <paramref name="HeaderRows"/> repeat after a page break in the PDF.</summary>
internal sealed record TableBlock(
    IReadOnlyList<ColumnAlignment> Alignments,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> BodyRows) : Block;

internal sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A table cell; from raw HTML it may span columns or rows, be a header cell or have its own alignment.</summary>
internal sealed record TableCell(IReadOnlyList<Inline> Content)
{
    public int ColumnSpan { get; init; } = 1;

    public int RowSpan { get; init; } = 1;

    /// <summary>A header cell (<c>th</c>) in a body row.</summary>
    public bool IsHeader { get; init; }

    public ColumnAlignment Alignment { get; init; }
}

/// <summary>An image standing alone in its paragraph, shown as a figure with a caption.</summary>
/// <param name="Caption">From the image title, else its alt text, or an HTML <c>figcaption</c>; may be empty.</param>
internal sealed record FigureBlock(ImageResource Image, string AltText, IReadOnlyList<Inline> Caption) : Block
{
    /// <summary>The width the author asked for (HTML <c>width</c>); null: the image's own size, shrunk to fit.</summary>
    public ImageWidth? Width { get; init; }

    /// <summary>Where the picture links to (HTML <c>&lt;a href&gt;&lt;img&gt;&lt;/a&gt;</c>); null when it does not.</summary>
    public LinkTarget? Link { get; init; }
}

/// <summary>
/// Blocks kept together under a role that no other block type describes, from raw HTML: an aside, a collapsible
/// details section (its summary as <see cref="Label"/>; always open in print), or a figure that holds more or
/// other than one picture (its caption as <see cref="Label"/>).
/// </summary>
internal sealed record ContainerBlock(ContainerKind Kind, IReadOnlyList<Block> Blocks) : Block
{
    public IReadOnlyList<Inline> Label { get; init; } = [];
}

internal enum ContainerKind
{
    Aside,
    Details,
    Figure,
}

internal sealed record ThematicBreakBlock : Block;
