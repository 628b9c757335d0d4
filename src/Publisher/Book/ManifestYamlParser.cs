using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Book;

/// <summary>
/// Turns book.yml's text into YamlDotNet's representation model (every node keeps its line and column), reporting
/// text that is not YAML, or not a map of keys, as PUB101 at the place the author has to fix.
/// </summary>
internal static partial class ManifestYamlParser
{
    /// <summary>The top-level map (empty for an empty file), or null when PUB101 was reported.</summary>
    public static YamlMappingNode? Parse(string yaml, DiagnosticBag diagnostics)
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
            diagnostics.Error(
                DiagnosticCodes.ManifestInvalidYaml,
                tab is null ? $"book.yml is not valid YAML: {PlainWords(e)}" : "book.yml is not valid YAML: a tab is used for indentation",
                tab ?? ManifestValues.At(e.Start),
                tab is null ? "check the indentation and that a value with ':' or '#' in it is in quotes" : "indent with spaces; YAML does not allow tabs there");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unclosed [ ] or { } lists; the last event it read is near the problem.
            diagnostics.Error(
                DiagnosticCodes.ManifestInvalidYaml,
                "book.yml is not valid YAML: a [ ] or { } list is not closed properly",
                ManifestValues.At(parser.Current?.End ?? Mark.Empty),
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

        diagnostics.Error(
            DiagnosticCodes.ManifestInvalidYaml,
            "book.yml should be a list of 'key: value' lines",
            ManifestValues.At(stream.Documents[0].RootNode),
            "start with a line such as 'title: My Book'");
        return null;
    }

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

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
