using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Book;

/// <summary>
/// Reads single book.yml values of a known type (text, lists, paths, language, date, ...). A value of the wrong type
/// is reported as PUB103 at its own line and column and read as absent; an unknown key is PUB102 with the closest key.
/// Every section reader (the top level, <c>pdf:</c>, ...) shares one instance.
/// </summary>
internal sealed partial class ManifestValues(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public T Unknown<T>(T unchanged, string key, YamlNode keyNode, IReadOnlyList<string> known)
    {
        var closest = EditDistance.Closest(key, known);
        diagnostics.Warning(
            DiagnosticCodes.ManifestUnknownKey,
            $"book.yml has an unknown key '{key}'; it is ignored",
            At(keyNode),
            closest is null ? $"known keys: {string.Join(", ", known)}" : $"did you mean '{LastPart(closest)}'?");
        return unchanged;
    }

    public string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value!.Trim();
        }

        WrongType(key, node, "text");
        return null;
    }

    public IReadOnlyList<string>? TextList(string key, YamlNode node, bool namesOnly = false)
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

    public IReadOnlyList<string>? Names(string key, YamlNode node) => TextList(key, node, namesOnly: true);

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

    public string? Language(YamlNode node)
    {
        var language = Text("language", node);
        if (language is null || IsLanguageTag(language))
        {
            return language;
        }

        WrongType("language", node, "a BCP 47 language tag such as 'en', 'en-US' or 'de'");
        return null;
    }

    public string? Identifier(YamlNode node)
    {
        if (Text("identifier", node) is not { } identifier)
        {
            return null;
        }

        var normalized = Isbn.Normalize(identifier, out var problem);
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.ManifestWrongType, $"book.yml key 'identifier': {problem}", At(node));
        }

        return normalized;
    }

    // EPUB readers and validators expect a W3C date: 2024, 2024-05, 2024-05-01 or a full timestamp.
    public string? Date(YamlNode node)
    {
        var date = Text("date", node);
        if (date is null || W3cDate().IsMatch(date))
        {
            return date;
        }

        WrongType("date", node, "a date such as 2024-05-01 (year, year-month, or year-month-day)");
        return null;
    }

    public int? TocDepth(YamlNode node)
    {
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var depth) &&
            depth is >= 1 and <= 4)
        {
            return depth;
        }

        WrongType("tocDepth", node, "a whole number from 1 (chapters only) to 4");
        return null;
    }

    /// <summary>An absolute http(s) address, such as a repository's or a web edition's.</summary>
    public string? WebAddress(string key, YamlNode node)
    {
        var text = Text(key, node);
        if (text is null || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return text;
        }

        WrongType(key, node, "a web address such as 'https://github.com/owner/book'");
        return null;
    }

    public YamlMappingNode? AsMapping(string key, YamlNode node, string expected)
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

    public void WrongType(string key, YamlNode node, string expected) =>
        diagnostics.Error(
            DiagnosticCodes.ManifestWrongType,
            $"book.yml key '{key}' has {Describe(node)}; it should be {expected}",
            At(node));

    /// <summary>True for a BCP 47 tag as books use them: <c>en</c>, <c>en-US</c>, <c>zh-Hant-TW</c>.</summary>
    public static bool IsLanguageTag(string language) => LanguageTag().IsMatch(language);

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null ||
        (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    public static string KeyName(YamlNode keyNode) => keyNode is YamlScalarNode { Value: { } name } ? name : "";

    public static SourceLocation At(YamlNode node) => At(node.Start);

    public static SourceLocation At(Mark mark) =>
        new(BookManifest.FileName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => "no value",
        YamlScalarNode scalar => $"the value '{Shorten(scalar.Value!)}'",
        YamlSequenceNode => "a list",
        _ => "a map",
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";

    private static string LastPart(string key) => key[(key.LastIndexOf('.') + 1)..];

    [GeneratedRegex(@"^[+-]?(\d[\d_]*(\.\d*)?([eE][+-]?\d+)?|0x[0-9a-fA-F]+|\.inf|\.nan|true|false|yes|no|on|off)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOrBoolean();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")]
    private static partial Regex W3cDate();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
