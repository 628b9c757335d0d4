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
}
