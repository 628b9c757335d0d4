using System.Globalization;
using Publisher.Document;
using YamlDotNet.RepresentationModel;

namespace Publisher.Book;

/// <summary>
/// Reads the <c>fonts:</c> section of book.yml: a font file for any of the faces (<c>serif</c>, <c>serifBold</c>, ...,
/// <c>monoBold</c>) and a <c>fallback:</c> list, each a path or a map of <c>file</c> and <c>index</c> (a face of a
/// collection). Unknown keys are PUB102, values of the wrong type PUB103; the files are checked when they are loaded
/// (<see cref="BookFontLoader"/>).
/// </summary>
internal sealed class FontsManifestReader(ManifestValues values)
{
    /// <summary>The face keys in the order the README documents them, with the role each names.</summary>
    public static readonly IReadOnlyList<(string Key, FontRole Role)> FaceKeys =
    [
        ("serif", FontRole.Serif), ("serifBold", FontRole.SerifBold), ("serifItalic", FontRole.SerifItalic),
        ("serifBoldItalic", FontRole.SerifBoldItalic), ("sans", FontRole.Sans), ("sansBold", FontRole.SansBold),
        ("mono", FontRole.Mono), ("monoBold", FontRole.MonoBold),
    ];

    private const string Fallback = "fallback";
    private const string FileExpected = "a font file such as 'fonts/Literata-Regular.ttf', or a map of 'file' and 'index' for a face of a collection (.ttc)";
    private static readonly IReadOnlyList<string> Keys = [.. FaceKeys.Select(face => "fonts." + face.Key), "fonts." + Fallback];
    private static readonly IReadOnlyList<string> FileKeys = ["file", "index"];

    public FontsManifest Read(YamlNode node)
    {
        var fonts = new FontsManifest();
        if (values.AsMapping("fonts", node, "a map of faces and fallbacks, such as 'serif: fonts/Literata-Regular.ttf'") is not { } mapping)
        {
            return fonts;
        }

        var faces = new Dictionary<FontRole, FontReference>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = ManifestValues.KeyName(keyNode);
            var face = FaceKeys.FirstOrDefault(face => face.Key == key);
            if (face.Key is not null)
            {
                if (Reference("fonts." + key, value) is { } reference)
                {
                    faces[face.Role] = reference;
                }
            }
            else if (key == Fallback)
            {
                fonts = fonts with { Fallbacks = Fallbacks(value) };
            }
            else
            {
                values.Unknown(fonts, "fonts." + key, keyNode, Keys);
            }
        }

        return fonts with { Faces = faces };
    }

    private List<FontReference> Fallbacks(YamlNode node)
    {
        var key = "fonts." + Fallback;
        if (node is not YamlSequenceNode sequence)
        {
            return node is YamlScalarNode scalar && ManifestValues.IsNull(scalar) ? [] : Reference(key, node) is { } one ? [one] : [];
        }

        var fallbacks = new List<FontReference>();
        foreach (var item in sequence.Children)
        {
            if (Reference(key, item) is { } reference)
            {
                fallbacks.Add(reference);
            }
        }

        return fallbacks;
    }

    private FontReference? Reference(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            if (ManifestValues.IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
            {
                values.WrongType(key, node, FileExpected);
                return null;
            }

            return new FontReference(scalar.Value.Trim(), 0, ManifestValues.At(node));
        }

        if (node is not YamlMappingNode mapping)
        {
            values.WrongType(key, node, FileExpected);
            return null;
        }

        string? file = null;
        var index = 0;
        YamlNode? fileNode = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            switch (ManifestValues.KeyName(keyNode))
            {
                case "file":
                    file = values.Text(key + ".file", value);
                    fileNode = value;
                    break;
                case "index":
                    index = Index(key + ".index", value) ?? 0;
                    break;
                default:
                    values.Unknown(0, key + "." + ManifestValues.KeyName(keyNode), keyNode, FileKeys.Select(k => key + "." + k).ToList());
                    break;
            }
        }

        if (string.IsNullOrEmpty(file) || fileNode is null)
        {
            values.WrongType(key, node, FileExpected);
            return null;
        }

        return new FontReference(file, index, ManifestValues.At(fileNode));
    }

    private int? Index(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index;
        }

        values.WrongType(key, node, "the number of a face in the collection, from 0");
        return null;
    }
}

/// <summary>A font file named in book.yml's <c>fonts:</c>, with the face of a collection and where it was written.</summary>
internal sealed record FontReference(string Path, int Index, Diagnostics.SourceLocation Location);

/// <summary>The <c>fonts:</c> section of book.yml as written: faces by role and fallbacks in order, not yet read.</summary>
internal sealed record FontsManifest
{
    public IReadOnlyDictionary<FontRole, FontReference> Faces { get; init; } = new Dictionary<FontRole, FontReference>();
    public IReadOnlyList<FontReference> Fallbacks { get; init; } = [];
}
