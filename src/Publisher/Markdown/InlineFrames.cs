using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>
/// Inline HTML arrives as separate open and close tags; each open tag starts a frame that collects the
/// inlines up to its close tag. The bottom frame is the container's own content.
/// </summary>
internal sealed class InlineFrames
{
    private readonly List<InlineFrame> _frames = [new InlineFrame("", "", new SourceLocation("", 0, 0), Discard: false)];

    public int Count => _frames.Count;

    public InlineFrame Top => _frames[^1];

    public void Push(InlineFrame frame) => _frames.Add(frame);

    public InlineFrame Pop()
    {
        var top = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        return top;
    }

    /// <summary>How many frames sit above the nearest open <paramref name="tag"/>, or -1 when none is open.</summary>
    public int DistanceTo(string tag)
    {
        for (var i = _frames.Count - 1; i >= 1; i--)
        {
            if (_frames[i].Tag == tag)
            {
                return _frames.Count - 1 - i;
            }
        }

        return -1;
    }
}

/// <summary>An open inline HTML element: its name, the open tag as written, where, and what it holds so far.</summary>
internal sealed record InlineFrame(string Tag, string OpenTag, SourceLocation Location, bool Discard)
{
    public List<Inline> Content { get; } = [];
}
