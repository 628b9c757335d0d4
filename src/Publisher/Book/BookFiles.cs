namespace Publisher.Book;

/// <summary>
/// The only way the pipeline opens files referenced by the content: resolves a reference relative to the
/// referring file, then to the book root, refuses anything outside the book folder (including through
/// symlinks), and reads and checks images once.
/// </summary>
internal sealed class BookFiles(string rootDirectory)
{
    public string RootDirectory { get; } = Path.GetFullPath(rootDirectory);

    /// <summary>
    /// Loads the image that <paramref name="reference"/> (as written at <paramref name="location"/>) names.
    /// Returns null after reporting PUB110 (escapes the book), PUB200 (missing) or PUB208 (corrupt).
    /// </summary>
    public ImageResource? LoadImage(string reference, SourceLocation location, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("BookFiles.LoadImage is built by the Book stage");

    /// <summary>Every image loaded so far, in first-use order, one per file.</summary>
    public IReadOnlyList<ImageResource> LoadedImages => throw new NotImplementedException();
}
