using Publisher.Tests.Cli;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// Every bad book under tests/fixtures/bad-books, built through the command line: the exact diagnostics its
/// expected.txt lists, exit code 1 when any is an error, and no artifact written then.
/// </summary>
public sealed class BadBookTests
{
    public static TheoryData<string> BadBookNames() => new(FixtureBooks.BadBookNames());

    [Theory]
    [MemberData(nameof(BadBookNames))]
    public void A_bad_book_reports_exactly_its_expected_diagnostics_with_file_and_line(string name)
    {
        using var book = FixtureBooks.CopyToTemp(FixtureBooks.BadBook(name));
        var expected = FixtureBooks.ExpectedDiagnostics(name);

        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = book.Path });

        var reported = result.Diagnostics
            .Select(d => $"{d.Code} {d.Location?.File} {d.Location?.Line}")
            .ToList();
        Assert.Equal(expected.Select(e => e.ToString()).Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BadBookNames))]
    public void The_command_line_exits_1_and_writes_nothing_when_a_bad_book_has_errors(string name)
    {
        using var book = FixtureBooks.CopyToTemp(FixtureBooks.BadBook(name));
        var output = Path.Combine(book.Path, "out");
        var hasErrors = BookPublisher.Check(new PublishOptions { BookDirectory = book.Path }).ErrorCount > 0;

        var run = RealCli.Run(book.Path, "build", book.Path, "--output", output);

        if (hasErrors)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Matches(@"\(\d+,\d+\): error PUB\d{3}: |book\.yml: error PUB\d{3}: |: error PUB\d{3}: ", run.Stderr);
            Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "an artifact was written");
        }
        else
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Matches(@"\(\d+,\d+\): (warning|info) PUB\d{3}: ", run.Stderr);
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_artifacts_of_the_earlier_good_build_byte_for_byte()
    {
        using var book = FixtureBooks.CopyToTemp(FixtureBooks.MinimalBook);
        var first = BookPublisher.Publish(new PublishOptions { BookDirectory = book.Path });
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var before = first.Artifacts.ToDictionary(path => path, File.ReadAllBytes);

        var chapter = Directory.GetFiles(Path.Combine(book.Path, "content"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(chapter, "\n\n![missing](images/not-there.png)\n");
        var second = BookPublisher.Publish(new PublishOptions { BookDirectory = book.Path });

        Assert.False(second.Succeeded);
        Assert.Contains(second.Diagnostics, d => d.Code == "PUB200");
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(pair.Key)));
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(Path.Combine(book.Path, "artifacts")).Order());
    }

    [Fact]
    public void Warnings_as_errors_stops_a_book_that_only_has_warnings()
    {
        using var book = FixtureBooks.CopyToTemp(FixtureBooks.BadBook("mojibake"));
        var output = Path.Combine(book.Path, "out");

        var run = RealCli.Run(book.Path, "build", book.Path, "--output", output, "--warnings-as-errors");

        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_a_PUB400_error_and_nothing_is_written()
    {
        using var book = FixtureBooks.CopyToTemp(FixtureBooks.MinimalBook);
        var blocked = Path.Combine(book.Path, "not-a-folder");
        File.WriteAllText(blocked, "a file where the output folder should be");

        var run = RealCli.Run(book.Path, "build", book.Path, "--output", Path.Combine(blocked, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PUB400", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("a file where the output folder should be", File.ReadAllText(blocked));
    }
}
