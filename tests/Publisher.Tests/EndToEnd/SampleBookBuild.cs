using Publisher.Tests.Fixtures;
namespace Publisher.Tests.EndToEnd;

/// <summary>The sample book, published once (EPUB and PDF) for every test that reads it.</summary>
public sealed class SampleBookBuild : IDisposable
{
    internal PublishedBook Book { get; } = PublishedBook.Publish(FixtureBooks.SampleBook);

    /// <summary>The chapter files of the sample book in reading order, relative to the book folder.</summary>
    internal IReadOnlyList<string> ChapterFiles { get; } =
        Directory.GetFiles(Path.Combine(FixtureBooks.SampleBook, "content"), "*.md")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => $"content/{name}")
            .ToList();

    /// <summary>Each chapter's title: the text of its first level-one heading.</summary>
    internal IReadOnlyList<string> ChapterTitles => ChapterFiles
        .Select(file => File.ReadLines(Path.Combine(FixtureBooks.SampleBook, file)).First(l => l.StartsWith("# ", StringComparison.Ordinal))[2..].Trim())
        .ToList();

    public void Dispose() => Book.Dispose();
}
