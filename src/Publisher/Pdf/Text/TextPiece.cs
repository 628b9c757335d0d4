using Publisher.Document;

namespace Publisher.Pdf.Text;

/// <summary>
/// An unbreakable piece of a paragraph (a word, part of a word, or an inline image), with the glue that follows it.
/// Lines break only after a piece whose <see cref="CanBreakAfter"/> is set.
/// </summary>
internal sealed class TextPiece
{
    public TextPiece(string text, TextStyle style)
    {
        Text = text;
        Style = style;
        Shape = style.Shape(text);
        Width = Shape.Advance * style.Size;
    }

    public TextPiece(ImageResource image, float width, float height, TextStyle style)
    {
        Text = "";
        Style = style;
        Shape = ShapedText.Empty;
        Image = image;
        Width = width;
        ImageHeight = height;
    }

    public string Text { get; }

    public TextStyle Style { get; }

    public ShapedText Shape { get; }

    /// <summary>Width in points.</summary>
    public float Width { get; }

    /// <summary>The natural width of the space after this piece, in points; 0 when none follows.</summary>
    public float Glue { get; set; }

    public bool CanBreakAfter { get; set; }

    public bool ForcedBreakAfter { get; set; }

    /// <summary>
    /// The author put a soft hyphen (U+00AD) after this piece, inside a word: a line may break here, and a line
    /// that does ends with a visible hyphen. The soft hyphen itself is never part of <see cref="Text"/>.
    /// </summary>
    public bool SoftHyphenAfter { get; set; }

    /// <summary>
    /// The language's hyphenation patterns allow a break after this piece, inside a word (automatic hyphenation): a
    /// line may break here at a cost, and a line that does ends with a visible hyphen. Unbroken, the word's pieces
    /// are drawn as one shaped word, so its kerning and ligatures stay.
    /// </summary>
    public bool HyphenationPointAfter { get; set; }

    /// <summary>
    /// On the first piece of a word cut at hyphenation points: the whole word shaped at once, drawn when no line
    /// breaks inside the word (null on other pieces).
    /// </summary>
    public ShapedText? WholeWord { get; set; }

    /// <summary>A line broken after this piece ends with a hyphen (an author's soft hyphen or a hyphenation point).</summary>
    public bool BreaksWithHyphen => SoftHyphenAfter || HyphenationPointAfter;

    /// <summary>Width in points of the hyphen drawn when a line breaks after this piece with a hyphen; 0 when none.</summary>
    public float HyphenWidth => BreaksWithHyphen ? Hyphen(Style).Advance * Style.Size : 0;

    public string? LinkUrl { get; init; }

    public string? LinkDestination { get; init; }

    /// <summary>A named destination placed at the start of this piece (footnote references).</summary>
    public string? AnchorName { get; set; }

    public ImageResource? Image { get; }

    /// <summary>Where the piece begins in its block's text (a UTF-16 offset), so a page can say where in the text it begins.</summary>
    public int SourceOffset { get; init; }

    public float ImageHeight { get; }

    /// <summary>The visible hyphen that ends a line broken at a soft hyphen, shaped in <paramref name="style"/>'s face.</summary>
    public static ShapedText Hyphen(TextStyle style) => style.Shape("-");

    /// <summary>A copy of this piece with other text, keeping style, link and anchor; <paramref name="skipped"/> characters further on in the source.</summary>
    public TextPiece WithText(string text, int skipped = 0) => new(text, Style)
    {
        LinkUrl = LinkUrl,
        LinkDestination = LinkDestination,
        AnchorName = AnchorName,
        SourceOffset = SourceOffset + skipped,
    };
}
