using System.Security.Cryptography;
using System.Text.Json;
using Publisher.Cli;
using Publisher.Tests.Build;

namespace Publisher.Tests.Cli;

/// <summary><c>--json</c>: one JSON document on stdout that a script can rely on, against the real library.</summary>
public sealed class CliJsonReportTests : IDisposable
{
    private readonly TempDirectory _book = new();

    public void Dispose() => _book.Dispose();

    private (int ExitCode, JsonElement Report, string Stderr) Publisher(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = CliContext.ForProcess(stdout, stderr) with
        {
            CurrentDirectory = _book.Path,
            IsTerminal = false,
            GetEnvironmentVariable = name => environment?.GetValueOrDefault(name),
        };
        var exitCode = CliApp.Run(args, context);
        // Nothing but the report on stdout: it parses as a whole.
        using var report = JsonDocument.Parse(stdout.ToString());
        return (exitCode, report.RootElement.Clone(), stderr.ToString());
    }

    private (int ExitCode, JsonElement Report, string Stderr) Publisher(params string[] args) => Publisher(null, args);

    [Fact]
    public void Build_reports_each_file_with_its_size_and_sha256_the_book_and_the_counts()
    {
        FixtureBook.Write(_book);

        var (exitCode, report, stderr) = Publisher("build", "--json");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("build", report.GetProperty("command").GetString());
        Assert.True(report.GetProperty("succeeded").GetBoolean());
        Assert.Equal(FixtureBook.Title, report.GetProperty("book").GetProperty("title").GetString());
        var artifacts = report.GetProperty("artifacts").EnumerateArray().ToList();
        Assert.Equal(["epub", "pdf"], artifacts.Select(artifact => artifact.GetProperty("format").GetString()));
        foreach (var artifact in artifacts)
        {
            var path = artifact.GetProperty("path").GetString()!;
            Assert.Equal(Path.Combine(_book.Path, "artifacts"), Path.GetDirectoryName(path));
            Assert.Equal(new FileInfo(path).Length, artifact.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), artifact.GetProperty("sha256").GetString());
        }

        Assert.Equal((0, 0, 0), Counts(report));
        Assert.Empty(report.GetProperty("diagnostics").EnumerateArray());
        // The lines for people still come, on stderr.
        Assert.Contains("wrote ", stderr);
    }

    [Fact]
    public void Every_diagnostic_is_reported_with_its_code_severity_place_message_and_hint()
    {
        FixtureBook.Write(_book);
        _book.Write("content/02-going-on.md", "# Going on\n\n## A section\n\nA quote â€™ and ![a picture](images/missing.png)\n");

        var (exitCode, report, stderr) = Publisher("build", "--json");

        Assert.Equal(1, exitCode);
        Assert.False(report.GetProperty("succeeded").GetBoolean());
        Assert.Empty(report.GetProperty("artifacts").EnumerateArray());
        Assert.Equal((1, 1, 0), Counts(report));
        var diagnostics = report.GetProperty("diagnostics").EnumerateArray().ToList();
        var mojibake = diagnostics.Single(d => d.GetProperty("code").GetString() == "PUB109");
        Assert.Equal("warning", mojibake.GetProperty("severity").GetString());
        Assert.Equal("content/02-going-on.md", mojibake.GetProperty("file").GetString());
        Assert.Equal((5, 9), (mojibake.GetProperty("line").GetInt32(), mojibake.GetProperty("column").GetInt32()));
        Assert.Contains("’", mojibake.GetProperty("hint").GetString());
        var image = diagnostics.Single(d => d.GetProperty("code").GetString() == "PUB200");
        Assert.Equal("error", image.GetProperty("severity").GetString());
        Assert.Contains("images/missing.png", image.GetProperty("message").GetString());
        Assert.Contains("error PUB200", stderr);
    }

    [Theory]
    [InlineData("version: 3.1.0\n", new string[0], "3.1.0", "book.yml")]
    [InlineData("version: 3.1.0\n", new[] { "--book-version", "1.2.3" }, "1.2.3", "--book-version")]
    [InlineData("version: 3.1.0\n", new[] { "--default-book-version", "0.0.0-dev+abc" }, "3.1.0", "book.yml")]
    [InlineData("", new[] { "--default-book-version", "0.0.0-dev+abc" }, "0.0.0-dev+abc", "--default-book-version")]
    [InlineData("", new string[0], null, null)]
    public void The_version_and_where_it_came_from_are_reported(string versionLine, string[] options, string? version, string? source)
    {
        FixtureBook.Write(_book);
        _book.Write("book.yml", $"title: {FixtureBook.Title}\n{versionLine}");

        var (exitCode, report, stderr) = Publisher(["build", "--json", "--format", "epub", .. options]);

        Assert.True(exitCode == 0, stderr);
        var book = report.GetProperty("book");
        Assert.Equal(version, book.GetProperty("version").GetString());
        Assert.Equal(source, book.GetProperty("versionSource").GetString());
    }

    [Fact]
    public void Check_reports_the_book_and_its_problems_and_writes_nothing()
    {
        FixtureBook.Write(_book);
        _book.Write("book.yml", $"title: {FixtureBook.Title}\nversion: 2.0.0\nauthor: A\n");

        var (exitCode, report, stderr) = Publisher("check", "--json");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("check", report.GetProperty("command").GetString());
        Assert.Equal("2.0.0", report.GetProperty("book").GetProperty("version").GetString());
        Assert.Equal("PUB102", report.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Empty(report.GetProperty("artifacts").EnumerateArray());
        Assert.False(Directory.Exists(Path.Combine(_book.Path, "artifacts")));
        Assert.Contains("ready to publish", stderr);
    }

    [Fact]
    public void Inside_GitHub_Actions_the_annotations_go_to_stderr_so_stdout_stays_one_json_document()
    {
        FixtureBook.Write(_book);
        _book.Write("content/02-going-on.md", "# Going on\n\n## A section\n\n![a picture](images/missing.png)\n");

        var (exitCode, report, stderr) = Publisher(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--json");

        Assert.Equal(1, exitCode);
        Assert.Equal(1, report.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Contains("::error file=content/02-going-on.md,line=5", stderr);
    }

    private static (int Errors, int Warnings, int Infos) Counts(JsonElement report)
    {
        var counts = report.GetProperty("counts");
        return (counts.GetProperty("errors").GetInt32(), counts.GetProperty("warnings").GetInt32(), counts.GetProperty("infos").GetInt32());
    }
}
