using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ColorCode;

namespace Publisher.Highlighting;

/// <summary>
/// Applies a ColorCode grammar (its rules: a regular expression and the scope name of each capture) to code and
/// gives every character the <see cref="TokenKind"/> of its innermost scope. ColorCode's own parser runs its
/// expressions without a time limit, and some of them backtrack for ever on an unclosed string; here every
/// match has a time limit, and a block that hits it stays plain.
/// </summary>
internal static class ScopeClassifier
{
    private const string NestedLanguagePrefix = "&";
    private const int MaxNesting = 3;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<CompiledRule>> Grammars = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>One kind per character of <paramref name="text"/>; characters outside every scope are plain.</summary>
    public static TokenKind[] Classify(string text, ILanguage language)
    {
        var kinds = new TokenKind[text.Length];
        try
        {
            Mark(text, language, kinds, depth: 0);
        }
        catch (RegexMatchTimeoutException)
        {
            Array.Clear(kinds);
        }

        return kinds;
    }

    /// <summary>
    /// Scans the text like one alternation of all rules: at each point the earliest match wins,
    /// and among matches at the same place the first rule.
    /// </summary>
    private static void Mark(string text, ILanguage language, TokenKind[] kinds, int depth)
    {
        var rules = Grammars.GetOrAdd(language.Id, _ => Compile(language));
        var next = new Match?[rules.Count];
        var position = 0;
        while (position < text.Length)
        {
            var best = -1;
            for (var r = 0; r < rules.Count; r++)
            {
                if (next[r] is { Success: true } cached && cached.Index < position)
                {
                    next[r] = null;
                }

                next[r] ??= FindFrom(rules[r].Expression, text, position);
                if (next[r] is { Success: true } match && (best < 0 || match.Index < next[best]!.Index))
                {
                    best = r;
                }
            }

            if (best < 0)
            {
                return;
            }

            var found = next[best]!;
            Apply(rules[best], found, text, kinds, depth);
            position = found.Index + found.Length;
        }
    }

    private static Match FindFrom(Regex expression, string text, int position)
    {
        var match = expression.Match(text, position);
        while (match.Success && match.Length == 0)
        {
            match = match.NextMatch();
        }

        return match;
    }

    private static void Apply(CompiledRule rule, Match match, string text, TokenKind[] kinds, int depth)
    {
        foreach (var (group, scope) in rule.Captures)
        {
            if (group >= match.Groups.Count || !match.Groups[group].Success)
            {
                continue;
            }

            foreach (Capture capture in match.Groups[group].Captures)
            {
                if (scope.StartsWith(NestedLanguagePrefix, StringComparison.Ordinal))
                {
                    if (depth < MaxNesting && Languages.FindById(scope[NestedLanguagePrefix.Length..]) is { } nested)
                    {
                        var nestedKinds = new TokenKind[capture.Length];
                        Mark(capture.Value, nested, nestedKinds, depth + 1);
                        nestedKinds.CopyTo(kinds, capture.Index);
                    }
                }
                else if (ScopeKinds.Of(scope) is { } kind)
                {
                    Array.Fill(kinds, kind, capture.Index, capture.Length);
                }
            }
        }
    }

    // ColorCode joins its rules as (?-xis)(?m)(rule): multi-line on, the other options off unless a rule sets them.
    private static IReadOnlyList<CompiledRule> Compile(ILanguage language) => language.Rules
        .Select(rule => new CompiledRule(
            new Regex(rule.Regex, RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchTimeout),
            rule.Captures.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)).ToList()))
        .ToList();

    /// <summary>A rule of a grammar: its expression and the scope of each capture group, outermost (group 0) first.</summary>
    private sealed record CompiledRule(Regex Expression, IReadOnlyList<(int Group, string Scope)> Captures);
}
