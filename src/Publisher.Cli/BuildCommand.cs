using System.CommandLine;
using System.Diagnostics;
using Publisher.Publishing;

namespace Publisher.Cli;

/// <summary><c>publisher build [BOOK_DIR]</c>: writes the EPUB and/or the PDF.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var bookDirectory = CommonOptions.BookDirectory();
        var output = CommonOptions.Output();
        var format = CommonOptions.Format();
        var warningsAsErrors = CommonOptions.WarningsAsErrors();
        var fixEncoding = CommonOptions.FixEncoding();
        var bookVersion = CommonOptions.BookVersion();

        var command = new Command("build", "Build the ebook files (EPUB and PDF) of a book")
        {
            bookDirectory, output, format, warningsAsErrors, fixEncoding, bookVersion,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetValue(bookDirectory)!,
            parseResult.GetValue(output),
            CommonOptions.ParseFormat(parseResult.GetValue(format)!),
            parseResult.GetValue(warningsAsErrors),
            parseResult.GetValue(fixEncoding),
            parseResult.GetValue(bookVersion)));
        return command;
    }

    private static int Run(
        CliContext context,
        string bookDirectory,
        string? output,
        OutputFormats formats,
        bool warningsAsErrors,
        bool fixEncoding,
        string? bookVersion)
    {
        var fullBookDirectory = CommonOptions.ResolveBookDirectory(bookDirectory, context);
        if (fullBookDirectory is null)
        {
            return ExitCodes.UsageError;
        }

        if (!CommonOptions.TryResolveOutput(output, context, out var outputDirectory))
        {
            return ExitCodes.UsageError;
        }

        var options = new PublishOptions
        {
            BookDirectory = fullBookDirectory,
            OutputDirectory = outputDirectory,
            Formats = formats,
            WarningsAsErrors = warningsAsErrors,
            FixEncoding = fixEncoding,
            Version = bookVersion,
        };
        var report = new RunReport(context, fullBookDirectory);
        report.Progress($"Building {report.DisplayPath(fullBookDirectory)} ({CommonOptions.FormatName(formats)}) ...");
        var stopwatch = Stopwatch.StartNew();
        var result = context.Publishing.Publish(options);
        stopwatch.Stop();

        report.Diagnostics(result, warningsAsErrors);
        if (!result.Succeeded)
        {
            context.Stderr.WriteLine("publisher: build failed; no ebook file was written or changed");
            return ExitCodes.ContentErrors;
        }

        report.Artifacts(result, stopwatch.Elapsed);
        return ExitCodes.Success;
    }
}
