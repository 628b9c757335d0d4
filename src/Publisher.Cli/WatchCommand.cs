using System.CommandLine;
using System.Runtime.InteropServices;
using Publisher.Publishing;

namespace Publisher.Cli;

/// <summary>
/// <c>publisher watch [BOOK_DIR]</c>: builds the ebooks, serves a live preview on 127.0.0.1 and rebuilds both
/// after every change, until Ctrl+C.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var bookDirectory = CommonOptions.BookDirectory();
        var output = CommonOptions.Output();
        var format = CommonOptions.Format();
        var fixEncoding = CommonOptions.FixEncoding();
        var bookVersion = CommonOptions.Version("--book-version", "The version stamped into the ebooks (default: book.yml's version)");
        var port = new Option<int>("--port", "-p")
        {
            Description = "The preview's port on 127.0.0.1; the next free one when it is taken; 0 for any free port",
            DefaultValueFactory = _ => 3000,
        };
        port.Validators.Add(result =>
        {
            // A value that is not a number at all is reported by the parser itself.
            if (result.Tokens is [{ Value: var value }] && int.TryParse(value, out var number) && number is < 0 or > 65535)
            {
                result.AddError("--port needs a number from 0 to 65535");
            }
        });
        var open = new Option<bool>("--open")
        {
            Description = "Open the preview in the web browser",
        };

        var command = new Command("watch", "Build the ebooks, show the book live in the browser and rebuild both after every change")
        {
            bookDirectory, output, format, port, open, fixEncoding, bookVersion,
        };
        command.SetAction(parseResult =>
        {
            var fullBookDirectory = CommonOptions.ResolveBookDirectory(parseResult.GetValue(bookDirectory)!, context);
            if (fullBookDirectory is null || !CommonOptions.TryResolveOutput(parseResult.GetValue(output), context, out var outputDirectory))
            {
                return ExitCodes.UsageError;
            }

            var options = new WatchOptions
            {
                BookDirectory = fullBookDirectory,
                OutputDirectory = outputDirectory,
                Formats = CommonOptions.ParseFormat(parseResult.GetValue(format)!),
                Port = parseResult.GetValue(port),
                FixEncoding = parseResult.GetValue(fixEncoding),
                Version = parseResult.GetValue(bookVersion),
            };
            return Run(context, options, parseResult.GetValue(open));
        });
        return command;
    }

    private static int Run(CliContext context, WatchOptions options, bool openBrowser)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.StopRequested);
        // Ctrl+C and SIGTERM end the watch through the token, so the build in progress and the server stop cleanly.
        using var interrupt = context.HandlesStopSignals ? PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop) : null;
        using var terminate = context.HandlesStopSignals ? PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop) : null;
        var report = new WatchReport(context, options, openBrowser);
        try
        {
            context.Publishing.Watch(options, report, stop.Token).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            context.Stderr.WriteLine($"publisher: {e.Message}");
            return ExitCodes.UsageError;
        }

        report.Stopped();
        return ExitCodes.Success;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }
}
