using Publisher.Publishing;

namespace Publisher.Cli;

/// <summary>The library's facade as the command line sees it, so tests can run the CLI against a fake.</summary>
internal interface IBookPublishing
{
    PublishResult Publish(PublishOptions options);

    PublishResult Check(PublishOptions options);

    /// <summary>Builds, serves the preview and rebuilds after every change until <paramref name="stop"/> is cancelled.</summary>
    Task Watch(WatchOptions options, IWatchObserver observer, CancellationToken stop);
}

/// <summary>The real library.</summary>
internal sealed class LibraryPublishing : IBookPublishing
{
    public PublishResult Publish(PublishOptions options) => BookPublisher.Publish(options);

    public PublishResult Check(PublishOptions options) => BookPublisher.Check(options);

    public Task Watch(WatchOptions options, IWatchObserver observer, CancellationToken stop) => BookWatch.RunAsync(options, observer, stop);
}
