namespace Publisher.Highlighting;

/// <summary>Splits code into lines of coloured tokens, for the EPUB and the PDF alike.</summary>
internal static class CodeHighlighter
{
    /// <summary>
    /// One list of tokens per source line (no line terminators). Unknown or missing languages give plain tokens.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<CodeToken>> Highlight(string code, string? language) =>
        code.TrimEnd('\n').Split('\n')
            .Select(line => (IReadOnlyList<CodeToken>)[new CodeToken(line.TrimEnd('\r'), TokenKind.Plain)])
            .ToList();
}
