using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Tests.Build;

/// <summary>Runs a program to completion and captures what it printed, with colour codes removed.</summary>
internal sealed partial record ExternalProcess(int ExitCode, string Output)
{
    /// <summary>Environment variables a CI runner sets that would change what the build script does.</summary>
    private static readonly string[] CiVariables =
        ["GITHUB_ACTIONS", "GITHUB_REF_NAME", "GITHUB_OUTPUT", "GITHUB_SHA", "GITHUB_WORKSPACE"];

    public static ExternalProcess Run(
        string program,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in CiVariables)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in time:\n{output}");
        }

        process.WaitForExit();
        return new ExternalProcess(process.ExitCode, AnsiEscape().Replace(output.ToString(), ""));
    }

    /// <summary>True when <paramref name="program"/> is on the PATH.</summary>
    public static bool Exists(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(folder => File.Exists(Path.Combine(folder, program)));

    public override string ToString() => $"exit code {ExitCode}:\n{Output}";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
