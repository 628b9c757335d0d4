using Publisher.Diagnostics;
using Publisher.Document;
namespace Publisher.Markdown;

/// <summary>
/// What the Markdown stage needs from the book's files: images it references, loaded and checked once.
/// The real implementation wraps <see cref="Book.BookFiles"/>; tests pass a fake.
/// </summary>
internal interface IContentFiles
{
    /// <summary>Loads the image a chapter references; reports and returns null when it is missing, outside the book or corrupt.</summary>
    ImageResource? LoadImage(string reference, SourceLocation location, DiagnosticBag diagnostics);

    /// <summary>Every image loaded so far, one per file, in first-use order.</summary>
    IReadOnlyList<ImageResource> LoadedImages { get; }
}
