using System.Text;
using System.Text.RegularExpressions;
using CliWrap;

namespace Publisher.Tests.Support;

/// <summary>
/// What a program run by a test printed and how it ended. <see cref="Run"/> is the one way tests start another
/// program: validators (pdftotext, qpdf, EPUBCheck), git, bash and the build script.
/// </summary>
/// <param name="StandardOutput">What the program wrote to stdout.</param>
/// <param name="StandardError">What it wrote to stderr.</param>
/// <param name="AllOutput">Both, line by line in the order they arrived, with terminal colour codes removed.</param>
internal sealed partial record ExternalProcess(int ExitCode, string StandardOutput, string StandardError, string AllOutput)
{
    /// <summary>Environment variables a CI runner sets that would change what the build script does.</summary>
    private static readonly string[] CiVariables =
        ["GITHUB_ACTIONS", "GITHUB_REF_NAME", "GITHUB_OUTPUT", "GITHUB_SHA", "GITHUB_WORKSPACE"];

    /// <summary>
    /// Runs <paramref name="program"/> to completion with stdin closed, <c>NO_COLOR=1</c> and without the GitHub
    /// Actions variables of a CI runner; <paramref name="environment"/> adds variables (a null value removes one).
    /// A program still running after <paramref name="timeout"/> (default five minutes) is killed, and the test fails.
    /// </summary>
    public static ExternalProcess Run(
        string program,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var all = new StringBuilder();
        var variables = new Dictionary<string, string?> { ["NO_COLOR"] = "1" };
        foreach (var name in CiVariables)
        {
            variables[name] = null;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        var command = CliWrap.Cli.Wrap(program)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory ?? Directory.GetCurrentDirectory())
            .WithEnvironmentVariables(variables)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(Capture(stdout, all))
            .WithStandardErrorPipe(Capture(stderr, all));

        var limit = timeout ?? TimeSpan.FromMinutes(5);
        using var cancellation = new CancellationTokenSource(limit);
        try
        {
            var result = command.ExecuteAsync(cancellation.Token).GetAwaiter().GetResult();
            return new ExternalProcess(result.ExitCode, stdout.ToString(), stderr.ToString(), AnsiEscape().Replace(Text(all), ""));
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {limit}:\n{Text(all)}");
        }
    }

    public override string ToString() => $"exit code {ExitCode}:\n{AllOutput}";

    private static PipeTarget Capture(StringBuilder stream, StringBuilder all) => PipeTarget.Merge(
        PipeTarget.ToStringBuilder(stream, Encoding.UTF8),
        PipeTarget.ToDelegate(line => AppendLine(all, line), Encoding.UTF8));

    private static void AppendLine(StringBuilder all, string line)
    {
        lock (all)
        {
            all.AppendLine(line);
        }
    }

    private static string Text(StringBuilder all)
    {
        lock (all)
        {
            return all.ToString();
        }
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
