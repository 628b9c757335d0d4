using ColorCode;
using ColorCode.Common;

namespace Publisher.Highlighting;

/// <summary>
/// JSON. ColorCode's own JSON string rule nests two unbounded repeats and backtracks for minutes on an
/// unclosed string.
/// </summary>
internal sealed class JsonGrammar() : Grammar("json", "JSON")
{
    public override IList<LanguageRule> Rules { get; } =
    [
        Group($@"({DoubleQuoted})\s*(?=:)", ScopeName.JsonKey),
        Whole(DoubleQuoted, ScopeName.JsonString),
        Whole(@"-?\b(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?\b", ScopeName.JsonNumber),
        Whole(@"\b(?:true|false|null)\b", ScopeName.JsonConst),
    ];
}
