namespace Publisher.Book;

/// <summary>Reads book.yml and the chapter files, in order, checking encoding.</summary>
internal static class BookLoader
{
    public static BookSource? Load(PublishOptions options, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("BookLoader is built by the Book stage");
}
