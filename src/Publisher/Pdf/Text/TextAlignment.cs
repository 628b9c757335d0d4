namespace Publisher.Pdf.Text;

/// <summary>How lines sit in their measure; justified paragraphs keep their last line ragged.</summary>
internal enum TextAlignment
{
    Justify,
    Left,
    Center,
    Right,
}
