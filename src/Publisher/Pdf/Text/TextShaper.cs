using System.Text;

namespace Publisher.Pdf.Text;

/// <summary>
/// Shapes text in one of a book's faces, splitting it into runs by character coverage so that characters the face
/// lacks are drawn by a fallback font of the same <see cref="FontSet"/>. Callers go through
/// <see cref="FontSet.Shape"/>, which caches the results.
/// </summary>
internal static class TextShaper
{
    [ThreadStatic]
    private static long ShapedOnThisThread;

    /// <summary>Characters this thread has shaped (cache misses only): a work count that tests hold against the input's length.</summary>
    public static long CharactersShapedOnThisThread => ShapedOnThisThread;

    public static ShapedText Shape(FontSet fonts, FontFace face, string text)
    {
        ShapedOnThisThread += text.Length;
        var primary = fonts[face];
        var runs = new List<GlyphRun>(1);
        StringBuilder? missing = null;
        FontFaceData? runFont = null;
        var runStart = 0;
        var index = 0;
        while (index < text.Length)
        {
            var codepoint = ReadCodepoint(text, index, out var length);
            var font = runFont ?? primary;
            if (!FontLibrary.NeedsNoGlyph(codepoint) && !Rune.IsWhiteSpace(new Rune(codepoint)))
            {
                if (primary.HasGlyph(codepoint))
                {
                    font = primary;
                }
                else if (runFont is not null && runFont.HasGlyph(codepoint))
                {
                    font = runFont;
                }
                else
                {
                    var fallback = fonts.FallbackFor(codepoint);
                    if (fallback is null)
                    {
                        missing ??= new StringBuilder();
                        missing.Append(text, index, length);
                        font = primary;
                    }
                    else
                    {
                        font = fallback;
                    }
                }
            }

            if (runFont is not null && font != runFont)
            {
                runs.Add(runFont.Shape(text, runStart, index - runStart));
                runStart = index;
            }

            runFont = font;
            index += length;
        }

        runs.Add((runFont ?? primary).Shape(text, runStart, text.Length - runStart));
        var advance = 0f;
        foreach (var run in runs)
        {
            advance += run.Advance;
        }

        return new ShapedText(runs, advance, missing?.ToString());
    }

    private static int ReadCodepoint(string text, int index, out int length)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }

        length = 1;
        return char.IsSurrogate(text[index]) ? 0xFFFD : text[index];
    }
}
