namespace Publisher.Document;

/// <summary>The <c>pdf:</c> section of <c>book.yml</c>. Lengths are in PDF points (1/72 inch).</summary>
internal sealed record PdfSettings
{
    public float PageWidth { get; init; } = 595.28f;
    public float PageHeight { get; init; } = 841.89f;
    public float MarginTop { get; init; } = 72f;
    public float MarginBottom { get; init; } = 72f;
    public float MarginInner { get; init; } = 72f;
    public float MarginOuter { get; init; } = 72f;
    public float FontSize { get; init; } = 10.5f;

    /// <summary>
    /// Whether characters the book's fonts lack may come from the building machine's fonts (<c>pdf.systemFonts</c>).
    /// Off by default: then one book gives the same PDF on every machine.
    /// </summary>
    public bool SystemFonts { get; init; }
}
