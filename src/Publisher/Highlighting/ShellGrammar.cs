using ColorCode;
using ColorCode.Common;

namespace Publisher.Highlighting;

/// <summary>POSIX shell and bash, which ColorCode lacks: comments, strings, variables, options and keywords.</summary>
internal sealed class ShellGrammar() : Grammar("shell", "Shell")
{
    public override IList<LanguageRule> Rules { get; } =
    [
        Whole(@"(?<=^|[ \t;])#.*$", ScopeName.Comment),
        Whole(@"""(?:[^""\\]|\\.)*""", ScopeName.String),
        Whole(@"'[^']*'", ScopeName.String),
        Whole(@"\$(?:\{[^}\n]*\}|\w+|[@#?$!*\-])", ScopeName.PowerShellVariable),
        Whole(@"(?<=^|[ \t])--?[A-Za-z][\w-]*", ScopeName.PowerShellParameter),
        Whole(
            @"\b(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|return|export|local|readonly|exit|set|unset|source)\b",
            ScopeName.Keyword),
        Whole(@"(?<![\w.-])\d+(?![\w.])", ScopeName.Number),
    ];
}
