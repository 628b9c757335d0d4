namespace Publisher.Pdf.Text;

/// <summary>
/// Shaped glyphs of one font for a piece of text, at a size of one em: multiply positions by the font size.
/// <paramref name="Clusters"/> maps each glyph to the index in <paramref name="Text"/> where its cluster starts.
/// </summary>
internal sealed record GlyphRun(FontFaceData Font, string Text, ushort[] Glyphs, float[] X, uint[] Clusters, float Advance);
