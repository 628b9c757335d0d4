namespace Publisher.Pdf.Export;

/// <summary>
/// Objects we write ourselves after PDFsharp has saved the file, numbered on from the last object it wrote (see
/// <see cref="ObjectStreams"/>): the structure tree, tens of thousands of small dictionaries in a long book, which
/// PDFsharp's object model would make several times slower to save. The catalog points at them through
/// <see cref="CatalogPlaceholder"/>, written into it as a literal before saving and replaced by
/// <see cref="CatalogReference"/> once the numbers are known.
/// </summary>
/// <param name="Objects">The objects' values, numbered from the first free number on.</param>
/// <param name="CatalogReference">What replaces the placeholder in the catalog (a reference such as <c>123 0 R</c>).</param>
internal sealed record LateObjects(IReadOnlyList<byte[]> Objects, string CatalogReference)
{
    /// <summary>The text that stands in the catalog where <see cref="CatalogReference"/> goes; no valid PDF token.</summary>
    public const string CatalogPlaceholder = "{late-object}";
}
