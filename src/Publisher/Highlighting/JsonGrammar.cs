using ColorCode;
using ColorCode.Common;

namespace Publisher.Highlighting;

/// <summary>
/// A JSON grammar for ColorCode's rule format. ColorCode's own JSON string rule nests two unbounded repeats
/// and backtracks for minutes on an unclosed string; these rules match each character one way only.
/// </summary>
internal sealed class JsonGrammar : ILanguage
{
    private const string JsonString = @"""(?:[^""\\\n]|\\.)*""";

    public string Id => "json";

    public string Name => "JSON";

    public string CssClassName => "json";

    public string? FirstLinePattern => null;

    public IList<LanguageRule> Rules { get; } =
    [
        new LanguageRule($@"({JsonString})\s*(?=:)", new Dictionary<int, string> { [1] = ScopeName.JsonKey }),
        new LanguageRule(JsonString, new Dictionary<int, string> { [0] = ScopeName.JsonString }),
        new LanguageRule(@"-?\b(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?\b", new Dictionary<int, string> { [0] = ScopeName.JsonNumber }),
        new LanguageRule(@"\b(?:true|false|null)\b", new Dictionary<int, string> { [0] = ScopeName.JsonConst }),
    ];

    public bool HasAlias(string lang) => string.Equals(lang, "json", StringComparison.OrdinalIgnoreCase);
}
