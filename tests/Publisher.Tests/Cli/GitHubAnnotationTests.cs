namespace Publisher.Tests.Cli;

public sealed class GitHubAnnotationTests : IDisposable
{
    private readonly TempDirectory _repository = new();
    private readonly FakePublishing _publishing = new();

    public void Dispose() => _repository.Dispose();

    private CliRun RunInGitHubActions(params string[] args) => CliRun.Start(
        _publishing,
        _repository.Path,
        new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = _repository.Path },
        args);

    private void Answer(params Diagnostic[] diagnostics) =>
        _publishing.Answer = _ => new PublishResult(diagnostics, [], "Fake Book") { Succeeded = false };

    [Fact]
    public void Inside_GitHub_Actions_each_diagnostic_is_also_an_annotation_with_the_repository_path()
    {
        Directory.CreateDirectory(Path.Combine(_repository.Path, "books", "guide"));
        Answer(
            new Diagnostic(DiagnosticSeverity.Error, "PUB200", "image not found", new SourceLocation("content/01-intro.md", 3, 5)),
            new Diagnostic(DiagnosticSeverity.Warning, "PUB109", "mojibake", new SourceLocation("content/02-next.md", 7, 1), "use ’"));

        var run = RunInGitHubActions("build", "books/guide");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "::error file=books/guide/content/01-intro.md,line=3,col=5,title=PUB200::image not found",
                "::warning file=books/guide/content/02-next.md,line=7,col=1,title=PUB109::mojibake (use ’)",
            ],
            run.StdoutLines);
        // The plain compiler-style lines are still there for people reading the log.
        Assert.Contains("content/01-intro.md(3,5): error PUB200: image not found", run.StderrLines);
    }

    [Fact]
    public void Outside_GitHub_Actions_there_are_no_annotations()
    {
        Answer(new Diagnostic(DiagnosticSeverity.Error, "PUB200", "image not found", new SourceLocation("content/01-intro.md", 3, 5)));

        var run = CliRun.Start(_publishing, _repository.Path, new Dictionary<string, string>(), "build");

        Assert.DoesNotContain("::", run.Stdout);
    }

    [Fact]
    public void A_diagnostic_without_a_line_or_file_still_becomes_an_annotation()
    {
        Answer(
            new Diagnostic(DiagnosticSeverity.Error, "PUB104", "no chapters found"),
            new Diagnostic(DiagnosticSeverity.Error, "PUB100", "book.yml is missing", new SourceLocation("book.yml", 0, 0)));

        var run = RunInGitHubActions("check");

        Assert.Contains("::error title=PUB104::no chapters found", run.StdoutLines);
        Assert.Contains("::error file=book.yml,title=PUB100::book.yml is missing", run.StdoutLines);
    }

    [Fact]
    public void Annotation_text_is_escaped_so_GitHub_reads_it_whole()
    {
        Answer(new Diagnostic(
            DiagnosticSeverity.Error, "PUB201", "100% broken\nsecond line", new SourceLocation("content/a,b:c.md", 1, 2)));

        var run = RunInGitHubActions("check");

        Assert.Equal("::error file=content/a%2Cb%3Ac.md,line=1,col=2,title=PUB201::100%25 broken%0Asecond line", Assert.Single(run.StdoutLines));
    }

    [Fact]
    public void A_book_outside_the_workspace_keeps_its_own_relative_paths()
    {
        using var elsewhere = new TempDirectory();
        Answer(new Diagnostic(DiagnosticSeverity.Warning, "PUB204", "unused footnote", new SourceLocation("content/03-x.md", 9, 1)));

        var run = RunInGitHubActions("check", elsewhere.Path);

        Assert.Equal("::warning file=content/03-x.md,line=9,col=1,title=PUB204::unused footnote", Assert.Single(run.StdoutLines));
    }
}
