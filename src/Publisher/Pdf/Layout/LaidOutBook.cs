using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// The typeset book: every page with its absolutely positioned items, and the outline. This is the hand-over
/// from layout to export: the exporter draws exactly this and decides nothing about layout.
/// Coordinates are PDF points with the origin at the page's top-left corner and y growing downwards (as in Skia).
/// </summary>
/// <param name="Info">What the file says about itself: title, authors, language, dates.</param>
internal sealed record LaidOutBook(IReadOnlyList<PageFrame> Pages, IReadOnlyList<OutlineEntry> Outline, PdfDocumentInfo Info)
{
    /// <summary>
    /// The root (<see cref="StructureRole.Document"/>) of the book's structure tree in reading order: front matter,
    /// contents, chapters. The pages' items point into it; the exporter writes it as the PDF's structure tree.
    /// </summary>
    public StructureNode Structure { get; init; } = new(StructureRole.Document);

    /// <summary>Where each page begins in the Document, for the EPUB's page list. Not the exporter's business.</summary>
    public PageMap PageMap { get; init; } = PageMap.None;

    /// <summary>The fonts the book was set in: the faces an SVG image's text may use (see Export's SvgTypefaces).</summary>
    public FontSet Fonts { get; init; } = FontSet.Bundled;
}

/// <summary>How a page's number is printed and labelled in the PDF viewer.</summary>
internal enum PageNumberStyle
{
    /// <summary>No label (e.g. the title page); viewers show the physical number.</summary>
    None,

    /// <summary>i, ii, iii: front matter.</summary>
    LowerRoman,

    /// <summary>1, 2, 3: the body.</summary>
    Decimal,
}

/// <summary>One page.</summary>
/// <param name="NumberStyle">The numbering the page belongs to.</param>
/// <param name="Number">Its number within that numbering (1-based); the printed folio and the PDF page label.</param>
internal sealed record PageFrame(
    float Width,
    float Height,
    PageNumberStyle NumberStyle,
    int Number,
    IReadOnlyList<PageItem> Items)
{
    /// <summary>
    /// A page named rather than numbered (the cover): its PDF page label is this text, whatever its number style.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>
    /// On a part's title page: the heading (H1) that opens the part's element in the structure tree. It stays with the
    /// page, so a page a watch keeps from an earlier build brings the very heading its text is marked as.
    /// </summary>
    public StructureNode? PartHeading { get; init; }
}

/// <summary>
/// Something drawn or marked on a page. For a tagged PDF layout says what each item is to a reader: content of a
/// structure element (<see cref="Content"/>), an <see cref="Artifact"/> (running heads, rules, backgrounds), or
/// neither for what draws nothing (anchors) and what the exporter then marks as a plain artifact.
/// </summary>
internal abstract record PageItem
{
    /// <summary>The run of structure content this item belongs to (a link area: the Link element it activates).</summary>
    public StructureContent? Content { get; init; }

    /// <summary>Why the item is no part of the text, when it is not.</summary>
    public ArtifactKind Artifact { get; init; }
}

/// <summary>
/// A shaped run of glyphs in one font, size and colour. <paramref name="GlyphX"/> holds each glyph's x offset
/// from <paramref name="X"/>; <paramref name="Text"/> is the run's Unicode text and <paramref name="Clusters"/> maps
/// each glyph to the UTF-16 index in <paramref name="Text"/> where its cluster starts, so the exporter can keep
/// the text searchable and copyable (ligatures included).
/// </summary>
internal sealed record TextRunItem(
    float X,
    float Baseline,
    SKTypeface Typeface,
    float FontSize,
    ushort[] Glyphs,
    float[] GlyphX,
    string Text,
    uint[] Clusters,
    SKColor Color) : PageItem
{
    /// <summary>
    /// This run is only the hyphen drawn where a line breaks inside a word (at a hyphenation point or an author's
    /// soft hyphen; <see cref="Text"/> is "-"). It is no part of the book's text: extraction, copying and reading
    /// aloud should give the word whole. Today's exporter writes it as U+002D on purpose: pdftotext (poppler) joins a
    /// word across a line only when the line ends in "-"; mapped to U+00AD (what ISO 32000 asks for a hyphen added at
    /// a break, and what Acrobat joins on) poppler 22.12 keeps "extraordi­" and "nary" apart. A tagging writer
    /// should put it in the paragraph's marked content as a soft hyphen (ActualText U+00AD on this glyph) or as an
    /// artifact, so the structure tree reads the word whole.
    /// </summary>
    public bool IsBreakHyphen { get; init; }

    /// <summary>The run is part of a word broken across lines (see <see cref="Layout.WordPart"/>).</summary>
    public WordPart WordPart { get; init; }
}

/// <summary>A filled rectangle (code block background, table shading).</summary>
internal sealed record RectItem(SKRect Rect, SKColor Fill) : PageItem;

/// <summary>A straight line (rules, table borders, underlines).</summary>
internal sealed record LineItem(SKPoint From, SKPoint To, float Thickness, SKColor Color) : PageItem;

/// <summary>An image scaled into <paramref name="Rect"/>.</summary>
internal sealed record ImageItem(SKRect Rect, PageImage Image) : PageItem;

/// <summary>A clickable area: to a URL outside the book, or to a named destination inside it.</summary>
internal sealed record LinkItem(SKRect Rect, string? Url, string? DestinationName) : PageItem;

/// <summary>A named destination: where internal links and outline entries land.</summary>
internal sealed record AnchorItem(string Name, SKPoint Position) : PageItem;

/// <summary>A bookmark: a chapter or section, with the page (0-based physical index) and y where it starts.</summary>
internal sealed record OutlineEntry(string Title, int PageIndex, float Y, IReadOnlyList<OutlineEntry> Children);

/// <summary>Names of PDF destinations, so links and anchors agree.</summary>
internal static class DestinationNames
{
    /// <summary>
    /// The destination of a chapter's start, or of an element id inside it. Names are ASCII (other characters as
    /// ~xxxx), so a PDF name holds them byte for byte and ids that differ only in accented letters stay apart.
    /// </summary>
    public static string For(int chapterIndex, string? anchorId) =>
        anchorId is null ? $"ch{chapterIndex}" : $"ch{chapterIndex}:{Ascii(anchorId)}";

    /// <summary>The destination of a part's title page.</summary>
    public static string Part(int partIndex) => $"part{partIndex}";

    /// <summary>Where an outline entry leads: a part's page, a chapter's start, or a heading.</summary>
    public static string Of(Document.OutlineItem entry) =>
        entry.Kind == Document.OutlineKind.Part ? Part(entry.PartIndex) : For(entry.ChapterIndex, entry.AnchorId);

    private static string Ascii(string id)
    {
        if (id.All(c => c is > ' ' and < '\u007f' and not '~'))
        {
            return id;
        }

        var name = new System.Text.StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (c is > ' ' and < '\u007f' and not '~')
            {
                name.Append(c);
            }
            else
            {
                name.Append('~').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return name.ToString();
    }
}
