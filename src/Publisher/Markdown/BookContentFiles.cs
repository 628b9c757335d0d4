using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>The real book files behind <see cref="IContentFiles"/>.</summary>
internal sealed class BookContentFiles(BookFiles files) : IContentFiles
{
    public ImageResource? LoadImage(string reference, SourceLocation location, DiagnosticBag diagnostics) =>
        files.LoadImage(reference, location, diagnostics);

    public IReadOnlyList<ImageResource> LoadedImages => files.LoadedImages;
}
