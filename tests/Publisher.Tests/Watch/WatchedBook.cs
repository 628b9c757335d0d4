using System.Threading.Channels;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Watch;

/// <summary>
/// A copy of a fixture book watched in-process by <see cref="BookWatch"/> (preview on a free port of 127.0.0.1),
/// with every build the watch reports, in order. Disposing stops the watch the way Ctrl+C does and waits for it.
/// </summary>
internal sealed class WatchedBook : IAsyncDisposable
{
    /// <summary>Long enough for the first build of the sample book on a busy two-core machine running Debug code.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(90);

    private readonly CancellationTokenSource _stop = new();
    private readonly Recorder _recorder = new();
    private Task _running = Task.CompletedTask;

    private WatchedBook(TempDirectory folder) => Folder = folder;

    public TempDirectory Folder { get; }

    public string BookDirectory => Folder.Path;

    public string OutputDirectory => Path.Combine(Folder.Path, "artifacts");

    public Uri Address { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The preview's address for a path, e.g. <c>/ch02.xhtml</c>.</summary>
    public Uri Url(string path) => new(Address, path);

    public string Pdf => Directory.GetFiles(OutputDirectory, "*.pdf").Single();

    public string Epub => Directory.GetFiles(OutputDirectory, "*.epub").Single();

    /// <summary>Copies <paramref name="fixtureBook"/> and starts watching it; returns once the preview is up.</summary>
    public static async Task<WatchedBook> StartAsync(string fixtureBook, Func<WatchOptions, WatchOptions>? configure = null)
    {
        var book = new WatchedBook(FixtureBooks.CopyToTemp(fixtureBook));
        var options = new WatchOptions
        {
            BookDirectory = book.BookDirectory,
            Port = 0,
            Timestamp = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        book._running = BookWatch.RunAsync(configure?.Invoke(options) ?? options, book._recorder, book._stop.Token);
        var first = await Task.WhenAny(book._recorder.Served.Task, book._running).WaitAsync(BuildTimeout);
        await first; // a watch that ended before serving threw: show why
        book.Address = await book._recorder.Served.Task;
        return book;
    }

    /// <summary>The next build the watch reports (the first call gives the first build).</summary>
    public async Task<WatchBuild> NextBuildAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? BuildTimeout);
        return await _recorder.Builds.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>
    /// Holds the next build that reads the book without error between showing its preview and writing its ebooks,
    /// until <see cref="BuildHold.Release"/>: what a save during a rebuild needs to land there.
    /// </summary>
    public BuildHold HoldNextBuildAfterPreview()
    {
        var hold = new BuildHold();
        _recorder.HoldNext(hold);
        return hold;
    }

    /// <summary>True when the watch reports no build for <paramref name="quiet"/>.</summary>
    public async Task<bool> NoBuildForAsync(TimeSpan quiet)
    {
        using var cancel = new CancellationTokenSource(quiet);
        try
        {
            await _recorder.Builds.Reader.WaitToReadAsync(cancel.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(BookDirectory, relativePath));

    /// <summary>Saves a file of the book as most editors do: the new text written beside it, then renamed over it.</summary>
    public void Save(string relativePath, string content)
    {
        var path = Path.Combine(BookDirectory, relativePath);
        var saving = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".saving");
        File.WriteAllText(saving, content);
        File.Move(saving, path, overwrite: true);
    }

    /// <summary>Saves a file of the book as some editors do: truncated, then written, in place.</summary>
    public void SaveInPlace(string relativePath, string content) => Folder.Write(relativePath, content);

    public void Replace(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Save(relativePath, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public async Task<string> GetStringAsync(string path) => await Http.GetStringAsync(Url(path));

    /// <summary>Stops the watch as Ctrl+C does and waits until it has stopped.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(BuildTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            Http.Dispose();
            _stop.Dispose();
            Folder.Dispose();
        }
    }

    private sealed class Recorder : IWatchObserver
    {
        public TaskCompletionSource<Uri> Served { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Channel<WatchBuild> Builds { get; } = Channel.CreateUnbounded<WatchBuild>();


        public void Serving(Uri address) => Served.TrySetResult(address);

        public void Rebuilding(IReadOnlyList<string> changed)
        {
        }

        private BuildHold? _hold;

        public void HoldNext(BuildHold hold) => Volatile.Write(ref _hold, hold);

        public void Previewing(int number) => Interlocked.Exchange(ref _hold, null)?.Hold(number);

        public void Built(WatchBuild build) => Builds.Writer.TryWrite(build);
    }
}

/// <summary>A build held on the watch's thread after its preview is shown, until released.</summary>
internal sealed class BuildHold : IDisposable
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<int> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the build's number when it is held.</summary>
    public Task<int> Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    /// <summary>Releases the build: a test that failed while holding it must not leave the watch waiting.</summary>
    public void Dispose() => Release();

    internal void Hold(int number)
    {
        _reached.TrySetResult(number);
        _released.Task.Wait(WatchedBook.BuildTimeout);
    }
}
