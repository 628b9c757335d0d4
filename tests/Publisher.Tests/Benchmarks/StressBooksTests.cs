using Publisher.Benchmarks;
using Publisher.Diagnostics;
using Publisher.Publishing;

namespace Publisher.Tests.Benchmarks;

/// <summary>The growth scenarios write books that build, so what they measure is the work, not an early failure.</summary>
public sealed class StressBooksTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public static TheoryData<string> Scenarios => [.. StressBooks.All.Select(scenario => scenario.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_scenario_writes_a_book_that_builds_with_no_problem_but_the_ones_it_is_about(string name)
    {
        var scenario = StressBooks.Find(name)!;
        var book = Path.Combine(_folder.Path, "book");
        var bytes = StressBooks.Write(scenario, book, 40);

        var result = BookPublisher.Publish(new PublishOptions
        {
            BookDirectory = book,
            OutputDirectory = Path.Combine(_folder.Path, "out"),
            Formats = OutputFormats.All,
        });

        Assert.True(bytes > 0);
        var problems = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();
        if (scenario.ExpectsErrors)
        {
            Assert.Equal(40, problems.Count(d => d.Code == DiagnosticCodes.AnchorUnresolved));
            Assert.All(problems, d => Assert.Equal(DiagnosticCodes.AnchorUnresolved, d.Code));
        }
        else
        {
            Assert.True(result.Succeeded && problems.Count == 0, string.Join("\n", problems));
        }
    }

    [Fact]
    public void The_same_scenario_and_size_always_give_the_same_files()
    {
        var scenario = StressBooks.Find("base64")!;
        StressBooks.Write(scenario, Path.Combine(_folder.Path, "a"), 500);
        StressBooks.Write(scenario, Path.Combine(_folder.Path, "b"), 500);

        Assert.Equal(
            File.ReadAllText(Path.Combine(_folder.Path, "a", "content", "01-chapter.md")),
            File.ReadAllText(Path.Combine(_folder.Path, "b", "content", "01-chapter.md")));
    }

    public void Dispose() => _folder.Dispose();
}
