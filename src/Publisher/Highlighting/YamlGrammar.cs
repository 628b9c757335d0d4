using ColorCode;
using ColorCode.Common;

namespace Publisher.Highlighting;

/// <summary>YAML, which ColorCode lacks: comments, keys, quoted strings, numbers and constants.</summary>
internal sealed class YamlGrammar() : Grammar("yaml", "YAML")
{
    public override IList<LanguageRule> Rules { get; } =
    [
        Whole(@"(?<=^|[ \t])#.*$", ScopeName.Comment),
        Group(@"^[ \t]*(?:-[ \t]+)?([^\s#:'""\-][^:#\n]*?|""[^""\n]*""|'[^'\n]*')[ \t]*:(?=[ \t]|$)", ScopeName.JsonKey),
        Whole(DoubleQuoted, ScopeName.String),
        Whole(@"'(?:[^'\n]|'')*'", ScopeName.String),
        Whole(@"(?<=[\s:\[,-])-?\d+(?:\.\d+)?(?=[ \t]*(?:$|[,\]#]))", ScopeName.Number),
        Whole(@"(?<=[\s:\[,-])(?:true|false|null|~)(?=[ \t]*(?:$|[,\]#]))", ScopeName.Keyword),
        Whole(@"^(?:---|\.\.\.)[ \t]*$", ScopeName.PreprocessorKeyword),
    ];
}
