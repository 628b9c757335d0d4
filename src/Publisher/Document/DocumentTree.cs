namespace Publisher.Document;

/// <summary>Walks the Document tree: every block inside blocks, every inline inside blocks and inlines.</summary>
internal static class DocumentTree
{
    /// <summary>The blocks and every block nested in them, depth first, parents before children.</summary>
    public static IEnumerable<Block> Blocks(IEnumerable<Block> blocks) => blocks.SelectMany(block => Blocks(ChildBlocks(block)).Prepend(block));

    /// <summary>The blocks directly inside a block.</summary>
    public static IEnumerable<Block> ChildBlocks(Block block) => block switch
    {
        QuoteBlock quote => quote.Blocks,
        ListBlock list => list.Items.SelectMany(i => i.Blocks),
        DefinitionListBlock definitions => definitions.Items.SelectMany(i => i.Definitions.SelectMany(d => d)),
        ContainerBlock container => container.Blocks,
        _ => [],
    };

    /// <summary>The inline runs a block holds itself (not those of nested blocks).</summary>
    public static IEnumerable<IReadOnlyList<Inline>> InlineRuns(Block block) => block switch
    {
        HeadingBlock heading => [heading.Content],
        ParagraphBlock paragraph => [paragraph.Content],
        TableBlock table => table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells).Select(c => c.Content),
        FigureBlock figure => [figure.Caption],
        DefinitionListBlock definitions => definitions.Items.SelectMany(i => i.Terms),
        ContainerBlock container => [container.Label],
        _ => [],
    };

    /// <summary>The inlines and every inline nested in them, depth first.</summary>
    public static IEnumerable<Inline> Inlines(IEnumerable<Inline> inlines) => inlines.SelectMany(inline => Inlines(ChildInlines(inline)).Prepend(inline));

    private static IReadOnlyList<Inline> ChildInlines(Inline inline) => inline switch
    {
        StyledInline styled => styled.Content,
        LinkInline link => link.Content,
        SpanInline span => span.Content,
        _ => [],
    };
}
