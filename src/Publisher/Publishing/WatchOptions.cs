namespace Publisher.Publishing;

/// <summary>What <see cref="BookWatch"/> watches, where it writes the ebooks and where it serves the preview.</summary>
public sealed record WatchOptions
{
    /// <summary>The book folder: the one holding <c>book.yml</c>, <c>content/</c> and <c>images/</c>.</summary>
    public required string BookDirectory { get; init; }

    /// <summary>Where the ebooks go; <c>BOOK/artifacts</c> when null.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Which ebooks to write after every change.</summary>
    public OutputFormats Formats { get; init; } = OutputFormats.All;

    /// <summary>The preview's port on 127.0.0.1; when taken, the next free one is used. 0 takes any free port.</summary>
    public int Port { get; init; } = 3000;

    /// <summary>Repair common mojibake (text decoded twice) in the output instead of only warning.</summary>
    public bool FixEncoding { get; init; }

    /// <summary>The book version to stamp into the outputs; <c>book.yml</c>'s <c>version</c> when null.</summary>
    public string? Version { get; init; }

    /// <summary>The build timestamp; resolved as <see cref="PublishOptions.Timestamp"/> is when null.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>
    /// How long the book's files must stay untouched before a rebuild starts, so an editor's burst of writes
    /// (temporary file, rename, backup) is one rebuild. Folders that never stay quiet hold a rebuild back five times
    /// this at most.
    /// </summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the files are compared with what the last build read, for file systems that report no changes.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    internal PublishOptions ToPublishOptions() => new()
    {
        BookDirectory = BookDirectory,
        OutputDirectory = OutputDirectory,
        Formats = Formats,
        FixEncoding = FixEncoding,
        Version = Version,
        Timestamp = Timestamp,
    };
}

/// <summary>One build of a watch: what started it, how it went and how long it took.</summary>
/// <param name="Number">1 for the first build, then one more for every rebuild.</param>
/// <param name="Changed">The files whose change started the build, relative to the book folder; empty for the first build.</param>
/// <param name="Result">The build's diagnostics and the ebooks it wrote (none when it failed: the earlier ones stay).</param>
/// <param name="PreviewReady">From the start of the build to the preview showing the new book; null when it showed none.</param>
/// <param name="Elapsed">From the start of the build to its end (ebooks written).</param>
/// <param name="Work">How much was done anew rather than taken from earlier builds.</param>
public sealed record WatchBuild(
    int Number,
    IReadOnlyList<string> Changed,
    PublishResult Result,
    TimeSpan? PreviewReady,
    TimeSpan Elapsed,
    BuildWork Work)
{
    /// <summary>How long each stage of the build took, in order (the stages that ran).</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];
}

/// <summary>Told what a running watch does, as it does it (on the watch's own thread; keep the work short).</summary>
public interface IWatchObserver
{
    /// <summary>The preview is up at <paramref name="address"/>; the first build starts.</summary>
    void Serving(Uri address);

    /// <summary>A rebuild starts because these files changed (relative to the book folder).</summary>
    void Rebuilding(IReadOnlyList<string> changed);

    /// <summary>
    /// Build <paramref name="number"/> read the book without error and the preview shows it; the ebooks are being
    /// written (a build that stops before this point is reported only by <see cref="Built"/>).
    /// </summary>
    void Previewing(int number);

    /// <summary>A build finished.</summary>
    void Built(WatchBuild build);
}
