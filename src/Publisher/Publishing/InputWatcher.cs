namespace Publisher.Publishing;

/// <summary>
/// Wakes the watch when something may have changed in the folders the book was read from: one file system watcher per
/// folder (not recursive: a book's repository can hold thousands of other files), and a poll for file systems that
/// report nothing (network shares, some container mounts). It only says "look again"; whether the book changed is
/// decided by comparing the files with what the last build read (<see cref="Book.BookInputs.Changed"/>).
/// </summary>
internal sealed class InputWatcher(TimeSpan quietPeriod, TimeSpan pollInterval) : IDisposable
{
    // However busy the folders stay (an editor's swap file written as you type), a rebuild starts after this long.
    private readonly TimeSpan _longestWait = quietPeriod * 5;

    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private TaskCompletionSource _activity = NewSignal();
    private long _lastEvent;

    /// <summary>Watches exactly <paramref name="folders"/> from now on.</summary>
    public void Watch(IReadOnlyList<string> folders)
    {
        foreach (var gone in _watchers.Keys.Except(folders, StringComparer.Ordinal).ToList())
        {
            _watchers[gone].Dispose();
            _watchers.Remove(gone);
        }

        foreach (var folder in folders.Where(f => !_watchers.ContainsKey(f)))
        {
            if (Start(folder) is { } watcher)
            {
                _watchers[folder] = watcher;
            }
        }
    }

    /// <summary>Waits for a file event or the poll interval, then until the folders have been quiet for the quiet period.</summary>
    public async Task NextLookAsync(CancellationToken stop)
    {
        var signal = Volatile.Read(ref _activity);
        using (var poll = CancellationTokenSource.CreateLinkedTokenSource(stop))
        {
            await Task.WhenAny(signal.Task, Task.Delay(pollInterval, poll.Token));
            await poll.CancelAsync();
        }

        stop.ThrowIfCancellationRequested();
        if (signal.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _activity, NewSignal(), signal);
        }

        await QuietAsync(stop);
    }

    /// <summary>Waits until no file event came for the quiet period (at most five quiet periods).</summary>
    public async Task QuietAsync(CancellationToken stop)
    {
        var start = Environment.TickCount64;
        while (true)
        {
            var now = Environment.TickCount64;
            var quietFor = TimeSpan.FromMilliseconds(now - Interlocked.Read(ref _lastEvent));
            var waited = TimeSpan.FromMilliseconds(now - start);
            if (quietFor >= quietPeriod || waited >= _longestWait)
            {
                return;
            }

            await Task.Delay(quietPeriod - quietFor, stop);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers.Values)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }

    private FileSystemWatcher? Start(string folder)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Seen();
            watcher.Created += (_, _) => Seen();
            watcher.Deleted += (_, _) => Seen();
            watcher.Renamed += (_, _) => Seen();
            watcher.Error += (_, _) => Seen();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // The folder went away, or the system has no watches left: the poll still sees changes.
            return null;
        }
    }

    private void Seen()
    {
        Interlocked.Exchange(ref _lastEvent, Environment.TickCount64);
        Volatile.Read(ref _activity).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
