using YamlDotNet.RepresentationModel;

namespace Publisher.Book;

/// <summary>
/// Reads book.yml's <c>chapters:</c> list: each entry a file path (<c>- content/01-intro.md</c>), or a map of the file
/// and the title to give it (<c>- file: ch1.md</c> + <c>title: The Real Title</c>).
/// </summary>
internal sealed class ChapterListReader(ManifestValues values)
{
    private const string Expected = "a list of chapter files, such as '- content/01-intro.md' or '- file: ch1.md' with 'title: ...'";
    private static readonly IReadOnlyList<string> EntryKeys = ["file", "title"];

    public IReadOnlyList<ManifestPath>? Read(YamlNode node)
    {
        if (node is YamlScalarNode scalar && ManifestValues.IsNull(scalar))
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            values.WrongType("chapters", node, Expected);
            return null;
        }

        var paths = new List<ManifestPath>();
        foreach (var item in sequence.Children)
        {
            var entry = item switch
            {
                YamlScalarNode { Value.Length: > 0 } path when !ManifestValues.IsNull(path) =>
                    new ManifestPath(path.Value!.Trim(), ManifestValues.At(item)),
                YamlMappingNode map => Entry(map),
                _ => null,
            };
            if (entry is not null)
            {
                paths.Add(entry);
            }
            else if (item is not YamlMappingNode)
            {
                values.WrongType("chapters", item, Expected);
            }
        }

        return paths;
    }

    private ManifestPath? Entry(YamlMappingNode map)
    {
        string? file = null;
        string? title = null;
        YamlNode? fileNode = null;
        foreach (var (keyNode, value) in map.Children)
        {
            switch (ManifestValues.KeyName(keyNode))
            {
                case "file":
                    file = values.Text("chapters.file", value);
                    fileNode = value;
                    break;
                case "title":
                    title = values.Text("chapters.title", value);
                    break;
                case var other:
                    values.Unknown(0, "chapters." + other, keyNode, EntryKeys.Select(k => "chapters." + k).ToList());
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            values.WrongType("chapters", map, "an entry with a 'file:' path");
            return null;
        }

        return new ManifestPath(file, ManifestValues.At(fileNode!)) { Title = string.IsNullOrWhiteSpace(title) ? null : title };
    }
}
