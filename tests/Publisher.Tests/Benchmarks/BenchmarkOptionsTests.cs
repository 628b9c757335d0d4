using Publisher.Benchmarks;

namespace Publisher.Tests.Benchmarks;

public sealed class BenchmarkOptionsTests
{
    [Fact]
    public void Without_arguments_the_benchmark_measures_fifty_chapters()
    {
        var options = BenchmarkOptions.Parse([]);

        Assert.Equal((50, false, (BenchFormat?)null), (options!.Chapters, options.Scale, options.Single));
    }

    [Fact]
    public void A_single_run_needs_its_book_and_output_folders()
    {
        Assert.Null(BenchmarkOptions.Parse(["--single", "pdf"]));
        var single = BenchmarkOptions.Parse(["--single", "pdf", "--book", "b", "--out", "o"]);
        Assert.Equal(BenchFormat.Pdf, single!.Single);
    }

    [Fact]
    public void Stress_runs_name_their_scenarios_and_may_set_the_size_and_format()
    {
        var options = BenchmarkOptions.Parse(["--stress", "long-word,links", "--size", "1000", "--format", "pdf"]);

        Assert.Equal(("long-word,links", (int?)1000, (BenchFormat?)BenchFormat.Pdf), (options!.Stress, options.StressSize, options.StressFormat));
        Assert.Null(BenchmarkOptions.Parse(["--stress", "all", "--size", "0"]));
    }

    [Theory]
    [InlineData("--chapters", "0")]
    [InlineData("--chapters", "many")]
    [InlineData("--frobnicate", "1")]
    public void Arguments_it_does_not_understand_are_refused(string name, string value)
    {
        Assert.Null(BenchmarkOptions.Parse([name, value]));
    }

    [Fact]
    public void A_child_report_survives_the_trip_through_standard_output()
    {
        var report = new ChildRunResult(BenchFormat.Epub, 12.5, 20.25, 1234, ["/tmp/a.epub"], null);

        var read = ChildRunResult.FromOutput($"warming up\n{report.ToLine()}\n");

        Assert.Equal(report with { Artifacts = [] }, read! with { Artifacts = [] });
        Assert.Equal(report.Artifacts, read.Artifacts);
    }
}
