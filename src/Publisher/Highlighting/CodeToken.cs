namespace Publisher.Highlighting;

/// <summary>What a piece of code is, for colouring; both writers map kinds to their own styles.</summary>
internal enum TokenKind
{
    Plain,
    Keyword,
    String,
    Comment,
    Number,
    Type,
    Preprocessor,
    Markup,
    Attribute,
}

/// <summary>A piece of one line of code and its kind.</summary>
internal sealed record CodeToken(string Text, TokenKind Kind);
