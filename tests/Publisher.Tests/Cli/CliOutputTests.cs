namespace Publisher.Tests.Cli;

public sealed class CliOutputTests : IDisposable
{
    private readonly TempDirectory _book = new();
    private readonly FakePublishing _publishing = new();

    public void Dispose() => _book.Dispose();

    private CliRun Run(params string[] args) => CliRun.Start(_publishing, _book.Path, environment: null, args);

    private static readonly Diagnostic MissingImage = new(
        DiagnosticSeverity.Error, "PUB200", "image 'images/11-1.png' not found", new SourceLocation("content/11-ai.md", 12, 3));

    private static readonly Diagnostic Mojibake = new(
        DiagnosticSeverity.Warning, "PUB109", "mojibake 'â€‹'", new SourceLocation("content/11-ai.md", 4, 17), "did you mean a zero-width space?");

    private static readonly Diagnostic BadLink = new(
        DiagnosticSeverity.Error, "PUB201", "link to './13-nope.md' is not a chapter", new SourceLocation("content/12-ethics.md", 1, 1));

    private void Answer(bool succeeded, params Diagnostic[] diagnostics) =>
        _publishing.Answer = _ => new PublishResult(diagnostics, [], "Fake Book") { Succeeded = succeeded };

    [Fact]
    public void Content_errors_print_every_diagnostic_in_compiler_format_then_a_count_line_and_exit_1()
    {
        Answer(false, Mojibake, MissingImage, BadLink);

        var run = Run("build");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "content/11-ai.md(4,17): warning PUB109: mojibake 'â€‹' (did you mean a zero-width space?)",
                "content/11-ai.md(12,3): error PUB200: image 'images/11-1.png' not found",
                "content/12-ethics.md(1,1): error PUB201: link to './13-nope.md' is not a chapter",
                "2 errors, 1 warning",
            ],
            run.StderrLines.Take(4));
        Assert.Contains("no ebook file was written", run.Stderr);
        Assert.DoesNotContain("wrote", run.Stdout);
    }

    [Fact]
    public void Diagnostics_go_to_stderr_only()
    {
        Answer(false, MissingImage);

        var run = Run("build");

        Assert.DoesNotContain("PUB200", run.Stdout);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_build()
    {
        Answer(true, Mojibake);
        _publishing.FilesToWrite = new() { ["fake-book.epub"] = "epub" };

        var run = Run("build");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 errors, 1 warning", run.StderrLines);
    }

    [Fact]
    public void Warnings_as_errors_fail_the_build_and_say_why()
    {
        _publishing.Answer = options =>
            new PublishResult([Mojibake], [], "Fake Book") { Succeeded = !options.WarningsAsErrors };

        var run = Run("build", "--warnings-as-errors");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--warnings-as-errors", run.Stderr);
    }

    [Fact]
    public void A_successful_build_lists_each_artifact_with_its_size_and_the_elapsed_time()
    {
        _publishing.FilesToWrite = new()
        {
            ["fake-book.epub"] = new string('e', 2048),
            ["fake-book.pdf"] = new string('p', 100),
        };

        var run = Run("build");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                $"wrote {Path.Combine("artifacts", "fake-book.epub")} (2.0 KB)",
                $"wrote {Path.Combine("artifacts", "fake-book.pdf")} (100 B)",
            ],
            run.StdoutLines.Take(2));
        Assert.Matches(@"^built 'Fake Book' in \d+\.\d\d s$", run.StdoutLines[2]);
        Assert.Equal("0 errors, 0 warnings", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Artifacts_outside_the_current_folder_are_shown_with_their_full_path()
    {
        using var elsewhere = new TempDirectory();
        _publishing.FilesToWrite = new() { ["fake-book.epub"] = "x" };

        var run = Run("build", "--output", elsewhere.Path);

        Assert.Equal($"wrote {Path.Combine(elsewhere.Path, "fake-book.epub")} (1 B)", run.StdoutLines[0]);
    }

    [Fact]
    public void A_crash_in_the_library_is_an_internal_error_with_the_stack_trace_and_exit_3()
    {
        _publishing.Answer = _ => throw new InvalidOperationException("layout went round in circles");

        var run = Run("build");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("publisher: internal error: layout went round in circles", run.StderrLines[0]);
        Assert.Contains("System.InvalidOperationException", run.Stderr);
        Assert.Contains($"{nameof(FakePublishing)}.{nameof(FakePublishing.Publish)}", run.Stderr);
    }

    [Fact]
    public void Check_reports_problems_and_exits_1_on_errors()
    {
        Answer(false, BadLink);

        var run = Run("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["content/12-ethics.md(1,1): error PUB201: link to './13-nope.md' is not a chapter", "1 error, 0 warnings"],
            run.StderrLines);
    }

    [Fact]
    public void Check_of_a_clean_book_says_it_is_ready()
    {
        var run = Run("check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("'Fake Book' is ready to publish.", run.Stdout);
    }

    [Fact]
    public void On_a_terminal_a_progress_line_names_the_book_and_the_formats()
    {
        var run = CliRun.Start(_publishing, _book.Path, environment: null, isTerminal: true, "build", "--format", "epub");

        Assert.Equal($"Building {Path.GetFileName(_book.Path)} (EPUB) ...", run.StderrLines[0]);
    }

    [Fact]
    public void In_a_log_there_is_no_progress_line()
    {
        var run = Run("build");

        Assert.DoesNotContain("Building", run.Stderr);
    }

    [Theory]
    [InlineData(0, 0, "0 errors, 0 warnings")]
    [InlineData(1, 1, "1 error, 1 warning")]
    [InlineData(2, 3, "2 errors, 3 warnings")]
    public void The_count_line_uses_singular_and_plural(int errors, int warnings, string expected) =>
        Assert.Equal(expected, Publisher.Cli.RunReport.CountLine(errors, warnings));

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(3 * 1024 * 1024, "3.0 MB")]
    public void Sizes_read_like_a_file_manager_shows_them(long bytes, string expected) =>
        Assert.Equal(expected, Publisher.Cli.RunReport.FormatSize(bytes));
}
