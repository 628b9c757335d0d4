using AngleSharp.Dom;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>HTML lists (<c>ul</c>, <c>ol</c>, <c>menu</c>) and definition lists (<c>dl</c>).</summary>
internal static class HtmlLists
{
    public static List<FlowItem> List(IElement list, HtmlConverter converter, int depth)
    {
        var items = new List<List<Block>>();
        var strays = false;
        foreach (var child in list.ChildNodes)
        {
            if (child is IElement { LocalName: "li" } item)
            {
                items.Add(converter.BlocksOf(item, depth));
                continue;
            }

            var blocks = converter.Blocks([child], depth);
            if (blocks.Count == 0)
            {
                continue;
            }

            // Markdown written inside <ul>...</ul>: its list's items join this list.
            if (blocks is [ListBlock markdownList])
            {
                items.AddRange(markdownList.Items.Select(i => i.Blocks.ToList()));
                continue;
            }

            strays = true;
            if (items.Count == 0)
            {
                items.Add([]);
            }

            items[^1].AddRange(blocks);
        }

        if (strays)
        {
            converter.Warn(DiagnosticCodes.HtmlElementMoved, $"Content directly inside <{list.LocalName}> was moved into a list item: a list holds only items", list);
        }

        var ordered = list.LocalName == "ol";
        var start = ordered && int.TryParse(list.GetAttribute("start"), out var number) ? number : 1;
        return [new ListBlock(ordered, start, [.. items.Select(blocks => new ListItem(blocks))])];
    }

    public static List<FlowItem> Definitions(IElement list, HtmlConverter converter, int depth)
    {
        var items = new List<(List<IReadOnlyList<Inline>> Terms, List<IReadOnlyList<Block>> Definitions)>();
        var moved = new List<Block>();
        foreach (var child in list.ChildNodes)
        {
            switch (child)
            {
                case IElement { LocalName: "dt" } term:
                    var (inlines, termMoved) = converter.InlinesOf(term, depth);
                    moved.AddRange(termMoved);
                    if (items.Count == 0 || items[^1].Definitions.Count > 0)
                    {
                        items.Add(([], []));
                    }

                    items[^1].Terms.Add(inlines);
                    break;
                case IElement { LocalName: "dd" } definition:
                    if (items.Count == 0)
                    {
                        items.Add(([], []));
                    }

                    items[^1].Definitions.Add(converter.BlocksOf(definition, depth));
                    break;
                default:
                    var blocks = converter.Blocks([child], depth);
                    if (blocks.Count > 0)
                    {
                        converter.Warn(DiagnosticCodes.HtmlElementMoved, "Content directly inside <dl> was moved into a definition: a definition list holds only terms and definitions", list);
                        if (items.Count == 0)
                        {
                            items.Add(([], []));
                        }

                        items[^1].Definitions.Add(blocks);
                    }

                    break;
            }
        }

        return [new DefinitionListBlock([.. items.Select(i => new DefinitionItem(i.Terms, i.Definitions))]), .. moved.Select(FlowItem.Of)];
    }
}
