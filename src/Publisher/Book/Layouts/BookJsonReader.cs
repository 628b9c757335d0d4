using System.Globalization;
using System.Text.Json;
using Publisher.Diagnostics;

namespace Publisher.Book.Layouts;

/// <summary>
/// Reads a GitBook or HonKit book.json: title, author, description, language, cover, isbn, <c>root</c>,
/// <c>structure</c> (readme and summary file names), <c>variables</c> (for <c>{{ book.name }}</c>) and the GitHub
/// plugin's repository address. JSON that cannot be read is PUB120 at its line and column.
/// </summary>
internal static class BookJsonReader
{
    public const string FileName = "book.json";

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    /// <summary>The metadata and settings, or null when the file is not JSON (PUB120 was reported).</summary>
    public static (BookManifest Manifest, LayoutSettings Settings)? Read(string text, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            diagnostics.Error(
                DiagnosticCodes.LayoutFileInvalid,
                $"{FileName} is not valid JSON: {e.Message.Split(" LineNumber", 2)[0].Trim()}",
                new SourceLocation(FileName, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1));
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(DiagnosticCodes.LayoutFileInvalid, $"{FileName} should be an object of keys: {{ \"title\": \"...\" }}", new SourceLocation(FileName, 1, 1));
                return null;
            }

            return Read(document.RootElement, new LayoutValues(FileName, text, diagnostics));
        }
    }

    private static (BookManifest, LayoutSettings) Read(JsonElement root, LayoutValues values)
    {
        var cover = values.Text("cover", Scalar(root, "cover"));
        var manifest = new BookManifest
        {
            Title = values.Given("title", values.Text("title", Scalar(root, "title"))),
            Authors = values.Given("authors", values.TextList("author", Scalar(root, "author"))) ?? [],
            Description = values.Given("description", values.Text("description", Scalar(root, "description"))),
            Language = values.Given("language", values.Language("language", Scalar(root, "language"))) ?? "en",
            Identifier = values.Given("identifier", values.Text("isbn", Scalar(root, "isbn"))),
            Cover = values.Given("cover", cover is null ? null : new ManifestPath(cover, values.At("cover"))),
            Repository = values.Given("repository", values.WebAddress("pluginsConfig.github.url", Scalar(Child(Child(root, "pluginsConfig"), "github"), "url"))),
        };
        var folder = values.Text("root", Scalar(root, "root"))?.Replace('\\', '/').Trim('/');
        if (folder is "." or "./")
        {
            folder = "";
        }

        var structure = Child(root, "structure");
        var settings = new LayoutSettings
        {
            ChapterFolder = folder?.StartsWith("./", StringComparison.Ordinal) == true ? folder[2..] : folder ?? "",
            SummaryFile = values.Text("structure.summary", Scalar(structure, "summary")) ?? "SUMMARY.md",
            ReadmeFile = values.Text("structure.readme", Scalar(structure, "readme")) ?? "README.md",
            NumbersChapters = false,
            Variables = Variables(Child(root, "variables")),
        };
        return (manifest with { GivenKeys = values.GivenKeys }, settings);
    }

    private static JsonElement? Child(JsonElement? parent, string key) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(key, out var child) ? child : null;

    /// <summary>A value as the readers take it: text, a list of text, or anything else (reported as the wrong type).</summary>
    private static object? Scalar(JsonElement? parent, string key) => Child(parent, key) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? (object?)item.GetString() : item.ValueKind).ToList(),
        { } other => other.ValueKind,
    };

    /// <summary>GitBook's variables, flattened to dotted names: <c>{ "links": { "site": "..." } }</c> gives <c>links.site</c>.</summary>
    private static Dictionary<string, string> Variables(JsonElement? variables)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (variables is { ValueKind: JsonValueKind.Object } table)
        {
            Flatten(table, "", result, depth: 0);
        }

        return result;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> into, int depth)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object when depth < 8:
                    Flatten(property.Value, name + ".", into, depth + 1);
                    break;
                case JsonValueKind.String:
                    into[name] = property.Value.GetString() ?? "";
                    break;
                case JsonValueKind.Number:
                    into[name] = property.Value.GetDouble().ToString(CultureInfo.InvariantCulture);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    into[name] = property.Value.GetBoolean() ? "true" : "false";
                    break;
            }
        }
    }
}
