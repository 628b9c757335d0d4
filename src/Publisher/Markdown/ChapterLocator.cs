using Publisher.Diagnostics;
using Md = Markdig.Syntax;

namespace Publisher.Markdown;

/// <summary>
/// Where in the chapter's file a Markdig node is. Markdig spans count from the start of the parsed part, and
/// some nodes have no span: those are reported at the block being converted.
/// </summary>
internal sealed class ChapterLocator(ParsedChapter chapter)
{
    private int _blockOffset;

    /// <summary>The parsed part being converted (normally the whole chapter).</summary>
    public ParsedPart Part { get; set; } = chapter.Parts[0];

    /// <summary>Remembers the block being converted, the fallback location of nodes without a span.</summary>
    public void EnterBlock(Md.Block block) => _blockOffset = block.Span.Start;

    public SourceLocation Locate(Md.MarkdownObject node)
    {
        var offset = node.Span.Start >= 0 && node.Span.End >= node.Span.Start ? node.Span.Start : _blockOffset;
        return chapter.Lines.Locate(Part.Offset + Math.Max(0, offset));
    }

    /// <summary>The location of a position inside the current part.</summary>
    public SourceLocation LocateOffset(int offsetInPart) => chapter.Lines.Locate(Part.Offset + Math.Max(0, offsetInPart));
}
