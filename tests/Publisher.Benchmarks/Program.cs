using Publisher.Benchmarks;

// Generates a synthetic book and measures publishing it: see BenchmarkOptions for the command line.
var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

if (options.Watch)
{
    return await WatchBenchmark.RunAsync(options);
}

if (options.PagesOf.Count > 0)
{
    foreach (var pdf in options.PagesOf)
    {
        Console.WriteLine(PageQuality.Measure(pdf, options.ListLooseLines ? Console.Out : null));
    }

    return 0;
}

return options switch
{
    { Single: { } format } => SingleRun.Run(format, options),
    { Stress: not null } => StressSuite.Run(options),
    _ => BenchmarkSuite.Run(options),
};
