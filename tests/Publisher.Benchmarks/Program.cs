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

return options.Single is { } format
    ? SingleRun.Run(format, options)
    : BenchmarkSuite.Run(options);
