using System.CommandLine;

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

    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors")
    {
        Description = "Treat every warning as an error: exit 1 and write nothing",
    };

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
