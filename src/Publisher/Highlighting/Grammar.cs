using ColorCode;

namespace Publisher.Highlighting;

/// <summary>
/// A grammar of our own in ColorCode's rule format (an expression and the scope of each capture), for languages
/// ColorCode lacks or handles badly. Rules are written so each character can be matched one way only, so a
/// match never backtracks for long.
/// </summary>
internal abstract class Grammar(string id, string name) : ILanguage
{
    /// <summary>A double-quoted string with backslash escapes, on one line.</summary>
    protected const string DoubleQuoted = @"""(?:[^""\\\n]|\\.)*""";

    public string Id => id;

    public string Name => name;

    public string CssClassName => id;

    public string? FirstLinePattern => null;

    public abstract IList<LanguageRule> Rules { get; }

    public bool HasAlias(string lang) => string.Equals(lang, id, StringComparison.OrdinalIgnoreCase);

    /// <summary>A rule whose whole match (group 0) has one scope.</summary>
    protected static LanguageRule Whole(string expression, string scope) =>
        new(expression, new Dictionary<int, string> { [0] = scope });

    /// <summary>A rule whose first group has one scope.</summary>
    protected static LanguageRule Group(string expression, string scope) =>
        new(expression, new Dictionary<int, string> { [1] = scope });
}
