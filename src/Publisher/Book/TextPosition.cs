namespace Publisher.Book;

/// <summary>Line and column arithmetic shared by the encoding checks: 1-based, columns count characters (Unicode scalars).</summary>
internal static class TextPosition
{
    /// <summary>The position of the character that follows <paramref name="text"/>.</summary>
    public static (int Line, int Column) After(ReadOnlySpan<char> text)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            (line, column) = Advance(text, i, line, column);
        }

        return (line, column);
    }

    /// <summary>The position after the character at <paramref name="index"/>, given the position of that character.</summary>
    public static (int Line, int Column) Advance(ReadOnlySpan<char> text, int index, int line, int column)
    {
        var c = text[index];
        if (c == '\n' || (c == '\r' && (index + 1 >= text.Length || text[index + 1] != '\n')))
        {
            return (line + 1, 1);
        }

        // A surrogate pair is one character; a CR before LF belongs to the same line break.
        return char.IsLowSurrogate(c) || c == '\r' ? (line, column) : (line, column + 1);
    }

    /// <summary>
    /// Answers line and column for positions in increasing order, counting each stretch of text only once, so
    /// finding positions all through a 10 MB file stays linear.
    /// </summary>
    public sealed class Cursor(string text)
    {
        private int _index;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) At(int index)
        {
            if (index < _index)
            {
                throw new ArgumentOutOfRangeException(nameof(index), "positions must be asked for in increasing order");
            }

            var segment = text.AsSpan(_index, index - _index);
            var lastBreak = segment.LastIndexOfAny('\n', '\r');
            if (lastBreak >= 0)
            {
                var breaks = segment.Count('\n') + segment.Count('\r') - segment.Count("\r\n");
                // A CR at the end of the segment whose LF lies beyond it was counted once already as a CR.
                if (segment[lastBreak] == '\r' && _index + lastBreak + 1 < text.Length && text[_index + lastBreak + 1] == '\n')
                {
                    breaks--;
                }

                _line += breaks;
                _column = 1;
                segment = segment[(lastBreak + 1)..];
            }

            _column += Characters(segment);
            _index = index;
            return (_line, _column);
        }

        private static int Characters(ReadOnlySpan<char> segment)
        {
            var lowSurrogates = 0;
            foreach (var c in segment)
            {
                if (char.IsLowSurrogate(c))
                {
                    lowSurrogates++;
                }
            }

            return segment.Length - lowSurrogates;
        }
    }
}
