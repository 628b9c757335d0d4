using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Publisher.Cli;

/// <summary>
/// Prints the version of the publisher tool itself. The stock action reports the entry assembly, which is
/// the test host when tests run the command line in-process.
/// </summary>
internal sealed class PrintVersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    public static string ToolVersion =>
        typeof(PrintVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PrintVersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(ToolVersion);
        return ExitCodes.Success;
    }
}
