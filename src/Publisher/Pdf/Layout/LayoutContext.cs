using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Pdf.Text;
using Publisher.Pdf.Text.Hyphenation;

namespace Publisher.Pdf.Layout;

/// <summary>
/// What laying out one chapter needs besides the blocks: the design, where we are in the book (for anchors,
/// links and diagnostics), and the characters no font could draw. One per chapter, so chapters run in parallel.
/// </summary>
internal sealed class LayoutContext(Typography typography, ChapterDocument? chapter, DiagnosticBag diagnostics)
{
    private readonly SortedSet<int> _missing = [];
    private int _missingLine;

    public Typography Typography { get; } = typography;

    public ChapterDocument? Chapter { get; } = chapter;

    public int ChapterIndex => Chapter?.Index ?? -1;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>How deeply nested the list being laid out is (0 outside lists).</summary>
    public int ListDepth { get; set; }

    /// <summary>
    /// The language of the text being laid out (the book's, or a block's own); justified text is hyphenated in it
    /// when the book allows (<see cref="PdfSettings.Hyphenate"/>).
    /// </summary>
    public string? Language { get; set; }

    /// <summary>The hyphenator for justified text in <see cref="Language"/>, or null when it is not to be hyphenated.</summary>
    public Hyphenator? Hyphenator => Typography.Settings.Hyphenate ? HyphenationLanguages.For(Language) : null;

    /// <summary>The source line of the block being laid out.</summary>
    public int CurrentLine { get; set; }

    /// <summary>The first reference to each footnote, for the note's back link.</summary>
    public Dictionary<string, string> FootnoteReferences { get; } = [];

    public SourceLocation? Location => Chapter is null ? null : new SourceLocation(Chapter.SourcePath, Math.Max(1, CurrentLine), 1);

    public string Destination(string? anchorId) => DestinationNames.For(ChapterIndex, anchorId);

    public void NoteShaped(ShapedText shaped)
    {
        if (shaped.MissingCharacters is not { } missing)
        {
            return;
        }

        if (_missing.Count == 0)
        {
            _missingLine = CurrentLine;
        }

        foreach (var rune in missing.EnumerateRunes())
        {
            _missing.Add(rune.Value);
        }
    }

    /// <summary>One PUB300 warning per chapter listing every character no font could draw.</summary>
    public void ReportMissingGlyphs()
    {
        if (_missing.Count == 0)
        {
            return;
        }

        var where = Chapter is null ? null : new SourceLocation(Chapter.SourcePath, Math.Max(1, _missingLine), 1);
        var fonts = Typography.Fonts;
        var which = (fonts.HasOwnFonts, fonts.SystemFontsAllowed) switch
        {
            (true, true) => "Neither the book's fonts nor the system's have",
            (false, true) => "Neither the bundled fonts nor the system's have",
            (true, false) => "The book's fonts have no glyph for",
            _ => "The bundled fonts have no glyph for",
        };
        Diagnostics.Warning(
            DiagnosticCodes.MissingGlyphs,
            $"{which} these characters, they print as empty boxes: {FontLibrary.Describe(_missing)}",
            where,
            fonts.SystemFontsAllowed
                ? "add a font that has them to 'fonts: fallback:' in book.yml, or replace the characters"
                : "add a font file that has them to 'fonts: fallback:' in book.yml, replace the characters, or let the PDF use this machine's fonts with 'pdf.systemFonts: true' (the PDF then depends on the machine that builds it)");
    }
}
