namespace Publisher.Document;

/// <summary>
/// The <c>pdf:</c> section of <c>book.yml</c>, with every default filled in. Lengths are in PDF points (1/72 inch).
/// This is the one place the PDF's defaults live: <c>new PdfSettings()</c> is the default book (A4, its default
/// margins, 10.5 pt type), and <see cref="ForPage"/> the default for any other page size.
/// </summary>
internal sealed record PdfSettings
{
    /// <summary>The body text size when book.yml sets none.</summary>
    public const float DefaultFontSize = 10.5f;

    /// <summary>The page size when book.yml sets none and the language's region does not use Letter.</summary>
    public static readonly (float Width, float Height) A4 = (595.28f, 841.89f);

    private static readonly (float Top, float Bottom, float Inner, float Outer) A4Margins = DefaultMargins(A4.Width, A4.Height);

    public float PageWidth { get; init; } = A4.Width;
    public float PageHeight { get; init; } = A4.Height;
    public float MarginTop { get; init; } = A4Margins.Top;
    public float MarginBottom { get; init; } = A4Margins.Bottom;
    public float MarginInner { get; init; } = A4Margins.Inner;
    public float MarginOuter { get; init; } = A4Margins.Outer;
    public float FontSize { get; init; } = DefaultFontSize;

    /// <summary>
    /// Whether characters the book's fonts lack may come from the building machine's fonts (<c>pdf.systemFonts</c>).
    /// Off by default: then one book gives the same PDF on every machine.
    /// </summary>
    public bool SystemFonts { get; init; }

    /// <summary>Justified text is hyphenated in its language (<c>pdf.hyphenate</c>).</summary>
    public bool Hyphenate { get; init; } = true;

    /// <summary>
    /// A figure, table or code block that does not fit in the space left on a page moves to the top of the next one
    /// while the text after it fills the gap (<c>pdf.floats</c>); false keeps every one in place.
    /// </summary>
    public bool Floats { get; init; } = true;

    /// <summary>The defaults for a page of this size: <see cref="DefaultMargins"/> and <see cref="DefaultFontSize"/>.</summary>
    public static PdfSettings ForPage(float width, float height)
    {
        var margins = DefaultMargins(width, height);
        return new PdfSettings
        {
            PageWidth = width,
            PageHeight = height,
            MarginTop = margins.Top,
            MarginBottom = margins.Bottom,
            MarginInner = margins.Inner,
            MarginOuter = margins.Outer,
        };
    }

    /// <summary>
    /// Margins for a book read on screen as much as on paper: even left and right (12% of the width), so a page
    /// centres in a viewer, 8% of the height at the top and a little more, 9%, at the bottom for the page number.
    /// </summary>
    public static (float Top, float Bottom, float Inner, float Outer) DefaultMargins(float width, float height)
    {
        var side = MathF.Round(width * 0.12f, 1);
        return (MathF.Round(height * 0.08f, 1), MathF.Round(height * 0.09f, 1), side, side);
    }
}
