using Publisher.Cli;

namespace Publisher.Tests.Cli;

/// <summary>Runs the real command line in-process.</summary>
internal static class RealCli
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string currentDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, new LibraryPublishing(), _ => null, currentDirectory, IsTerminal: false);
        var exitCode = CliApp.Run(args, context);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
