using Publisher.Book;

namespace Publisher.Markdown;

/// <summary>Parses every chapter with the one Markdig pipeline and builds the format-neutral document.</summary>
internal static class DocumentBuilder
{
    public static BookDocument Build(BookSource source, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("DocumentBuilder is built by the Markdown stage");
}
