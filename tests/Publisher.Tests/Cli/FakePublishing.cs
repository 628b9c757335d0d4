using Publisher.Cli;

namespace Publisher.Tests.Cli;

/// <summary>Stands in for the library: records what the CLI asked for and answers with a prepared result.</summary>
internal sealed class FakePublishing : IBookPublishing
{
    public List<PublishOptions> PublishCalls { get; } = [];

    public List<PublishOptions> CheckCalls { get; } = [];

    public List<WatchOptions> WatchCalls { get; } = [];

    /// <summary>What Watch does once the call is recorded; by default it serves at a made-up address and stops at once.</summary>
    public Func<WatchOptions, IWatchObserver, CancellationToken, Task> WatchAnswer { get; set; } = (_, observer, _) =>
    {
        observer.Serving(new Uri("http://127.0.0.1:3000/"));
        return Task.CompletedTask;
    };

    /// <summary>What Publish and Check answer; by default a clean run of a book called "Fake Book".</summary>
    public Func<PublishOptions, PublishResult> Answer { get; set; } =
        _ => new PublishResult([], [], "Fake Book") { Succeeded = true };

    /// <summary>When set, Publish writes these files (name -> content) into the output folder and reports them.</summary>
    public Dictionary<string, string>? FilesToWrite { get; set; }

    public PublishResult Publish(PublishOptions options)
    {
        PublishCalls.Add(options);
        var result = Answer(options);
        if (FilesToWrite is null || !result.Succeeded)
        {
            return result;
        }

        var outputDirectory = options.OutputDirectory ?? Path.Combine(options.BookDirectory, "artifacts");
        Directory.CreateDirectory(outputDirectory);
        var written = FilesToWrite.Select(file =>
        {
            var path = Path.Combine(outputDirectory, file.Key);
            File.WriteAllText(path, file.Value);
            return path;
        }).ToList();
        return result with { Artifacts = written };
    }

    public PublishResult Check(PublishOptions options)
    {
        CheckCalls.Add(options);
        return Answer(options);
    }

    public Task Watch(WatchOptions options, IWatchObserver observer, CancellationToken stop)
    {
        WatchCalls.Add(options);
        return WatchAnswer(options, observer, stop);
    }
}
