namespace Publisher.Highlighting;

/// <summary>Maps ColorCode's scope names (e.g. <c>Keyword</c>, <c>XML Attribute Value</c>) to token kinds.</summary>
internal static class ScopeKinds
{
    /// <summary>The kind of a scope, or null for scopes that carry no colour of their own (operators, brackets...).</summary>
    public static TokenKind? Of(string? scopeName)
    {
        if (string.IsNullOrEmpty(scopeName))
        {
            return null;
        }

        var name = scopeName.ToLowerInvariant();
        if (name.Contains("comment") || name.Contains("xml doc"))
        {
            return TokenKind.Comment;
        }

        if (name.Contains("preprocessor"))
        {
            return TokenKind.Preprocessor;
        }

        if (name.Contains("attribute value") || name.Contains("attribute quotes") || name.Contains("property value") || name.Contains("string") ||
            name.Contains("cdata") || name.Contains("entity") || name == "markdown code")
        {
            return TokenKind.String;
        }

        if (name.Contains("number"))
        {
            return TokenKind.Number;
        }

        if (name.Contains("keyword") || name.Contains("json const") || name == "built in value" || name == "sql system function" ||
            name == "powershell operator")
        {
            return TokenKind.Keyword;
        }

        if (name.Contains("attribute") || name.Contains("property name") || name.Contains("json key") ||
            name.Contains("parameter") || name.Contains("variable"))
        {
            return TokenKind.Attribute;
        }

        if (name.Contains("type") || name is "class name" or "constructor" or "name space" or "built in function" or "powershell command")
        {
            return TokenKind.Type;
        }

        if (name.StartsWith("html", StringComparison.Ordinal) || name.StartsWith("xml", StringComparison.Ordinal) ||
            name.Contains("selector") || name.StartsWith("markdown", StringComparison.Ordinal) || name.Contains("tag delimiter"))
        {
            return TokenKind.Markup;
        }

        return null;
    }
}
