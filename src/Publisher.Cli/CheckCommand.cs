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
        var command = new Command("check", "Check a book and report its problems without writing any file")
        {
            bookDirectory, warningsAsErrors,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetValue(bookDirectory)!,
            parseResult.GetValue(warningsAsErrors)));
        return command;
    }

    private static int Run(CliContext context, string bookDirectory, bool warningsAsErrors)
    {
        var fullBookDirectory = CommonOptions.ResolveBookDirectory(bookDirectory, context);
        if (fullBookDirectory is null)
        {
            return ExitCodes.UsageError;
        }

        var report = new RunReport(context, fullBookDirectory);
        report.Progress($"Checking {report.DisplayPath(fullBookDirectory)} ...");
        var result = context.Publishing.Check(new PublishOptions
        {
            BookDirectory = fullBookDirectory,
            WarningsAsErrors = warningsAsErrors,
        });

        report.Diagnostics(result, warningsAsErrors);
        report.Contents(result);
        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }

        context.Stdout.WriteLine(result.BookTitle is null ? "The book is ready to publish." : $"'{result.BookTitle}' is ready to publish.");
        return ExitCodes.Success;
    }
}
