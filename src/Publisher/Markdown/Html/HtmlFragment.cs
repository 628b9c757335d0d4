using AngleSharp.Dom;
using Md = Markdig.Syntax;

namespace Publisher.Markdown.Html;

/// <summary>
/// One piece of raw HTML parsed as a browser would (<see cref="HtmlFragmentParser"/>): the sibling Markdig blocks
/// it covers, its nodes, and the Markdown blocks that sit inside its elements, each in place of a slot element.
/// </summary>
internal sealed class HtmlFragment
{
    /// <summary>The name of the element that stands for a Markdown block inside the HTML.</summary>
    public const string SlotElement = "publisher-markdown-slot";

    private readonly IReadOnlyList<(int Start, int SourceOffset, int SlotIndex)> _segments;

    public HtmlFragment(
        IReadOnlyList<Md.Block> blocks,
        IReadOnlyList<INode> nodes,
        IReadOnlyList<Md.Block> slots,
        IReadOnlyList<(int Start, int SourceOffset, int SlotIndex)> segments)
    {
        Blocks = blocks;
        Nodes = nodes;
        Slots = slots;
        _segments = segments;
    }

    /// <summary>The sibling blocks the fragment covers, in order; the first is an HTML block.</summary>
    public IReadOnlyList<Md.Block> Blocks { get; }

    /// <summary>The parsed HTML body's children.</summary>
    public IReadOnlyList<INode> Nodes { get; }

    /// <summary>The Markdown blocks inside the HTML, by slot number.</summary>
    public IReadOnlyList<Md.Block> Slots { get; }

    /// <summary>The id of each heading element (<c>h1</c> to <c>h6</c>), given while the chapter is parsed.</summary>
    public Dictionary<IElement, string> HeadingIds { get; } = [];

    /// <summary>The Markdown block a slot element stands for, or null when the element is not one of ours.</summary>
    public Md.Block? SlotBlock(IElement element)
    {
        if (element.LocalName != SlotElement || !int.TryParse(element.GetAttribute("n"), out var index) || index < 0 || index >= Slots.Count)
        {
            return null;
        }

        // An author could write the element by hand: only the slots we wrote ourselves count.
        var segment = SegmentAt(PositionOf(element));
        return segment.SlotIndex == index ? Slots[index] : null;
    }

    /// <summary>Where a node starts, as an offset in the parsed part of the chapter (Markdig's coordinates).</summary>
    public int SourceOffset(INode node)
    {
        var position = PositionOf(node);
        var segment = SegmentAt(position);
        return segment.SlotIndex >= 0 ? segment.SourceOffset : segment.SourceOffset + Math.Max(0, position - segment.Start);
    }

    private (int Start, int SourceOffset, int SlotIndex) SegmentAt(int position)
    {
        var low = 0;
        var high = _segments.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_segments[middle].Start <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _segments[low];
    }

    private static int PositionOf(INode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is IElement { SourceReference: { } reference })
            {
                return HtmlFragmentParser.IndexOf(reference.Position);
            }

            if (current.PreviousSibling is IElement { SourceReference: { } previous })
            {
                return HtmlFragmentParser.IndexOf(previous.Position);
            }
        }

        return 0;
    }
}
