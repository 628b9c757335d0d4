using Publisher.Cli;
using Publisher.Tests.Build;

namespace Publisher.Tests.Cli;

/// <summary>The command line against the real library, in-process, on a small book.</summary>
public sealed class CliEndToEndTests : IDisposable
{
    private readonly TempDirectory _book = new();

    public void Dispose() => _book.Dispose();

    private (int ExitCode, string Stdout, string Stderr) Publisher(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = CliContext.ForProcess(stdout, stderr) with { CurrentDirectory = _book.Path, IsTerminal = false };
        return (CliApp.Run(args, context), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Building_a_correct_book_writes_its_epub_and_pdf_and_says_so()
    {
        FixtureBook.Write(_book);

        var (exitCode, stdout, stderr) = Publisher("build");

        Assert.True(exitCode == 0, stderr);
        var files = Directory.GetFiles(Path.Combine(_book.Path, "artifacts")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, files.Count);
        Assert.EndsWith(".epub", files[0]);
        Assert.EndsWith(".pdf", files[1]);
        Assert.Contains($"wrote {Path.Combine("artifacts", files[0]!)} (", stdout);
        Assert.Contains($"built '{FixtureBook.Title}' in ", stdout);
    }

    [Fact]
    public void A_folder_without_book_yml_exits_1_with_a_located_error_and_writes_nothing()
    {
        _book.Write("content/01-start.md", "# Start\n");

        var (exitCode, _, stderr) = Publisher("build");

        Assert.Equal(1, exitCode);
        Assert.Contains("book.yml", stderr);
        Assert.Contains("error PUB100:", stderr);
        Assert.Matches(@"(?m)^1 error, \d+ warnings?$", stderr);
        Assert.False(Directory.Exists(Path.Combine(_book.Path, "artifacts")));
    }

    [Fact]
    public void A_missing_image_fails_the_build_at_its_line_and_keeps_the_earlier_ebooks_byte_for_byte()
    {
        FixtureBook.Write(_book);
        Assert.Equal(0, Publisher("build", "--format", "epub").ExitCode);
        var epub = Directory.GetFiles(Path.Combine(_book.Path, "artifacts"), "*.epub").Single();
        var before = File.ReadAllBytes(epub);
        _book.Write("content/02-going-on.md", "# Going on\n\n![A picture](images/missing.png)\n");

        var (exitCode, _, stderr) = Publisher("build", "--format", "epub");

        Assert.Equal(1, exitCode);
        Assert.Contains("content/02-going-on.md(3,", stderr);
        Assert.Contains("error PUB200:", stderr);
        Assert.Equal(before, File.ReadAllBytes(epub));
    }
}
