using System.CommandLine;
using Publisher.Publishing;

namespace Publisher.Cli;

/// <summary><c>publisher check [BOOK_DIR]</c>: reports every problem in the book without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var bookDirectory = CommonOptions.BookDirectory();
        var warningsAsErrors = CommonOptions.WarningsAsErrors();
        var json = CommonOptions.Json();
        var command = new Command("check", "Check a book and report its problems without writing any file")
        {
            bookDirectory, warningsAsErrors, json,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetValue(bookDirectory)!,
            parseResult.GetValue(warningsAsErrors),
            parseResult.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string bookDirectory, bool warningsAsErrors, bool json)
    {
        var fullBookDirectory = CommonOptions.ResolveBookDirectory(bookDirectory, context);
        if (fullBookDirectory is null)
        {
            return ExitCodes.UsageError;
        }

        var report = new RunReport(context, fullBookDirectory, json);
        report.Progress($"Checking {report.DisplayPath(fullBookDirectory)} ...");
        var result = context.Publishing.Check(new PublishOptions
        {
            BookDirectory = fullBookDirectory,
            WarningsAsErrors = warningsAsErrors,
        });

        report.Diagnostics(result, warningsAsErrors);
        report.Contents(result);
        if (result.Succeeded)
        {
            report.Result(result.BookTitle is null ? "The book is ready to publish." : $"'{result.BookTitle}' is ready to publish.");
        }

        report.Json("check", result);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
