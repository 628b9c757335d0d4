using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>
/// What inline HTML elements make of their content, the same for tags inside a Markdown paragraph and for
/// elements of an HTML block: emphasis, code, underline, quotation marks, a language or a title.
/// </summary>
internal static class HtmlInlineElements
{
    private static readonly Dictionary<string, InlineStyle> Styles = new(StringComparer.Ordinal)
    {
        ["em"] = InlineStyle.Emphasis,
        ["i"] = InlineStyle.Emphasis,
        ["cite"] = InlineStyle.Emphasis,
        ["dfn"] = InlineStyle.Emphasis,
        ["var"] = InlineStyle.Emphasis,
        ["strong"] = InlineStyle.Strong,
        ["b"] = InlineStyle.Strong,
        ["del"] = InlineStyle.Strikethrough,
        ["s"] = InlineStyle.Strikethrough,
        ["strike"] = InlineStyle.Strikethrough,
        ["sub"] = InlineStyle.Subscript,
        ["sup"] = InlineStyle.Superscript,
        ["u"] = InlineStyle.Underline,
        ["ins"] = InlineStyle.Underline,
        ["mark"] = InlineStyle.Highlight,
        ["small"] = InlineStyle.Small,
    };

    private static readonly HashSet<string> Code = new(StringComparer.Ordinal) { "code", "kbd", "samp", "tt" };

    /// <summary>True for an element this class turns into inlines.</summary>
    public static bool IsInline(string name) =>
        Styles.ContainsKey(name) || Code.Contains(name) || name == "q" || HtmlElements.PlainSpans.Contains(name);

    /// <summary>
    /// The inlines <paramref name="name"/> makes of <paramref name="content"/>; a title (<c>abbr</c>, <c>dfn</c>,
    /// <c>acronym</c>) makes a <see cref="SpanInline"/> around them, and a language (<c>lang</c>) is their
    /// <see cref="Inline.ContentLanguage"/>.
    /// </summary>
    public static List<Inline> Wrap(string name, IReadOnlyList<Inline> content, string? title, string? language)
    {
        List<Inline> wrapped = name switch
        {
            _ when Styles.TryGetValue(name, out var style) => [new StyledInline(style, content)],
            _ when Code.Contains(name) => [new CodeInline(XmlCharacters.Clean(Inlines.ToPlainText(content)))],
            "q" => [new TextInline("\u201C"), .. content, new TextInline("\u201D")],
            _ => [.. content],
        };

        var explains = name is "abbr" or "acronym" or "dfn" && !string.IsNullOrWhiteSpace(title);
        if (explains)
        {
            wrapped = [new SpanInline(wrapped) { Title = XmlCharacters.Clean(title!.Trim()) }];
        }

        if (language is null)
        {
            return wrapped;
        }

        // The language goes on the element itself when there is one, else on a span around the text.
        return wrapped is [StyledInline or CodeInline or SpanInline or LinkInline]
            ? [wrapped[0] with { ContentLanguage = language }]
            : [new SpanInline(wrapped) { ContentLanguage = language }];
    }
}
