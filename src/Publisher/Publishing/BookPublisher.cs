namespace Publisher.Publishing;

/// <summary>
/// The library's entry point: load the book, parse its chapters into the format-neutral document,
/// then write the EPUB and the PDF. Nothing is written unless every stage succeeded.
/// <see cref="BookWatch"/> does the same after every change to the book.
/// </summary>
public static class BookPublisher
{
    /// <summary>Builds the requested ebook files. Content problems come back as diagnostics, never as exceptions.</summary>
    public static PublishResult Publish(PublishOptions options) => BookBuild.Run(options).ToResult();

    /// <summary>Loads and checks the book without writing anything.</summary>
    public static PublishResult Check(PublishOptions options) => BookBuild.Check(options).ToResult();
}
