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
        Shape = TextShaper.Shape(style.Face, text);
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

    public string? LinkUrl { get; init; }

    public string? LinkDestination { get; init; }

    /// <summary>A named destination placed at the start of this piece (footnote references).</summary>
    public string? AnchorName { get; set; }

    public ImageResource? Image { get; }

    public float ImageHeight { get; }

    /// <summary>A copy of this piece with other text, keeping style, link and anchor.</summary>
    public TextPiece WithText(string text) => new(text, Style)
    {
        LinkUrl = LinkUrl,
        LinkDestination = LinkDestination,
        AnchorName = AnchorName,
    };
}
