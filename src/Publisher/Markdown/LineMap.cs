using Publisher.Book.Directives;
using Publisher.Diagnostics;
namespace Publisher.Markdown;

/// <summary>
/// Turns a character offset in a chapter's text into a 1-based line and column; in text that directives brought
/// in from other files, into the file, line and column it was written at.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];
    private readonly MappedText? _map;

    public LineMap(string file, string text, MappedText? map = null)
    {
        File = file;
        _map = map is not null && map.Text.Length == text.Length ? map : null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string File { get; }

    public SourceLocation Locate(int offset)
    {
        offset = Math.Max(0, offset);
        if (_map is not null)
        {
            return _map.Locate(offset);
        }

        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(File, line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The offset where a 0-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Count - 1)];
}
