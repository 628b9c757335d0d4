using ColorCode;

namespace Publisher.Highlighting;

/// <summary>The languages ColorCode can highlight, by the names authors write after a code fence.</summary>
internal static class HighlightingLanguages
{
    private static readonly Dictionary<string, ILanguage> ByName = Build();

    /// <summary>The ColorCode language for a fence's info word (case-insensitive), or null when there is none.</summary>
    public static ILanguage? Find(string? name) =>
        name is not null && ByName.TryGetValue(name.Trim(), out var language) ? language : null;

    private static Dictionary<string, ILanguage> Build()
    {
        var names = new Dictionary<string, ILanguage>(StringComparer.OrdinalIgnoreCase);
        void Add(ILanguage language, params string[] aliases)
        {
            names[language.Id] = language;
            foreach (var alias in aliases)
            {
                names[alias] = language;
            }
        }

        // C has no grammar of its own in ColorCode; the C++ one covers its keywords and preprocessor.
        Add(Languages.CSharp, "csharp", "cs");
        Add(Languages.Cpp, "c", "c++", "cc", "cxx", "h", "hpp");
        Add(Languages.Java);
        Add(Languages.JavaScript, "js", "mjs", "cjs", "jsx");
        Add(Languages.Typescript, "ts", "tsx");
        Add(Languages.Python, "py", "python3");
        Add(Languages.Sql, "mysql", "postgresql", "tsql");
        Add(Languages.Xml, "xaml", "svg", "csproj", "xsd", "xslt", "plist");
        Add(Languages.Html, "htm", "xhtml");
        Add(Languages.Css);
        Add(Languages.Php);
        Add(Languages.PowerShell, "ps1", "pwsh", "ps");
        Add(Languages.Markdown, "md");
        Add(Languages.FSharp, "fsharp", "fs");
        Add(Languages.Haskell, "hs");
        Add(Languages.VbDotNet, "vb", "vbnet");
        Add(Languages.Fortran, "f90");
        Add(Languages.MATLAB);
        Add(Languages.Koka);
        Add(new JsonGrammar(), "jsonc", "json5", "geojson");
        Add(new YamlGrammar(), "yml");
        Add(new ShellGrammar(), "sh", "bash", "zsh", "console", "shell-session");

        return names;
    }
}
