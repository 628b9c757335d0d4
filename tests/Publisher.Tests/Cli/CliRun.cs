using Publisher.Cli;

namespace Publisher.Tests.Cli;

/// <summary>One in-process run of the command line, with its exit code and everything it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Lines(Stderr);

    public string[] StdoutLines => Lines(Stdout);

    /// <summary>Runs <c>publisher ARGS</c> in <paramref name="currentDirectory"/> against a fake library.</summary>
    public static CliRun Start(
        FakePublishing publishing,
        string currentDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        params string[] args) => Start(publishing, currentDirectory, environment, isTerminal: false, args);

    /// <summary>Runs <c>publisher ARGS</c>, as if stderr were (or were not) a terminal a person watches.</summary>
    public static CliRun Start(
        FakePublishing publishing,
        string currentDirectory,
        IReadOnlyDictionary<string, string>? environment,
        bool isTerminal,
        params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(
            stdout,
            stderr,
            publishing,
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            currentDirectory,
            isTerminal);
        var exitCode = CliApp.Run(args, context);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
}
