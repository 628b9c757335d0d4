using System.Text.RegularExpressions;

namespace Publisher.Tests.Build;

[Collection(BuildScriptCollection.Name)]
public sealed partial class BuildScriptTests : IDisposable
{
    private readonly TempDirectory _book = new();

    public void Dispose() => _book.Dispose();

    // --no-build: the command line the tests built reads book.yml's version (publisher check --json).
    private string BookVersion(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var run = BuildScript.Run(
            environment,
            ["--target=Version", "--no-build", $"--configuration={RepositoryFolder.Configuration}", $"--book={_book.Path}", .. arguments]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return VersionLine().Match(run.AllOutput) is { Success: true } match ? match.Groups[1].Value : run.AllOutput;
    }

    [Fact]
    public void The_book_version_comes_from_the_argument_then_the_tag_then_book_yml_then_the_commit()
    {
        _book.Write("book.yml", "title: Versions\nversion: \"3.1.0\" # from the author\n");
        _book.Write("content/01-one.md", "# One\n");
        var tag = new Dictionary<string, string?> { ["GITHUB_REF_NAME"] = "v2.0.0" };
        var branch = new Dictionary<string, string?> { ["GITHUB_REF_NAME"] = "main" };

        Assert.Equal("1.2.3 (from --book-version)", BookVersion(tag, "--book-version=1.2.3"));
        Assert.Equal("2.0.0 (from tag v2.0.0)", BookVersion(tag));
        Assert.Equal("3.1.0 (from book.yml)", BookVersion(branch));

        _book.Write("book.yml", "title: Versions\n");
        Git.CommitAll(_book.Path);
        var commit = Git.Run(_book.Path, "rev-parse", "--short", "HEAD").StandardOutput.Trim();
        Assert.Equal($"0.0.0-dev+{commit} (from development build)", BookVersion(branch));
    }

    [Fact]
    public void The_build_script_is_executable_in_git_so_a_fresh_clone_can_run_it()
    {
        var files = ExternalProcess.Run("git", ["ls-files", "--stage", "build.sh", "build.ps1"], RepositoryFolder.Root);

        Assert.Matches(@"^100755 \w+ 0\tbuild\.ps1\n100755 \w+ 0\tbuild\.sh\n$", files.StandardOutput.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_ci_script_is_valid_bash()
    {
        var check = ExternalProcess.Run("bash", ["-n", Path.Combine(RepositoryFolder.Root, ".ci", "run")], RepositoryFolder.Root);

        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [GeneratedRegex(@"^Book version: (.+)$", RegexOptions.Multiline)]
    private static partial Regex VersionLine();
}
