using System.Diagnostics;
using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Preview;

namespace Publisher.Publishing;

/// <summary>
/// The author's loop, <c>publisher watch</c>: builds the book, serves a live preview on 127.0.0.1, and rebuilds the
/// ebooks and the preview after every change to a file the build read. Rebuilds are incremental: unchanged chapters
/// are neither parsed nor laid out again, and the result is byte for byte what a one-off build gives. A build with
/// errors changes nothing but the problems the preview shows: the last good ebooks and pages stay.
/// </summary>
public static class BookWatch
{
    /// <summary>Runs until <paramref name="stop"/> is cancelled, then stops serving and returns; no temporary file is left.</summary>
    /// <exception cref="IOException">The preview's port (and the next ones) cannot be had.</exception>
    public static async Task RunAsync(WatchOptions options, IWatchObserver observer, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(observer);
        var session = new PreviewSnapshot { Session = Guid.NewGuid().ToString("N")[..12] };
        await using var server = await PreviewServer.StartAsync(options.Port, session, stop);
        observer.Serving(server.Address);
        using var watcher = new InputWatcher(options.QuietPeriod, options.PollInterval);
        var loop = new WatchLoop(options, observer, server);
        try
        {
            await Task.Run(() => loop.RunAsync(watcher, stop), CancellationToken.None);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C: the build in progress was abandoned between stages and wrote nothing.
        }
    }
}

/// <summary>The builds of one watch, one after the other, and what the preview shows of them.</summary>
internal sealed class WatchLoop(WatchOptions options, IWatchObserver observer, PreviewServer server)
{
    private readonly BuildCaches _caches = new();
    private readonly PublishOptions _publish = options.ToPublishOptions();
    private readonly string _root = Path.GetFullPath(options.BookDirectory);
    private int _builds;

    public async Task RunAsync(InputWatcher watcher, CancellationToken stop)
    {
        var inputs = Build([], stop);
        while (true)
        {
            watcher.Watch(inputs.Folders);
            await watcher.QuietAsync(stop);
            var changed = inputs.Changed();
            while (changed.Count == 0)
            {
                await watcher.NextLookAsync(stop);
                changed = inputs.Changed();
            }

            var relative = changed.Select(path => Path.GetRelativePath(_root, path).Replace('\\', '/')).ToList();
            observer.Rebuilding(relative);
            inputs = Build(relative, stop);
        }
    }

    /// <summary>One build: the preview shows the book as soon as it is parsed, the ebooks follow.</summary>
    private BookInputs Build(IReadOnlyList<string> changed, CancellationToken stop)
    {
        var number = ++_builds;
        Show(snapshot => snapshot with { Build = number, State = BuildState.Building });
        var inputs = new BookInputs();
        var clock = Stopwatch.StartNew();
        TimeSpan? previewReady = null;
        void DocumentReady(BookDocument document, IReadOnlyList<Diagnostic> diagnostics)
        {
            Show(snapshot => snapshot with { Document = document, DocumentBuild = number, Diagnostics = diagnostics });
            previewReady = clock.Elapsed;
            observer.Previewing(number);
        }

        BuildOutcome outcome;
        try
        {
            outcome = BookBuild.Run(_publish, _caches, inputs, DocumentReady, stop);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outcome = Crashed(e);
        }

        var work = _caches.Sweep();
        Show(snapshot => snapshot with
        {
            State = outcome.Succeeded ? BuildState.Succeeded : BuildState.Failed,
            Diagnostics = outcome.Diagnostics,
            Artifacts = outcome.Succeeded ? outcome.Artifacts.Select(a => new PreviewArtifact(Path.GetFileName(a), a)).ToList() : snapshot.Artifacts,
            FinishedAt = DateTimeOffset.Now,
        });
        observer.Built(new WatchBuild(number, changed, outcome.ToResult(), previewReady, clock.Elapsed, work) { Stages = outcome.Stages });
        return inputs;
    }

    private void Show(Func<PreviewSnapshot, PreviewSnapshot> change)
    {
        var current = server.Snapshot;
        server.Show(change(current) with { Revision = current.Revision + 1 });
    }

    /// <summary>
    /// A bug stops this build, not the watch: the author sees it in the preview, and the next change tries again.
    /// </summary>
    private static BuildOutcome Crashed(Exception e) =>
        new(
            [new Diagnostic(
                DiagnosticSeverity.Error,
                DiagnosticCodes.WatchBuildCrashed,
                $"internal error, a bug in Publisher: {e.GetType().Name}: {e.Message}",
                Hint: "the last good ebooks are kept; please report this with the book that causes it")],
            [],
            null,
            Succeeded: false);
}
