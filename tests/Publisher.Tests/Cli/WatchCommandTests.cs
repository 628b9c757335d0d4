using System.Diagnostics;
using Publisher.Cli;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Cli;

/// <summary>
/// <c>publisher watch</c> on the command line: its options reach the library, bad ones are usage errors, <c>--open</c>
/// opens the preview, and the real command stops cleanly on Ctrl+C.
/// </summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly TempDirectory _book = new();
    private readonly FakePublishing _publishing = new();
    private readonly List<Uri> _opened = [];

    public void Dispose() => _book.Dispose();

    [Fact]
    public void The_options_reach_the_library_and_the_preview_address_is_printed()
    {
        var run = Run("watch", ".", "--port", "4100", "--output", "out", "--format", "pdf", "--fix-encoding", "--book-version", "2.1.0");

        Assert.Equal(0, run.ExitCode);
        var options = Assert.Single(_publishing.WatchCalls);
        Assert.Equal(
            (_book.Path, Path.Combine(_book.Path, "out"), OutputFormats.Pdf, 4100, true, "2.1.0"),
            (options.BookDirectory, options.OutputDirectory, options.Formats, options.Port, options.FixEncoding, options.Version));
        Assert.Contains("Serving the preview of", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("at http://127.0.0.1:3000/ (Ctrl+C stops)", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(_opened);
    }

    [Fact]
    public void By_default_the_preview_asks_for_port_3000_and_writes_both_ebooks_into_the_books_artifacts()
    {
        Run("watch");

        var options = Assert.Single(_publishing.WatchCalls);
        Assert.Equal((3000, OutputFormats.All, null), (options.Port, options.Formats, options.OutputDirectory));
    }

    [Fact]
    public void Open_opens_the_served_address_in_the_browser()
    {
        Run("watch", "--open");

        Assert.Equal([new Uri("http://127.0.0.1:3000/")], _opened);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    [InlineData("--port", "web")]
    [InlineData("--format", "docx")]
    [InlineData("--bogus")]
    public void A_bad_option_is_a_usage_error_and_starts_nothing(params string[] options)
    {
        var run = Run(["watch", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_publishing.WatchCalls);
    }

    [Fact]
    public void A_missing_book_folder_is_a_usage_error()
    {
        var run = Run("watch", "no-such-book");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'no-such-book' does not exist", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_publishing.WatchCalls);
    }

    [Fact]
    public void No_free_port_is_a_usage_error_that_says_so()
    {
        _publishing.WatchAnswer = (_, _, _) => throw new IOException("cannot serve the preview: ports 3000 to 3019 on 127.0.0.1 are taken or refused");

        var run = Run("watch");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("publisher: cannot serve the preview: ports 3000 to 3019", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_build_is_reported_with_its_problems_and_what_it_wrote()
    {
        _publishing.WatchAnswer = (options, observer, _) =>
        {
            observer.Serving(new Uri("http://127.0.0.1:3001/"));
            observer.Built(new WatchBuild(1, [], new PublishResult([], [Path.Combine(_book.Path, "artifacts/book.pdf")], "Book") { Succeeded = true }, TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(1.5), new BuildWork(9, 9, 9, PagesPainted: 120, PicturesPrepared: 4)));
            observer.Rebuilding(["content/02-setup.md"]);
            var problem = new Diagnostic(DiagnosticSeverity.Error, "PUB200", "image 'images/x.png' not found", new SourceLocation("content/02-setup.md", 4, 1));
            observer.Built(new WatchBuild(2, ["content/02-setup.md"], new PublishResult([problem], [], "Book") { Succeeded = false }, null, TimeSpan.FromSeconds(0.1), new BuildWork(1, 1, 0)));
            return Task.CompletedTask;
        };

        var run = Run("watch");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"build 1: wrote artifacts/book\.pdf in 1\.50 s, preview after 0\.20 s \(9 chapters parsed, 9 laid out, 120 pages painted\)", run.Stdout);
        Assert.Contains("content/02-setup.md changed; rebuilding", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("content/02-setup.md(4,1): error PUB200: image 'images/x.png' not found", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("build 2 failed; the last good ebooks and preview are kept", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_command_stops_on_ctrl_c_with_exit_code_0_and_leaves_no_temporary_file()
    {
        using var book = FixtureBooks.CopyToTemp(FixtureBooks.SampleBook);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Publisher.Cli.dll"), "watch", book.Path, "--port", "0", "--format", "epub" })
        {
            start.ArgumentList.Add(argument);
        }

        using var watch = Process.Start(start)!;
        var stderr = watch.StandardError.ReadToEndAsync();
        var output = new List<string>();
        try
        {
            using var firstBuild = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (await watch.StandardOutput.ReadLineAsync(firstBuild.Token) is { } line)
            {
                output.Add(line);
                if (line.Contains(" build 1: wrote ", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.Contains(output, line => line.StartsWith("Serving the preview of", StringComparison.Ordinal) && line.Contains("http://127.0.0.1:", StringComparison.Ordinal));
            Interrupt(watch.Id);
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            output.AddRange((await watch.StandardOutput.ReadToEndAsync(exit.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            await watch.WaitForExitAsync(exit.Token);
        }
        finally
        {
            if (!watch.HasExited)
            {
                watch.Kill();
            }
        }

        Assert.True(watch.ExitCode == 0, $"exit code {watch.ExitCode}:\n{string.Join('\n', output)}\n{await stderr}");
        Assert.EndsWith(" stopped", output[^1], StringComparison.Ordinal);
        Assert.Equal(["the-publisher-guide.epub"], Directory.GetFiles(Path.Combine(book.Path, "artifacts")).Select(Path.GetFileName));
    }

    /// <summary>Sends SIGINT, what Ctrl+C in a terminal sends.</summary>
    private static void Interrupt(int processId)
    {
        using var kill = Process.Start("kill", ["-INT", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private CliRun Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, _publishing, _ => null, _book.Path, IsTerminal: false)
        {
            OpenBrowser = _opened.Add,
        };
        return new CliRun(CliApp.Run(args, context), stdout.ToString(), stderr.ToString());
    }
}
