using Publisher.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Publisher.Book;

/// <summary>
/// Reads book.yml with YamlDotNet's representation model, so every key and value keeps its line and column
/// for diagnostics: invalid YAML (PUB101, <see cref="ManifestYamlParser"/>), unknown keys with a "did you mean"
/// (PUB102), wrong types and values (PUB103, <see cref="ManifestValues"/>) and a missing title (PUB111).
/// A section with keys of its own has its own reader (<see cref="PdfManifestReader"/>, <see cref="ChapterListReader"/>,
/// <see cref="FontsManifestReader"/>).
/// </summary>
internal sealed class BookManifestReader
{
    /// <summary>The keys book.yml knows, in the order the README documents them.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "subtitle", "authors", "language", "identifier", "publisher", "date", "rights",
        "description", "subjects", "cover", "version", "tocDepth", "chapters", "pdf", "fonts", "repository", "url",
    ];

    private readonly ManifestValues _values;

    private BookManifestReader(DiagnosticBag diagnostics) => _values = new ManifestValues(diagnostics);

    /// <summary>The manifest, or null when book.yml is not YAML or not a map of keys (PUB101 was reported).</summary>
    public static BookManifest? Read(string yaml, DiagnosticBag diagnostics)
    {
        var manifest = ReadPartial(yaml, diagnostics);
        return manifest is null ? null : new BookManifestReader(diagnostics).RequireTitle(manifest);
    }

    /// <summary>
    /// Like <see cref="Read"/>, but a book.yml without a title is fine: it adds to a book.toml or book.json that
    /// may give one (<see cref="Layouts.BookLayoutReader"/> checks the title once every file is read).
    /// </summary>
    public static BookManifest? ReadPartial(string yaml, DiagnosticBag diagnostics)
    {
        var root = ManifestYamlParser.Parse(yaml, diagnostics);
        return root is null ? null : new BookManifestReader(diagnostics).ReadBook(root);
    }

    private BookManifest ReadBook(YamlMappingNode root)
    {
        var manifest = new BookManifest();
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ManifestValues.KeyName(keyNode);
            given.Add(key);
            manifest = key switch
            {
                "title" => manifest with { Title = _values.Text(key, value) },
                "subtitle" => manifest with { Subtitle = _values.Text(key, value) },
                "authors" => manifest with { Authors = _values.Names(key, value) ?? manifest.Authors },
                "language" => manifest with { Language = _values.Language(value) ?? manifest.Language },
                "identifier" => manifest with { Identifier = _values.Identifier(value) },
                "publisher" => manifest with { Publisher = _values.Text(key, value) },
                "date" => manifest with { Date = _values.Date(value) },
                "rights" => manifest with { Rights = _values.Text(key, value) },
                "description" => manifest with { Description = _values.Text(key, value) },
                "subjects" => manifest with { Subjects = _values.TextList(key, value) ?? manifest.Subjects },
                "cover" => manifest with { Cover = _values.Text(key, value) is { } cover ? new ManifestPath(cover, ManifestValues.At(value)) : null },
                "version" => manifest with { Version = _values.Text(key, value) },
                "tocDepth" => manifest with { TocDepth = _values.TocDepth(value) ?? manifest.TocDepth },
                "chapters" => manifest with { Chapters = new ChapterListReader(_values).Read(value) },
                "pdf" => manifest with { Pdf = new PdfManifestReader(_values).Read(value) },
                "fonts" => manifest with { Fonts = new FontsManifestReader(_values).Read(value) },
                "repository" => manifest with { Repository = _values.WebAddress(key, value) },
                "url" => manifest with { Url = _values.WebAddress(key, value) },
                _ => _values.Unknown(manifest, key, keyNode, Keys),
            };
        }

        return manifest with { GivenKeys = given };
    }

    private BookManifest RequireTitle(BookManifest manifest)
    {
        if (string.IsNullOrWhiteSpace(manifest.Title))
        {
            _values.Diagnostics.Error(
                DiagnosticCodes.ManifestMissingValue,
                "book.yml has no title",
                new SourceLocation(BookManifest.FileName, 1, 1),
                "add a line such as 'title: My Book'");
            manifest = manifest with { Title = null };
        }

        return manifest;
    }
}
