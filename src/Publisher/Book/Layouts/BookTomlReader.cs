using Publisher.Diagnostics;
using Tomlyn;
using Tomlyn.Model;

namespace Publisher.Book.Layouts;

/// <summary>
/// Reads an mdBook's book.toml (with Tomlyn): <c>[book]</c> title, authors, description, language and <c>src</c>,
/// and <c>[output.html]</c> <c>git-repository-url</c> and <c>no-section-label</c>. TOML that cannot be read is PUB120
/// at its line and column; every other section belongs to mdBook and its plugins.
/// </summary>
internal static class BookTomlReader
{
    public const string FileName = "book.toml";

    /// <summary>The metadata and settings, or null when the file is not TOML (PUB120 was reported).</summary>
    public static (BookManifest Manifest, LayoutSettings Settings)? Read(string text, DiagnosticBag diagnostics)
    {
        TomlTable root;
        try
        {
            root = TomlSerializer.Deserialize<TomlTable>(text) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            diagnostics.Error(
                DiagnosticCodes.LayoutFileInvalid,
                $"{FileName} is not valid TOML: {FirstLine(e.Message)}",
                new SourceLocation(FileName, Math.Max(1, e.Line ?? 1), Math.Max(1, e.Column ?? 1)));
            return null;
        }

        var values = new LayoutValues(FileName, text, diagnostics);
        var book = Table(root, "book");
        var html = Table(Table(root, "output"), "html");
        var manifest = new BookManifest
        {
            Title = values.Given("title", values.Text("book.title", Value(book, "title"))),
            Authors = values.Given("authors", values.TextList("book.authors", Value(book, "authors"))) ?? [],
            Description = values.Given("description", values.Text("book.description", Value(book, "description"))),
            Language = values.Given("language", values.Language("book.language", Value(book, "language"))) ?? "en",
            Repository = values.Given("repository", values.WebAddress("output.html.git-repository-url", Value(html, "git-repository-url"))),
        };
        var settings = new LayoutSettings
        {
            ChapterFolder = values.Text("book.src", Value(book, "src"))?.Trim('/') is { Length: > 0 } src && src != "." ? src : "src",
            NumbersChapters = Value(html, "no-section-label") is not true,
        };
        return (manifest with { GivenKeys = values.GivenKeys }, settings);
    }

    private static TomlTable? Table(TomlTable? parent, string key) =>
        parent is not null && parent.TryGetValue(key, out var value) ? value as TomlTable : null;

    private static object? Value(TomlTable? table, string key) =>
        table is not null && table.TryGetValue(key, out var value) ? value : null;

    // Tomlyn starts its message with "(line,column) : error : "; the location is already in the diagnostic.
    private static string FirstLine(string message)
    {
        var line = System.Text.RegularExpressions.Regex.Replace(message.Split('\n')[0], @"^\s*\(\d+,\d+\)\s*:\s*error\s*:\s*", "").Trim();
        return line.Length == 0 ? "it cannot be read" : char.ToLowerInvariant(line[0]) + line[1..];
    }
}
