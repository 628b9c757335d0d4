using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Publisher.Publishing;
using UglyToad.PdfPig;

namespace Publisher.Benchmarks;

/// <summary>
/// The author's loop on the synthetic book: <see cref="BookWatch"/> runs in this process (preview on a free port of
/// 127.0.0.1), one chapter is saved again and again with a word changed, and the benchmark measures, from the
/// moment the save is complete (the new file renamed into place, as editors save), until the PDF that holds the edit
/// has replaced the old one (the rename seen in the output folder) and until the preview serves the page with the
/// edit (the reload event received and the page fetched). Then it saves many more times and reports the memory the
/// process keeps, after a full collection, every so many rebuilds.
/// </summary>
internal static class WatchBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var workspace = Path.Combine(Path.GetTempPath(), "publisher-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var book = SyntheticBook.Write(workspace, options.Chapters);
            var chapter = book.ChapterFiles[book.ChapterFiles.Count / 2];
            var chapterPage = $"/ch{(book.ChapterFiles.Count / 2 + 1).ToString("00", CultureInfo.InvariantCulture)}.xhtml";
            Console.WriteLine($"watching {options.Chapters} chapters ({book.MarkdownBytes / 1024} KB of Markdown); editing {Path.GetFileName(chapter)}");
            await using var watch = await RunningWatch.StartAsync(workspace);
            var first = await watch.NextBuildAsync();
            Console.WriteLine($"first build: {Seconds(first.Elapsed)} ({first.Work.ChaptersLaidOut} chapters laid out)");

            var edits = new List<EditTiming>();
            for (var edit = 1; edit <= options.Edits; edit++)
            {
                edits.Add(await watch.TimeEditAsync(chapter, chapterPage, $"Edited{edit}word"));
            }

            PrintEdits(edits);
            if (options.Rebuilds > 0)
            {
                await MeasureMemoryAsync(watch, book, options.Rebuilds);
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(workspace))
            {
                Directory.Delete(workspace, recursive: true);
            }
        }
    }

    private static void PrintEdits(IReadOnlyList<EditTiming> edits)
    {
        Console.WriteLine();
        Console.WriteLine($"{edits.Count} edits of one chapter, timed from the completed save:");
        Console.WriteLine("edit  to preview  to PDF   build: preview  ebooks   CPU   chapters parsed/converted/laid out  pages painted  pictures  EPUB chapters");
        foreach (var (edit, i) in edits.Select((e, i) => (e, i + 1)))
        {
            var work = edit.Build.Work;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{i,4}  {Seconds(edit.ToPreview),10}  {Seconds(edit.ToPdf),6}   {Seconds(edit.Build.PreviewReady ?? TimeSpan.Zero),14}  {Seconds(edit.Build.Elapsed),6}  {Seconds(CpuOf(edit.Build)),5}  {$"{work.ChaptersParsed}/{work.ChaptersConverted}/{work.ChaptersLaidOut}",34}  {work.PagesPainted,13}  {work.PicturesPrepared,8}  {work.EpubChaptersWritten,13}"));
        }

        Console.WriteLine($"edit to preview: median {Seconds(Median(edits.Select(e => e.ToPreview)))}, range {Seconds(edits.Min(e => e.ToPreview))}-{Seconds(edits.Max(e => e.ToPreview))} (target 0.3 s)");
        Console.WriteLine($"edit to PDF:     median {Seconds(Median(edits.Select(e => e.ToPdf)))}, range {Seconds(edits.Min(e => e.ToPdf))}-{Seconds(edits.Max(e => e.ToPdf))} (target 1 s)");
        Console.WriteLine($"CPU per rebuild: median {Seconds(Median(edits.Select(e => CpuOf(e.Build))))}, range {Seconds(edits.Min(e => CpuOf(e.Build)))}-{Seconds(edits.Max(e => CpuOf(e.Build)))} (all cores, the build's stages)");
        PrintStages(edits.Select(e => e.Build).ToList());
    }

    /// <summary>The CPU time of a build's stages (the parts run beside each other are in their stage's time).</summary>
    private static TimeSpan CpuOf(WatchBuild build) => Sum(build.Stages.Select(s => s.Cpu ?? TimeSpan.Zero));

    private static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (a, b) => a + b);

    /// <summary>
    /// Where each rebuild's time went: per stage the wall time and the CPU time the process spent meanwhile (all
    /// cores), median and range over the edits. On a busy machine the CPU column is the fairer one. The EPUB and the
    /// PDF are written side by side: each has its own wall time, their CPU time is the write stage's.
    /// </summary>
    private static void PrintStages(IReadOnlyList<WatchBuild> builds)
    {
        Console.WriteLine();
        Console.WriteLine("stage       wall: median  range            CPU: median  range");
        var stages = builds.SelectMany(b => b.Stages.Select(s => s.Stage)).Distinct().ToList();
        foreach (var stage in stages)
        {
            var times = builds.SelectMany(b => b.Stages.Where(s => s.Stage == stage)).ToList();
            Console.WriteLine(Row(stage, times.Select(t => t.Wall).ToList(), times.All(t => t.Cpu is not null) ? times.Select(t => t.Cpu!.Value).ToList() : null));
        }

        var totals = builds.Select(b => (Wall: Sum(b.Stages.Where(s => s.Cpu is not null).Select(s => s.Wall)), Cpu: CpuOf(b))).ToList();
        Console.WriteLine(Row("all", totals.Select(t => t.Wall).ToList(), totals.Select(t => t.Cpu).ToList()));

        static string Row(string stage, IReadOnlyList<TimeSpan> wall, IReadOnlyList<TimeSpan>? cpu) => string.Create(
            CultureInfo.InvariantCulture,
            $"{stage,-10}  {Seconds(Median(wall)),12}  {Seconds(wall.Min())}-{Seconds(wall.Max()),-8}  {(cpu is null ? "(in write)" : Seconds(Median(cpu))),11}  {(cpu is null ? "" : $"{Seconds(cpu.Min())}-{Seconds(cpu.Max())}")}");
    }

    /// <summary>Saves chapters one after another and reports what the process keeps after a full collection.</summary>
    private static async Task MeasureMemoryAsync(RunningWatch watch, GeneratedBook book, int rebuilds)
    {
        Console.WriteLine();
        Console.WriteLine($"memory over {rebuilds} rebuilds (each saves one chapter; after a full collection):");
        Console.WriteLine("rebuilds  managed MB  GC committed MB  working set MB");
        var every = Math.Max(1, rebuilds / 10);
        Report(0);
        for (var rebuild = 1; rebuild <= rebuilds; rebuild++)
        {
            var chapter = book.ChapterFiles[rebuild % book.ChapterFiles.Count];
            RunningWatch.Save(chapter, File.ReadAllText(chapter) + $"\nA sentence added by rebuild {rebuild}.\n");
            var build = await watch.NextBuildAsync();
            if (!build.Result.Succeeded)
            {
                throw new InvalidOperationException($"rebuild {rebuild} failed: {string.Join("; ", build.Result.Diagnostics)}");
            }

            if (rebuild % every == 0)
            {
                Report(rebuild);
            }
        }

        static void Report(int rebuild)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var managed = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes / (1024.0 * 1024.0);
            using var self = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rebuild,8}  {managed,10:0}  {committed,15:0}  {self.WorkingSet64 / (1024.0 * 1024.0),14:0}"));
        }
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.000} s");

    private sealed record EditTiming(TimeSpan ToPreview, TimeSpan ToPdf, WatchBuild Build);

    /// <summary>The watch, with what it reports: builds, the preview's reload events and the PDF's replacements.</summary>
    private sealed class RunningWatch : IWatchObserver, IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly TaskCompletionSource<Uri> _served = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Channel<WatchBuild> _builds = Channel.CreateUnbounded<WatchBuild>();
        private readonly Channel<(long At, string Document)> _reloads = Channel.CreateUnbounded<(long, string)>();
        private readonly Channel<long> _pdfs = Channel.CreateUnbounded<long>();
        private readonly HttpClient _http = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        private FileSystemWatcher? _output;
        private Task _running = Task.CompletedTask;
        private Task _events = Task.CompletedTask;
        private Uri _address = null!;
        private string _outputDirectory = "";

        public static async Task<RunningWatch> StartAsync(string bookDirectory)
        {
            var watch = new RunningWatch();
            var outputDirectory = Path.Combine(bookDirectory, "artifacts");
            Directory.CreateDirectory(outputDirectory);
            watch._outputDirectory = outputDirectory;
            watch._output = new FileSystemWatcher(outputDirectory, "*.pdf") { EnableRaisingEvents = true };
            watch._output.Renamed += (_, e) => watch._pdfs.Writer.TryWrite(Stopwatch.GetTimestamp());
            var options = new WatchOptions
            {
                BookDirectory = bookDirectory,
                OutputDirectory = outputDirectory,
                Port = 0,
                Timestamp = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            };
            watch._running = BookWatch.RunAsync(options, watch, watch._stop.Token);
            watch._address = await watch._served.Task.WaitAsync(Timeout);
            watch._events = watch.ListenAsync();
            return watch;
        }

        public async Task<WatchBuild> NextBuildAsync()
        {
            using var cancel = new CancellationTokenSource(Timeout);
            return await _builds.Reader.ReadAsync(cancel.Token);
        }

        /// <summary>Saves <paramref name="chapter"/> with one word changed to <paramref name="marker"/> and times the way to the preview and the PDF.</summary>
        public async Task<EditTiming> TimeEditAsync(string chapter, string page, string marker)
        {
            Drain(_reloads);
            Drain(_pdfs);
            var text = File.ReadAllText(chapter);
            var word = text.IndexOf(" quiet ", StringComparison.Ordinal) is >= 0 and var at ? at : text.IndexOf(" the ", StringComparison.Ordinal);
            var end = text.IndexOf(' ', word + 1);
            Save(chapter, text[..(word + 1)] + marker + text[end..]);
            var saved = Stopwatch.GetTimestamp();

            using var cancel = new CancellationTokenSource(Timeout);
            var toPreview = await PreviewWithAsync(page, marker, saved, cancel.Token);
            long pdfAt;
            do
            {
                pdfAt = await _pdfs.Reader.ReadAsync(cancel.Token);
            }
            while (pdfAt < saved);

            var build = await NextBuildAsync();
            var pdf = Directory.GetFiles(_outputDirectory, "*.pdf").Single();
            if (!PdfHolds(pdf, marker))
            {
                throw new InvalidOperationException($"the PDF written after the edit does not hold '{marker}'");
            }

            return new EditTiming(toPreview, Stopwatch.GetElapsedTime(saved, pdfAt), build);
        }

        /// <summary>Saves as editors do: the new text into a hidden file beside the old, then renamed over it.</summary>
        public static void Save(string path, string text)
        {
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".saving");
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }

        public void Serving(Uri address) => _served.TrySetResult(address);

        public void Rebuilding(IReadOnlyList<string> changed)
        {
        }

        public void Previewing(int number)
        {
        }

        public void Built(WatchBuild build) => _builds.Writer.TryWrite(build);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _running.WaitAsync(Timeout);
            try
            {
                await _events.WaitAsync(Timeout);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // The server closed the socket on stopping.
            }

            _output?.Dispose();
            _http.Dispose();
            _stop.Dispose();
        }

        /// <summary>Waits for the preview's reload event after <paramref name="saved"/>, then fetches the page until it holds the edit.</summary>
        private async Task<TimeSpan> PreviewWithAsync(string page, string marker, long saved, CancellationToken cancel)
        {
            while (true)
            {
                var (at, _) = await _reloads.Reader.ReadAsync(cancel);
                if (at < saved)
                {
                    continue;
                }

                var html = await _http.GetStringAsync(new Uri(_address, page), cancel);
                if (html.Contains(marker, StringComparison.Ordinal))
                {
                    return Stopwatch.GetElapsedTime(saved);
                }
            }
        }

        /// <summary>The preview's WebSocket, as an open page listens to it: a new document version means "reload".</summary>
        private async Task ListenAsync()
        {
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new UriBuilder(new Uri(_address, "/_preview/events")) { Scheme = "ws" }.Uri, _stop.Token);
            var buffer = new byte[4096];
            var document = "";
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var at = Stopwatch.GetTimestamp();
                var update = JsonDocument.Parse(buffer.AsMemory(0, received.Count)).RootElement.GetProperty("document").GetString() ?? "";
                if (update != document)
                {
                    document = update;
                    _reloads.Writer.TryWrite((at, update));
                }
            }
        }

        private static bool PdfHolds(string pdf, string marker)
        {
            using var document = PdfDocument.Open(pdf);
            return document.GetPages().Any(page => page.Text.Contains(marker, StringComparison.Ordinal));
        }

        private static void Drain<T>(Channel<T> channel)
        {
            while (channel.Reader.TryRead(out _))
            {
            }
        }
    }
}
