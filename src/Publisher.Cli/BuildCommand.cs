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
        var bookVersion = CommonOptions.Version("--book-version", "The version stamped into the ebooks (default: book.yml's version)");
        var defaultBookVersion = CommonOptions.Version(
            "--default-book-version", "The version stamped when neither --book-version nor book.yml gives one");
        var json = CommonOptions.Json();

        var command = new Command("build", "Build the ebook files (EPUB and PDF) of a book")
        {
            bookDirectory, output, format, warningsAsErrors, fixEncoding, bookVersion, defaultBookVersion, json,
        };
        command.SetAction(parseResult => Run(
            context,
            new PublishOptions
            {
                BookDirectory = parseResult.GetValue(bookDirectory)!,
                Formats = CommonOptions.ParseFormat(parseResult.GetValue(format)!),
                WarningsAsErrors = parseResult.GetValue(warningsAsErrors),
                FixEncoding = parseResult.GetValue(fixEncoding),
                Version = parseResult.GetValue(bookVersion),
                DefaultVersion = parseResult.GetValue(defaultBookVersion),
            },
            parseResult.GetValue(output),
            parseResult.GetValue(json)));
        return command;
    }

    /// <summary>Builds the book <paramref name="asked"/> names, with its folder and <paramref name="output"/> as typed.</summary>
    private static int Run(CliContext context, PublishOptions asked, string? output, bool json)
    {
        var fullBookDirectory = CommonOptions.ResolveBookDirectory(asked.BookDirectory, context);
        if (fullBookDirectory is null)
        {
            return ExitCodes.UsageError;
        }

        if (!CommonOptions.TryResolveOutput(output, context, out var outputDirectory))
        {
            return ExitCodes.UsageError;
        }

        var options = asked with { BookDirectory = fullBookDirectory, OutputDirectory = outputDirectory };
        var report = new RunReport(context, fullBookDirectory, json);
        report.Progress($"Building {report.DisplayPath(fullBookDirectory)} ({CommonOptions.FormatName(options.Formats)}) ...");
        var stopwatch = Stopwatch.StartNew();
        var result = context.Publishing.Publish(options);
        stopwatch.Stop();

        report.Diagnostics(result, options.WarningsAsErrors);
        if (!result.Succeeded)
        {
            context.Stderr.WriteLine("publisher: build failed; no ebook file was written or changed");
        }
        else
        {
            report.Artifacts(result, stopwatch.Elapsed);
        }

        report.Json("build", result);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
