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

    /// <summary>HTML <c>u</c> and <c>ins</c>.</summary>
    Underline,

    /// <summary>HTML <c>mark</c>.</summary>
    Highlight,

    /// <summary>HTML <c>small</c>: side comments, fine print.</summary>
    Small,
}

internal sealed record StyledInline(InlineStyle Style, IReadOnlyList<Inline> Content) : Inline;

internal sealed record CodeInline(string Code) : Inline;

internal sealed record LinkInline(LinkTarget Target, IReadOnlyList<Inline> Content, string? Title = null) : Inline;

/// <summary>An image inside running text (not alone in its paragraph), or a picture in a table cell.</summary>
internal sealed record ImageInline(ImageResource Image, string AltText) : Inline
{
    /// <summary>The width the author asked for (HTML <c>width</c>); null: an icon the height of the text.</summary>
    public ImageWidth? Width { get; init; }

    /// <summary>Where the picture sits when it is set as a figure (HTML <c>align</c> on the image).</summary>
    public BlockAlignment Alignment { get; init; }
}

/// <summary>
/// A run of text that raw HTML marks without formatting it: with a language (<c>&lt;span lang="fr"&gt;</c>, in
/// <see cref="Inline.ContentLanguage"/>) or an explanation (<c>&lt;abbr title="..."&gt;</c>).
/// </summary>
internal sealed record SpanInline(IReadOnlyList<Inline> Content) : Inline
{
    public string? Title { get; init; }
}

/// <summary>A link target inside running text: an id raw HTML put on an element (<c>&lt;a id="x"&gt;</c>).</summary>
internal sealed record AnchorInline(string Id) : Inline;

/// <summary>A reference to a footnote of the same chapter.</summary>
/// <param name="NoteId">The <see cref="Footnote.Id"/> it points to.</param>
/// <param name="ReferenceId">This reference's own id (the note's back link target), unique within the chapter.</param>
internal sealed record FootnoteReference(string NoteId, string ReferenceId, int Number) : Inline;

/// <summary>A soft line break: a space when typeset.</summary>
internal sealed record SoftBreak : Inline;

/// <summary>A hard line break.</summary>
internal sealed record LineBreak : Inline;

/// <summary>Helpers over inline lists.</summary>
internal static class Inlines
{
    /// <summary>
    /// How many characters an inline adds to its block's text, the text page positions count in (both writers count
    /// alike): text and code as written (soft hyphens included), a soft break one, a note reference its number; images,
    /// anchors and hard breaks none.
    /// </summary>
    public static int TextLength(Inline inline) => inline switch
    {
        TextInline text => text.Text.Length,
        StyledInline styled => styled.Content.Sum(TextLength),
        CodeInline code => code.Code.Length,
        LinkInline link => link.Content.Sum(TextLength),
        FootnoteReference reference => reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length,
        SoftBreak => 1,
        SpanInline span => span.Content.Sum(TextLength),
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
                case SpanInline span: Append(text, span.Content); break;
                case FootnoteReference or AnchorInline: break;
            }
        }
    }
}
