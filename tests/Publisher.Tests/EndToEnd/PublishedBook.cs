using Publisher.Tests.Fixtures;

namespace Publisher.Tests.EndToEnd;

/// <summary>A fixture book copied to a temporary folder and published through the public facade.</summary>
internal sealed class PublishedBook : IDisposable
{
    private PublishedBook(TempDirectory folder, PublishResult result)
    {
        Folder = folder;
        Result = result;
    }

    public TempDirectory Folder { get; }

    public PublishResult Result { get; }

    public string BookDirectory => Folder.Path;

    public string OutputDirectory => Path.Combine(Folder.Path, "artifacts");

    public string Epub => Result.Artifacts.Single(a => a.EndsWith(".epub", StringComparison.Ordinal));

    public string Pdf => Result.Artifacts.Single(a => a.EndsWith(".pdf", StringComparison.Ordinal));

    public static PublishedBook Publish(string fixtureBook, OutputFormats formats = OutputFormats.All)
    {
        var folder = FixtureBooks.CopyToTemp(fixtureBook);
        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = folder.Path, Formats = formats });
        return new PublishedBook(folder, result);
    }

    /// <summary>Publishes the same copy once more into another folder, for byte-for-byte comparison.</summary>
    public PublishResult PublishAgain(string outputDirectory, OutputFormats formats = OutputFormats.All) =>
        BookPublisher.Publish(new PublishOptions { BookDirectory = BookDirectory, OutputDirectory = outputDirectory, Formats = formats });

    public void Dispose() => Folder.Dispose();
}
