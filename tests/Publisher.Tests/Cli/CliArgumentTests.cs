namespace Publisher.Tests.Cli;

public sealed class CliArgumentTests : IDisposable
{
    private readonly TempDirectory _book = new();
    private readonly FakePublishing _publishing = new();

    public void Dispose() => _book.Dispose();

    private CliRun Run(params string[] args) => CliRun.Start(_publishing, _book.Path, environment: null, args);

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("build", ".", "--bogus")]
    [InlineData("check", ".", "--nope")]
    [InlineData("publish")]
    [InlineData("build", "--format", "docx")]
    [InlineData("build", "--book-version", "")]
    [InlineData("build", "--book-version", "1.0 beta")]
    [InlineData("build", "--output")]
    public void A_usage_error_exits_with_2_and_never_calls_the_library(params string[] args)
    {
        var run = Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("publisher: ", run.StderrLines[0]);
        Assert.Contains("publisher --help", run.Stderr);
        Assert.Empty(_publishing.PublishCalls);
        Assert.Empty(_publishing.CheckCalls);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var run = Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_publishing.PublishCalls);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A_missing_book_folder_is_a_usage_error_naming_the_folder(string command)
    {
        var run = Run(command, "no-such-book");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'no-such-book' does not exist", run.Stderr);
        Assert.Empty(_publishing.PublishCalls);
        Assert.Empty(_publishing.CheckCalls);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_a_usage_error()
    {
        _book.Write("taken", "a file");

        var run = Run("build", "--output", "taken");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_publishing.PublishCalls);
    }

    [Fact]
    public void Help_describes_both_commands_and_exits_0()
    {
        var run = Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("publisher [command] [options]", run.Stdout);
        Assert.Contains("build", run.Stdout);
        Assert.Contains("check", run.Stdout);
    }

    [Fact]
    public void Build_help_lists_every_option()
    {
        var run = Run("build", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--output", "--format", "--warnings-as-errors", "--fix-encoding", "--book-version" })
        {
            Assert.Contains(option, run.Stdout);
        }
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var run = Run("--version");

        Assert.Equal(0, run.ExitCode);
        var expected = typeof(Publisher.Cli.CliApp).Assembly.GetName().Version!;
        Assert.StartsWith($"{expected.Major}.{expected.Minor}.{expected.Build}", run.Stdout.Trim());
    }

    [Fact]
    public void The_book_folder_defaults_to_the_current_folder_and_the_output_to_the_library_default()
    {
        var run = Run("build");

        Assert.Equal(0, run.ExitCode);
        var options = Assert.Single(_publishing.PublishCalls);
        Assert.Equal(Path.GetFullPath(_book.Path), options.BookDirectory);
        Assert.Null(options.OutputDirectory);
        Assert.Equal(OutputFormats.All, options.Formats);
        Assert.False(options.WarningsAsErrors);
        Assert.False(options.FixEncoding);
        Assert.Null(options.Version);
    }

    [Fact]
    public void Every_build_option_reaches_the_library()
    {
        Directory.CreateDirectory(Path.Combine(_book.Path, "guide"));

        var run = Run("build", "guide", "--output", "out", "--format", "pdf", "--warnings-as-errors",
            "--fix-encoding", "--book-version", "9.8.7");

        Assert.Equal(0, run.ExitCode);
        var options = Assert.Single(_publishing.PublishCalls);
        Assert.Equal(Path.Combine(_book.Path, "guide"), options.BookDirectory);
        Assert.Equal(Path.Combine(_book.Path, "out"), options.OutputDirectory);
        Assert.Equal(OutputFormats.Pdf, options.Formats);
        Assert.True(options.WarningsAsErrors);
        Assert.True(options.FixEncoding);
        Assert.Equal("9.8.7", options.Version);
    }

    [Theory]
    [InlineData("epub", OutputFormats.Epub)]
    [InlineData("pdf", OutputFormats.Pdf)]
    [InlineData("all", OutputFormats.All)]
    public void Format_chooses_the_files_to_write(string format, OutputFormats expected)
    {
        Run("build", "-f", format);

        Assert.Equal(expected, Assert.Single(_publishing.PublishCalls).Formats);
    }

    [Fact]
    public void Check_only_checks_and_passes_warnings_as_errors()
    {
        var run = Run("check", ".", "--warnings-as-errors");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(_publishing.PublishCalls);
        Assert.True(Assert.Single(_publishing.CheckCalls).WarningsAsErrors);
    }
}
