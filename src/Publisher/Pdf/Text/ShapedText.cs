namespace Publisher.Pdf.Text;

/// <summary>
/// A piece of text shaped in one face, split into runs where a fallback font had to draw some characters.
/// <paramref name="MissingCharacters"/> lists characters no font could draw (drawn as .notdef), or is null.
/// </summary>
internal sealed record ShapedText(IReadOnlyList<GlyphRun> Runs, float Advance, string? MissingCharacters)
{
    public static readonly ShapedText Empty = new([], 0, null);
}
