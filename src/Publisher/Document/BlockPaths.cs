namespace Publisher.Document;

/// <summary>
/// Paths to the parts of a chapter that hold text, as lists of child indices from the chapter's blocks. A block's
/// children: a quote's blocks; a list's items, then an item's blocks; a definition list's items, then an item's terms
/// followed by its definitions, then a definition's blocks; a table's rows (header rows first), then a row's cells;
/// a container's blocks. Headings, paragraphs, code, figures, rules, terms and cells have none.
/// </summary>
internal static class BlockPaths
{
    /// <summary>
    /// The node a path leads to: a <see cref="Block"/>, a <see cref="TableRow"/>, a <see cref="TableCell"/>, a term
    /// (its inline list) or null when the path leads nowhere.
    /// </summary>
    public static object? Resolve(IReadOnlyList<Block> blocks, IReadOnlyList<int> path)
    {
        object? node = blocks;
        foreach (var index in path)
        {
            node = Child(node, index);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private static object? Child(object? node, int index) => node switch
    {
        IReadOnlyList<Block> blocks => At(blocks, index),
        QuoteBlock quote => At(quote.Blocks, index),
        ListBlock list => At(list.Items, index),
        ListItem item => At(item.Blocks, index),
        DefinitionListBlock definitions => At(definitions.Items, index),
        DefinitionItem item => index < item.Terms.Count ? At(item.Terms, index) : At(item.Definitions, index - item.Terms.Count),
        TableBlock table => index < table.HeaderRows.Count ? At(table.HeaderRows, index) : At(table.BodyRows, index - table.HeaderRows.Count),
        TableRow row => At(row.Cells, index),
        ContainerBlock container => At(container.Blocks, index),
        _ => null,
    };

    private static object? At<T>(IReadOnlyList<T> list, int index) => index >= 0 && index < list.Count ? list[index] : null;
}
