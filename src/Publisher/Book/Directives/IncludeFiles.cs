using Publisher.Diagnostics;

namespace Publisher.Book.Directives;

/// <summary>
/// Finds and reads the files chapters include (<c>{{#include}}</c>, <c>{% include %}</c>): relative to the including
/// file, never outside the book folder (PUB110), each read once and checked like a chapter (UTF-8, mojibake), and
/// guarded against cycles (PUB127) and runaway depth (PUB128). Every file included, and every one looked for in vain,
/// is recorded in <paramref name="inputs"/>, so a watch sees it change or appear.
/// </summary>
internal sealed class IncludeFiles(BookPaths paths, BookInputs inputs, bool fixEncoding, DiagnosticBag diagnostics)
{
    /// <summary>mdBook stops at the same depth; no real book nests includes deeper.</summary>
    public const int MaximumDepth = 10;

    private readonly Dictionary<string, MappedText?> _texts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// The book-relative path of the file that <paramref name="reference"/>, written in <paramref name="fromFile"/>,
    /// names, or null after reporting why it cannot be included.
    /// </summary>
    public string? Resolve(string reference, string fromFile, SourceLocation at, string directive)
    {
        var full = paths.FileInside(reference, paths.FolderOf(fromFile), out var refusal);
        if (full is null)
        {
            diagnostics.Error(
                DiagnosticCodes.PathEscapesBook,
                $"{directive} '{reference}' is not read: {refusal}",
                at,
                "copy the file into the book folder and include it from there");
            return null;
        }

        if (!File.Exists(full))
        {
            inputs.PathMissing(full);
            diagnostics.Error(
                DiagnosticCodes.IncludeMissing,
                $"{directive} '{reference}': the file '{paths.Relative(full)}' does not exist",
                at,
                SimilarName(full));
            return null;
        }

        return paths.Relative(full);
    }

    /// <summary>The text of a resolved file, read once however often it is included; null when it cannot be read.</summary>
    public MappedText? Read(string relative)
    {
        lock (_gate)
        {
            if (!_texts.TryGetValue(relative, out var text))
            {
                var decoded = BookTextFile.ReadText(paths, inputs, relative, fixEncoding, diagnostics);
                text = decoded is null ? null : MappedText.FromFile(relative, decoded.Replace("\r\n", "\n", StringComparison.Ordinal));
                _texts[relative] = text;
            }

            return text;
        }
    }

    /// <summary>False (after PUB127 or PUB128) when including <paramref name="file"/> inside <paramref name="chain"/> would loop or go too deep.</summary>
    public bool CanEnter(IReadOnlyList<string> chain, string file, SourceLocation at, string directive)
    {
        if (chain.Contains(file, StringComparer.Ordinal))
        {
            diagnostics.Error(
                DiagnosticCodes.IncludeCycle,
                $"{directive} '{file}' includes itself ({string.Join(" -> ", chain.SkipWhile(f => f != file).Append(file))}); it is left out",
                at);
            return false;
        }

        if (chain.Count > MaximumDepth)
        {
            diagnostics.Error(
                DiagnosticCodes.IncludeTooDeep,
                $"{directive} '{file}' is nested {chain.Count} includes deep; more than {MaximumDepth} are not followed",
                at);
            return false;
        }

        return true;
    }

    private string? SimilarName(string missing)
    {
        var folder = Path.GetDirectoryName(missing);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        var names = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().ToList();
        var closest = EditDistance.Closest(Path.GetFileName(missing), names);
        return closest is null ? null : $"did you mean '{paths.Relative(Path.Combine(folder, closest))}'?";
    }
}
