namespace Publisher.Document;

/// <summary>
/// The typefaces a book's design uses: a serif for body text (four styles), a sans for headings, a monospace for
/// code. Each is a bundled font unless the book brings its own in <c>book.yml</c>'s <c>fonts:</c> section.
/// </summary>
internal enum FontRole
{
    Serif,
    SerifBold,
    SerifItalic,
    SerifBoldItalic,
    Sans,
    SansBold,
    Mono,
    MonoBold,
}

/// <summary>
/// One font file the book brings, read and checked: always a single face (a face chosen from a collection has been
/// taken out of it), so every writer can embed it as it is.
/// </summary>
/// <param name="SourcePath">As written in book.yml, relative to the book folder, forward slashes.</param>
/// <param name="Data">The font file: TrueType (glyf outlines) or OpenType (CFF outlines).</param>
/// <param name="MediaType"><c>font/ttf</c> (TrueType outlines) or <c>font/otf</c> (CFF outlines).</param>
internal sealed record BookFont(string SourcePath, byte[] Data, string MediaType);

/// <summary>
/// The fonts the book brings (<c>fonts:</c> in book.yml): faces that replace bundled ones, by role, and fallback
/// fonts tried in order for characters the faces lack (CJK, emoji). Empty for most books.
/// </summary>
internal sealed record BookFonts
{
    public static readonly BookFonts None = new();

    /// <summary>The faces the book gives, by role; a role left out keeps its bundled face.</summary>
    public IReadOnlyDictionary<FontRole, BookFont> Faces { get; init; } = new Dictionary<FontRole, BookFont>();

    /// <summary>Fonts for characters the faces lack, in the order they are tried.</summary>
    public IReadOnlyList<BookFont> Fallbacks { get; init; } = [];

    public bool IsEmpty => Faces.Count == 0 && Fallbacks.Count == 0;
}
