using System.CommandLine;
using System.CommandLine.Help;

namespace Publisher.Cli;

/// <summary>
/// The <c>publisher</c> command line: parse, run the command, turn the outcome into an exit code.
/// Program.cs only forwards to <see cref="Run(string[], TextWriter, TextWriter)"/>; tests call it in-process.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs the command line against the real library, environment and current folder.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, CliContext.ForProcess(stdout, stderr));

    /// <summary>Runs the command line in the given context; returns the process exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var parseResult = CreateRootCommand(context).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            return ReportUsageErrors(parseResult, context.Stderr);
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = context.Stdout,
                Error = context.Stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception exception)
        {
            return ReportCrash(exception, context.Stderr);
        }
    }

    // A plain Command rather than RootCommand, so help says "publisher" (the tool's name), not the assembly's.
    private static Command CreateRootCommand(CliContext context) =>
        new("publisher", "Publishes a book kept as Markdown chapters to EPUB 3 and a typeset PDF.")
        {
            new HelpOption(),
            new VersionOption { Action = new PrintVersionAction(context.Stdout) },
            BuildCommand.Create(context),
            CheckCommand.Create(context),
            WatchCommand.Create(context),
        };

    private static int ReportUsageErrors(ParseResult parseResult, TextWriter stderr)
    {
        foreach (var error in parseResult.Errors)
        {
            stderr.WriteLine($"publisher: {error.Message}");
        }

        stderr.WriteLine("Run 'publisher --help' for usage.");
        return ExitCodes.UsageError;
    }

    private static int ReportCrash(Exception exception, TextWriter stderr)
    {
        stderr.WriteLine($"publisher: internal error: {exception.Message}");
        stderr.WriteLine("This is a bug in Publisher, not in your book. Please report it with the trace below.");
        stderr.WriteLine(exception);
        return ExitCodes.InternalError;
    }
}
