using Publisher.Diagnostics;

namespace Publisher.Book.Layouts;

/// <summary>
/// Typed values from book.toml and book.json, which are other tools' files: a value of a type we cannot use is a
/// warning (PUB121) at its key's line and is left out, and keys we do not know are none of our business.
/// </summary>
internal sealed class LayoutValues(string file, string text, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);
    private string[]? _lines;

    /// <summary>The book.yml keys the file gave a value for (see <see cref="BookManifest.GivenKeys"/>).</summary>
    public IReadOnlySet<string> GivenKeys => _given;

    /// <summary>Notes that the file gave <paramref name="manifestKey"/> when <paramref name="value"/> is not null; returns it.</summary>
    public T? Given<T>(string manifestKey, T? value)
    {
        if (value is not null)
        {
            _given.Add(manifestKey);
        }

        return value;
    }

    public string? Text(string key, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text when text.Trim().Length > 0:
                return text.Trim();
            case string:
                return null;
            default:
                Ignored(key, "text");
                return null;
        }
    }

    public IReadOnlyList<string>? TextList(string key, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string one:
                return one.Trim().Length > 0 ? [one.Trim()] : [];
            case System.Collections.IEnumerable items:
                var list = new List<string>();
                foreach (var item in items)
                {
                    if (item is string text && text.Trim().Length > 0)
                    {
                        list.Add(text.Trim());
                    }
                    else
                    {
                        Ignored(key, "a list of text");
                        return null;
                    }
                }

                return list;
            default:
                Ignored(key, "a list of text");
                return null;
        }
    }

    public string? Language(string key, object? value)
    {
        var language = Text(key, value);
        if (language is null || ManifestValues.IsLanguageTag(language))
        {
            return language;
        }

        Ignored(key, "a language tag such as 'en' or 'pt-BR'");
        return null;
    }

    public string? WebAddress(string key, object? value)
    {
        var address = Text(key, value);
        if (address is null || (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return address;
        }

        Ignored(key, "a web address");
        return null;
    }

    /// <summary>Where a key is written: its first line of the form <c>key =</c> or <c>"key":</c>, else the file.</summary>
    public SourceLocation At(string key)
    {
        _lines ??= text.Split('\n');
        var name = key[(key.LastIndexOf('.') + 1)..];
        for (var i = 0; i < _lines.Length; i++)
        {
            var trimmed = _lines[i].TrimStart();
            if (trimmed.StartsWith(name + " ", StringComparison.Ordinal) || trimmed.StartsWith(name + "=", StringComparison.Ordinal) ||
                trimmed.StartsWith($"\"{name}\"", StringComparison.Ordinal))
            {
                return new SourceLocation(file, i + 1, _lines[i].Length - trimmed.Length + 1);
            }
        }

        return new SourceLocation(file, 1, 1);
    }

    private void Ignored(string key, string expected) =>
        diagnostics.Warning(
            DiagnosticCodes.LayoutValueIgnored,
            $"{file} key '{key}' is not {expected}; it is ignored",
            At(key));
}
