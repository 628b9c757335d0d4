namespace Publisher.Document;

/// <summary>A block of a chapter. <see cref="Line"/> is the 1-based source line, for diagnostics.</summary>
internal abstract record Block
{
    public int Line { get; init; }

    /// <summary>
    /// The BCP 47 language of this block's text when it differs from the book's (raw HTML <c>lang</c>); null inherits
    /// the language around it. The PDF hyphenates in it; the EPUB writes it as <c>lang</c>.
    /// </summary>
    public string? ContentLanguage { get; init; }

    /// <summary>A figure, table or code block the author pinned in place (<c>{.here}</c>): it never floats to the next page.</summary>
    public bool Pinned { get; init; }
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

internal sealed record TableCell(IReadOnlyList<Inline> Content);

/// <summary>An image standing alone in its paragraph, shown as a figure with a caption.</summary>
/// <param name="Caption">From the image title, else its alt text; may be empty.</param>
internal sealed record FigureBlock(ImageResource Image, string AltText, IReadOnlyList<Inline> Caption) : Block;

internal sealed record ThematicBreakBlock : Block;

/// <summary>Raw HTML, already sanitized and made well-formed XHTML (fragment, XHTML namespace implied).</summary>
/// <param name="Xhtml">For the EPUB.</param>
/// <param name="PlainText">The text content, for the PDF, which does not render HTML.</param>
internal sealed record HtmlBlock(string Xhtml, string PlainText) : Block;
