using Publisher.Book;

namespace Publisher.Tests.Book;

/// <summary>A book folder on disk for one test: write book.yml and chapters, then load it with the Book stage.</summary>
internal sealed class BookFolder : IDisposable
{
    private readonly TempDirectory _directory = new();

    public string Root => _directory.Path;

    public BookFolder Manifest(string yaml)
    {
        _directory.Write("book.yml", yaml);
        return this;
    }

    public BookFolder File(string relativePath, string text)
    {
        _directory.Write(relativePath, text);
        return this;
    }

    public BookFolder File(string relativePath, byte[] bytes)
    {
        _directory.Write(relativePath, bytes);
        return this;
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Loads the book with a fixed timestamp (so no git is run) unless the options say otherwise.</summary>
    public (BookSource? Source, IReadOnlyList<Diagnostic> Diagnostics) Load(Func<BookLoadRequest, BookLoadRequest>? adjust = null)
    {
        var options = new BookLoadRequest(Root, Timestamp: new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        options = adjust?.Invoke(options) ?? options;
        var diagnostics = new DiagnosticBag();
        var source = BookLoader.Load(options, diagnostics);
        return (source, diagnostics.ToSortedList());
    }

    public void Dispose() => _directory.Dispose();
}

internal static class DiagnosticAssert
{
    /// <summary>Asserts exactly one diagnostic with this code, at this place, and returns it.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, string file, int line, int column)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", diagnostics)}");
        Assert.Equal(new SourceLocation(file, line, column), matching[0].Location);
        return matching[0];
    }
}
