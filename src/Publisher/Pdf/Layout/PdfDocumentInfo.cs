using Publisher.Document;

namespace Publisher.Pdf.Layout;

/// <summary>What the PDF says about itself (document information, language, XMP), taken from the book's metadata.</summary>
/// <param name="Identifier">The book's ISBN or URN: the first half of the PDF's file identifier.</param>
/// <param name="Timestamp">The build timestamp, used for every date in the file so rebuilds are byte-identical.</param>
internal sealed record PdfDocumentInfo(
    string Title,
    IReadOnlyList<string> Authors,
    string? Subject,
    IReadOnlyList<string> Keywords,
    string Language,
    string Identifier,
    string? Version,
    DateTimeOffset Timestamp)
{
    public static PdfDocumentInfo From(BookMetadata metadata) => new(
        metadata.Title,
        metadata.Authors,
        metadata.Description,
        metadata.Subjects,
        metadata.Language,
        metadata.Identifier,
        metadata.Version,
        metadata.Modified);
}
