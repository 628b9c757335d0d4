using System.Text;
using Publisher.Diagnostics;

namespace Publisher.Book.Directives;

/// <summary>
/// A chapter's text after its directives were expanded, and for every stretch of it the file, line and column it
/// came from, so a problem found in included text is reported in the included file at its own line.
/// </summary>
internal sealed class MappedText : IEquatable<MappedText>
{
    private readonly SourcePiece[] _pieces;
    private readonly List<int> _lineStarts = [0];

    private MappedText(string text, SourcePiece[] pieces)
    {
        Text = text;
        _pieces = pieces;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    /// <summary>True when the text is one file as it is, so positions need no translation.</summary>
    public bool IsVerbatim => _pieces is [{ Offset: 0, Line: 1, Column: 1 }];

    /// <summary>
    /// The same text from the same pieces of the same files: then every position maps to the same place (a watch
    /// recognises an unchanged chapter by its source, map included).
    /// </summary>
    public bool Equals(MappedText? other) =>
        other is not null && (ReferenceEquals(this, other) || (Text == other.Text && _pieces.AsSpan().SequenceEqual(other._pieces)));

    public override bool Equals(object? obj) => Equals(obj as MappedText);

    public override int GetHashCode() => HashCode.Combine(Text.Length, _pieces.Length);

    /// <summary>The whole of one file's text, unchanged.</summary>
    public static MappedText FromFile(string file, string text) => new(text, [new SourcePiece(0, file, 1, 1)]);

    /// <summary>Where the character at <paramref name="offset"/> of <see cref="Text"/> was written.</summary>
    public SourceLocation Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var piece = _pieces[PieceAt(offset)];
        var line = LineOf(offset);
        var pieceLine = LineOf(piece.Offset);
        return line == pieceLine
            ? new SourceLocation(piece.File, piece.Line, piece.Column + offset - piece.Offset)
            : new SourceLocation(piece.File, piece.Line + line - pieceLine, offset - _lineStarts[line] + 1);
    }

    /// <summary>The pieces that start inside [start, start + length), and the piece that holds start, for copying.</summary>
    internal IEnumerable<SourcePiece> PiecesFrom(int start, int length)
    {
        var first = PieceAt(start);
        var at = Locate(start);
        yield return new SourcePiece(start, at.File, at.Line, at.Column);
        for (var i = first + 1; i < _pieces.Length && _pieces[i].Offset < start + length; i++)
        {
            yield return _pieces[i];
        }
    }

    private int PieceAt(int offset)
    {
        int low = 0, high = _pieces.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_pieces[middle].Offset <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Builds a mapped text from stretches of other mapped texts and text made at a known place.</summary>
    internal sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<SourcePiece> _pieces = [];

        public int Length => _text.Length;

        /// <summary>Copies <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>, keeping where they came from.</summary>
        public void Append(MappedText source, int start, int length)
        {
            if (length <= 0)
            {
                return;
            }

            foreach (var piece in source.PiecesFrom(start, length))
            {
                Add(piece with { Offset = _text.Length + piece.Offset - start });
            }

            _text.Append(source.Text, start, length);
        }

        /// <summary>Adds text Publisher writes itself (a code fence around an included file), placed at <paramref name="at"/>.</summary>
        public void AppendMade(string text, SourceLocation at)
        {
            if (text.Length == 0)
            {
                return;
            }

            Add(new SourcePiece(_text.Length, at.File, at.Line, at.Column));
            _text.Append(text);
        }

        /// <summary>Appends a whole mapped text (an included file after its own expansion).</summary>
        public void Append(MappedText source) => Append(source, 0, source.Text.Length);

        /// <summary>The text; an empty one is placed at the start of <paramref name="file"/>.</summary>
        public MappedText Build(string file) =>
            new(_text.ToString(), _pieces.Count == 0 ? [new SourcePiece(0, file, 1, 1)] : [.. _pieces]);

        private void Add(SourcePiece piece)
        {
            if (_pieces.Count > 0 && _pieces[^1].Offset == piece.Offset)
            {
                _pieces[^1] = piece;
            }
            else
            {
                _pieces.Add(piece);
            }
        }
    }
}

/// <summary>Text from <see cref="Offset"/> on came from <see cref="File"/> at <see cref="Line"/>, <see cref="Column"/>.</summary>
internal readonly record struct SourcePiece(int Offset, string File, int Line, int Column);
