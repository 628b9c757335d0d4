using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Book;

/// <summary>
/// Reads book.yml with YamlDotNet's representation model, so every key and value keeps its line and column
/// for diagnostics: invalid YAML (PUB101), unknown keys with a "did you mean" (PUB102), wrong types and
/// values (PUB103) and a missing title (PUB111).
/// </summary>
internal sealed partial class BookManifestReader
{
    /// <summary>The keys book.yml knows, in the order the README documents them.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "subtitle", "authors", "language", "identifier", "publisher", "date", "rights",
        "description", "subjects", "cover", "version", "tocDepth", "chapters", "pdf",
    ];

    private static readonly IReadOnlyList<string> PdfKeys = ["pageSize", "margins", "fontSize", "systemFonts"];
    private static readonly IReadOnlyList<string> MarginKeys = ["top", "bottom", "inner", "outer"];

    private readonly DiagnosticBag _diagnostics;

    private BookManifestReader(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>The manifest, or null when book.yml is not YAML or not a map of keys (PUB101 was reported).</summary>
    public static BookManifest? Read(string yaml, DiagnosticBag diagnostics)
    {
        var reader = new BookManifestReader(diagnostics);
        var root = reader.Parse(yaml);
        return root is null ? null : reader.ReadBook(root);
    }

    private YamlMappingNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var tab = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? IndentingTab(yaml) : null;
            _diagnostics.Error(
                DiagnosticCodes.ManifestInvalidYaml,
                tab is null ? $"book.yml is not valid YAML: {PlainWords(e)}" : "book.yml is not valid YAML: a tab is used for indentation",
                tab ?? At(e.Start),
                tab is null ? "check the indentation and that a value with ':' or '#' in it is in quotes" : "indent with spaces; YAML does not allow tabs there");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unclosed [ ] or { } lists; the last event it read is near the problem.
            _diagnostics.Error(
                DiagnosticCodes.ManifestInvalidYaml,
                "book.yml is not valid YAML: a [ ] or { } list is not closed properly",
                At(parser.Current?.End ?? Mark.Empty),
                "check the brackets and quotes on this line and the next");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        _diagnostics.Error(
            DiagnosticCodes.ManifestInvalidYaml,
            "book.yml should be a list of 'key: value' lines",
            At(stream.Documents[0].RootNode),
            "start with a line such as 'title: My Book'");
        return null;
    }

    private BookManifest ReadBook(YamlMappingNode root)
    {
        var manifest = new BookManifest();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = KeyName(keyNode);
            manifest = key switch
            {
                "title" => manifest with { Title = Text(key, value) },
                "subtitle" => manifest with { Subtitle = Text(key, value) },
                "authors" => manifest with { Authors = Names(key, value) ?? manifest.Authors },
                "language" => manifest with { Language = Language(value) ?? manifest.Language },
                "identifier" => manifest with { Identifier = Identifier(value) },
                "publisher" => manifest with { Publisher = Text(key, value) },
                "date" => manifest with { Date = Date(value) },
                "rights" => manifest with { Rights = Text(key, value) },
                "description" => manifest with { Description = Text(key, value) },
                "subjects" => manifest with { Subjects = TextList(key, value) ?? manifest.Subjects },
                "cover" => manifest with { Cover = Text(key, value) is { } cover ? new ManifestPath(cover, At(value)) : null },
                "version" => manifest with { Version = Text(key, value) },
                "tocDepth" => manifest with { TocDepth = TocDepth(value) ?? manifest.TocDepth },
                "chapters" => manifest with { Chapters = Paths(key, value) },
                "pdf" => manifest with { Pdf = ReadPdf(value) },
                _ => Unknown(manifest, key, keyNode, Keys),
            };
        }

        if (string.IsNullOrWhiteSpace(manifest.Title))
        {
            _diagnostics.Error(
                DiagnosticCodes.ManifestMissingValue,
                "book.yml has no title",
                new SourceLocation(BookManifest.FileName, 1, 1),
                "add a line such as 'title: My Book'");
            manifest = manifest with { Title = null };
        }

        return manifest;
    }

    private PdfManifest ReadPdf(YamlNode node)
    {
        var pdf = new PdfManifest();
        if (AsMapping("pdf", node, "a map such as 'pageSize: A5'") is not { } mapping)
        {
            return pdf;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = KeyName(keyNode);
            pdf = key switch
            {
                "pageSize" => pdf with { PageSize = PageSize(value) },
                "margins" => Margins(pdf, value),
                "fontSize" => pdf with { FontSize = FontSize(value) },
                "systemFonts" => pdf with { SystemFonts = Boolean("pdf.systemFonts", value) },
                _ => Unknown(pdf, "pdf." + key, keyNode, PdfKeys.Select(k => "pdf." + k).ToList()),
            };
        }

        return CheckRoomForText(pdf, node);
    }

    private PdfManifest Margins(PdfManifest pdf, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            var all = Length("pdf.margins", node);
            return pdf with { MarginTop = all, MarginBottom = all, MarginInner = all, MarginOuter = all };
        }

        if (AsMapping("pdf.margins", node, "one length such as '20mm', or a map of top, bottom, inner and outer") is not { } mapping)
        {
            return pdf;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = KeyName(keyNode);
            var name = "pdf.margins." + key;
            pdf = key switch
            {
                "top" => pdf with { MarginTop = Length(name, value) },
                "bottom" => pdf with { MarginBottom = Length(name, value) },
                "inner" => pdf with { MarginInner = Length(name, value) },
                "outer" => pdf with { MarginOuter = Length(name, value) },
                _ => Unknown(pdf, name, keyNode, MarginKeys.Select(k => "pdf.margins." + k).ToList()),
            };
        }

        return pdf;
    }

    private PdfManifest CheckRoomForText(PdfManifest pdf, YamlNode node)
    {
        // The page size may still come from the language; A5 is the smallest default-free check we can make.
        var (width, height) = pdf.PageSize ?? PageGeometry.A5;
        var margins = PageGeometry.DefaultMargins(width, height);
        var textWidth = width - (pdf.MarginInner ?? margins.Inner) - (pdf.MarginOuter ?? margins.Outer);
        var textHeight = height - (pdf.MarginTop ?? margins.Top) - (pdf.MarginBottom ?? margins.Bottom);
        if (textWidth >= 72 && textHeight >= 72)
        {
            return pdf;
        }

        WrongType("pdf.margins", node, $"margins that leave at least one inch for the text on a {width:0.#} x {height:0.#} pt page");
        return pdf with { MarginTop = null, MarginBottom = null, MarginInner = null, MarginOuter = null };
    }

    private T Unknown<T>(T unchanged, string key, YamlNode keyNode, IReadOnlyList<string> known)
    {
        var closest = EditDistance.Closest(key, known);
        _diagnostics.Warning(
            DiagnosticCodes.ManifestUnknownKey,
            $"book.yml has an unknown key '{key}'; it is ignored",
            At(keyNode),
            closest is null ? $"known keys: {string.Join(", ", known)}" : $"did you mean '{LastPart(closest)}'?");
        return unchanged;
    }

    private string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value!.Trim();
        }

        WrongType(key, node, "text");
        return null;
    }

    private IReadOnlyList<string>? TextList(string key, YamlNode node, bool namesOnly = false)
    {
        if (node is YamlScalarNode single)
        {
            return IsNull(single) ? null : ItemText(key, single, namesOnly) is { } one ? [one] : null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list of text");
            return null;
        }

        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode scalar)
            {
                WrongType(key, item, "a list of text");
            }
            else if (!IsNull(scalar) && ItemText(key, scalar, namesOnly) is { } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    private IReadOnlyList<string>? Names(string key, YamlNode node) => TextList(key, node, namesOnly: true);

    private string? ItemText(string key, YamlScalarNode scalar, bool nameOnly)
    {
        // "authors: 5" is a number, not a name; a title such as "1984" is fine.
        if (nameOnly && scalar.Style == ScalarStyle.Plain && NumberOrBoolean().IsMatch(scalar.Value!))
        {
            WrongType(key, scalar, "a name or a list of names, such as '- Ada Lovelace'");
            return null;
        }

        return scalar.Value!.Trim();
    }

    private IReadOnlyList<ManifestPath>? Paths(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list of chapter files, such as '- content/01-intro.md'");
            return null;
        }

        var paths = new List<ManifestPath>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } path } itemScalar && !IsNull(itemScalar))
            {
                paths.Add(new ManifestPath(path.Trim(), At(item)));
            }
            else
            {
                WrongType(key, item, "a list of chapter files, such as '- content/01-intro.md'");
            }
        }

        return paths;
    }

    private string? Language(YamlNode node)
    {
        var language = Text("language", node);
        if (language is null || LanguageTag().IsMatch(language))
        {
            return language;
        }

        WrongType("language", node, "a BCP 47 language tag such as 'en', 'en-US' or 'de'");
        return null;
    }

    private string? Identifier(YamlNode node)
    {
        if (Text("identifier", node) is not { } identifier)
        {
            return null;
        }

        var normalized = Isbn.Normalize(identifier, out var problem);
        if (problem is not null)
        {
            _diagnostics.Error(DiagnosticCodes.ManifestWrongType, $"book.yml key 'identifier': {problem}", At(node));
        }

        return normalized;
    }

    // EPUB readers and validators expect a W3C date: 2024, 2024-05, 2024-05-01 or a full timestamp.
    private string? Date(YamlNode node)
    {
        var date = Text("date", node);
        if (date is null || W3cDate().IsMatch(date))
        {
            return date;
        }

        WrongType("date", node, "a date such as 2024-05-01 (year, year-month, or year-month-day)");
        return null;
    }

    private int? TocDepth(YamlNode node)
    {
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var depth) &&
            depth is >= 1 and <= 4)
        {
            return depth;
        }

        WrongType("tocDepth", node, "a whole number from 1 (chapters only) to 4");
        return null;
    }

    private (float Width, float Height)? PageSize(YamlNode node)
    {
        var size = node is YamlScalarNode scalar && !IsNull(scalar) ? PageGeometry.ParsePageSize(scalar.Value!) : null;
        if (size is null)
        {
            WrongType("pdf.pageSize", node, $"{string.Join(", ", PageGeometry.NamedSizes)}, or a size such as '148mm x 210mm'");
        }

        return size;
    }

    private float? Length(string key, YamlNode node)
    {
        var length = node is YamlScalarNode scalar && !IsNull(scalar) ? PageGeometry.ParseLength(scalar.Value!) : null;
        if (length is null)
        {
            WrongType(key, node, "a length such as '20mm', '2cm', '0.75in' or '54pt'");
        }

        return length;
    }

    private float? FontSize(YamlNode node)
    {
        var size = node is YamlScalarNode scalar && !IsNull(scalar) ? PageGeometry.ParseLength(scalar.Value!) : null;
        if (size is >= 5 and <= 72)
        {
            return size;
        }

        WrongType("pdf.fontSize", node, "a type size in points from 5 to 72, such as 10.5");
        return null;
    }

    private bool? Boolean(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        WrongType(key, node, "true or false");
        return null;
    }

    private YamlMappingNode? AsMapping(string key, YamlNode node, string expected)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (node is not YamlScalarNode scalar || !IsNull(scalar))
        {
            WrongType(key, node, expected);
        }

        return null;
    }

    private void WrongType(string key, YamlNode node, string expected) =>
        _diagnostics.Error(
            DiagnosticCodes.ManifestWrongType,
            $"book.yml key '{key}' has {Describe(node)}; it should be {expected}",
            At(node));

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => "no value",
        YamlScalarNode scalar => $"the value '{Shorten(scalar.Value!)}'",
        YamlSequenceNode => "a list",
        _ => "a map",
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null ||
        (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";

    private static string KeyName(YamlNode keyNode) => keyNode is YamlScalarNode { Value: { } name } ? name : "";

    private static string LastPart(string key) => key[(key.LastIndexOf('.') + 1)..];

    // YamlDotNet puts "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 9, Idx: 24): " before its message; the location
    // is already in the diagnostic.
    private static string PlainWords(YamlException e)
    {
        var message = MarkPrefix().Replace(e.Message, "").Trim();
        return message.Length == 0 ? "it cannot be read" : char.ToLowerInvariant(message[0]) + message[1..];
    }

    // YamlDotNet reports a tab in indentation at the start of the enclosing map; the author needs the tab itself.
    private static SourceLocation? IndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new SourceLocation(BookManifest.FileName, i + 1, tab + 1);
            }
        }

        return null;
    }

    private static SourceLocation At(YamlNode node) => At(node.Start);

    private static SourceLocation At(Mark mark) =>
        new(BookManifest.FileName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    [GeneratedRegex(@"^[+-]?(\d[\d_]*(\.\d*)?([eE][+-]?\d+)?|0x[0-9a-fA-F]+|\.inf|\.nan|true|false|yes|no|on|off)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOrBoolean();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")]
    private static partial Regex W3cDate();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
