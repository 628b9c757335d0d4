namespace Publisher.Document;

/// <summary>A run of content inside a paragraph, heading, cell or caption.</summary>
internal abstract record Inline
{
    /// <summary>
    /// The BCP 47 language of this inline's content when it differs from the text around it (raw HTML
    /// <c>&lt;span lang="de"&gt;</c>); null inherits it.
    /// </summary>
    public string? ContentLanguage { get; init; }
}

internal sealed record TextInline(string Text) : Inline;

internal enum InlineStyle
{
    Emphasis,
    Strong,
    Strikethrough,
    Superscript,
    Subscript,
}

internal sealed record StyledInline(InlineStyle Style, IReadOnlyList<Inline> Content) : Inline;

internal sealed record CodeInline(string Code) : Inline;

internal sealed record LinkInline(LinkTarget Target, IReadOnlyList<Inline> Content, string? Title = null) : Inline;

/// <summary>An image inside running text (not alone in its paragraph).</summary>
internal sealed record ImageInline(ImageResource Image, string AltText) : Inline;

/// <summary>A reference to a footnote of the same chapter.</summary>
/// <param name="NoteId">The <see cref="Footnote.Id"/> it points to.</param>
/// <param name="ReferenceId">This reference's own id (the note's back link target), unique within the chapter.</param>
internal sealed record FootnoteReference(string NoteId, string ReferenceId, int Number) : Inline;

/// <summary>A soft line break: a space when typeset.</summary>
internal sealed record SoftBreak : Inline;

/// <summary>A hard line break.</summary>
internal sealed record LineBreak : Inline;

/// <summary>Raw inline HTML, already sanitized; <paramref name="PlainText"/> for the PDF.</summary>
internal sealed record HtmlInline(string Xhtml, string PlainText) : Inline;

/// <summary>Helpers over inline lists.</summary>
internal static class Inlines
{
    /// <summary>
    /// How many characters an inline adds to its block's text, the text page positions count in (both writers count
    /// alike): text and code as written (soft hyphens included), a soft break one, a note reference its number, raw
    /// HTML its plain text; images and hard breaks none.
    /// </summary>
    public static int TextLength(Inline inline) => inline switch
    {
        TextInline text => text.Text.Length,
        StyledInline styled => styled.Content.Sum(TextLength),
        CodeInline code => code.Code.Length,
        LinkInline link => link.Content.Sum(TextLength),
        FootnoteReference reference => reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length,
        SoftBreak => 1,
        HtmlInline html => html.PlainText.Length,
        _ => 0,
    };

    public static string ToPlainText(IEnumerable<Inline> inlines)
    {
        var text = new System.Text.StringBuilder();
        Append(text, inlines);
        return text.ToString().Trim();
    }

    private static void Append(System.Text.StringBuilder text, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: text.Append(t.Text); break;
                case StyledInline s: Append(text, s.Content); break;
                case CodeInline c: text.Append(c.Code); break;
                case LinkInline l: Append(text, l.Content); break;
                case ImageInline i: text.Append(i.AltText); break;
                case SoftBreak or LineBreak: text.Append(' '); break;
                case HtmlInline h: text.Append(h.PlainText); break;
                case FootnoteReference: break;
            }
        }
    }
}
