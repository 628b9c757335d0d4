using System.CommandLine;
using Publisher.Publishing;

namespace Publisher.Cli;

/// <summary>Arguments and options that more than one command takes.</summary>
internal static class CommonOptions
{
    public static Argument<string> BookDirectory()
    {
        var argument = new Argument<string>("BOOK_DIR")
        {
            Description = "The book folder, holding book.yml, content/ and images/",
            DefaultValueFactory = _ => ".",
        };
        // An unknown option would otherwise be taken for the folder's name.
        argument.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: ['-', _, ..] value }])
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        });
        return argument;
    }

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Folder for the ebook files (default: BOOK_DIR/artifacts)",
    };

    public static Option<string> Format()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Which files to write",
            DefaultValueFactory = _ => "all",
        };
        format.AcceptOnlyFromAmong("epub", "pdf", "all");
        return format;
    }

    public static Option<bool> FixEncoding() => new("--fix-encoding")
    {
        Description = "Repair common mojibake (text decoded twice, such as 'â€™') in the output",
    };

    public static OutputFormats ParseFormat(string format) => format switch
    {
        "epub" => OutputFormats.Epub,
        "pdf" => OutputFormats.Pdf,
        _ => OutputFormats.All,
    };

    public static string FormatName(OutputFormats formats) => formats switch
    {
        OutputFormats.Epub => "EPUB",
        OutputFormats.Pdf => "PDF",
        _ => "EPUB and PDF",
    };

    /// <summary>The full path of <c>--output</c> (null when not given), or false after saying why it cannot be used.</summary>
    public static bool TryResolveOutput(string? output, CliContext context, out string? outputDirectory)
    {
        outputDirectory = output is null ? null : context.FullPath(output);
        if (outputDirectory is not null && File.Exists(outputDirectory))
        {
            context.Stderr.WriteLine($"publisher: the output folder '{output}' is a file");
            return false;
        }

        return true;
    }

    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors")
    {
        Description = "Treat every warning as an error: exit 1 and write nothing",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print a JSON report on stdout (files written, version, diagnostics); everything else goes to stderr",
    };

    /// <summary>A version option: a non-empty value without spaces.</summary>
    public static Option<string?> Version(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
            {
                result.AddError($"{name} needs a version without spaces, such as 1.2.0");
            }
        });
        return option;
    }

    /// <summary>
    /// Resolves BOOK_DIR, or writes why it cannot be used and returns null: a missing folder is a usage error,
    /// while a folder without book.yml is a content problem the library reports.
    /// </summary>
    public static string? ResolveBookDirectory(string bookDirectory, CliContext context)
    {
        var fullPath = context.FullPath(bookDirectory);
        if (Directory.Exists(fullPath))
        {
            return fullPath;
        }

        var what = File.Exists(fullPath) ? "is a file, not a folder" : "does not exist";
        context.Stderr.WriteLine($"publisher: the book folder '{bookDirectory}' {what}");
        return null;
    }
}
