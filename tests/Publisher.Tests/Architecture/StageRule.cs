using System.Reflection;
using NetArchTest.Rules;

namespace Publisher.Tests.Architecture;

/// <summary>
/// One rule of the stage layout: types in <paramref name="Stage"/> (and the namespaces below it) reach none of
/// <paramref name="MayNotUse"/> (namespaces or types, matched with everything below them). Namespaces below the
/// stage that start with one of <see cref="Except"/> are not held to the rule.
/// </summary>
public sealed record StageRule(string Stage, string[] MayNotUse, string Why)
{
    public IReadOnlyList<string> Except { get; init; } = [];

    /// <summary>The full names of the types in <paramref name="assembly"/> that break this rule.</summary>
    public IReadOnlyList<string> Violations(Assembly assembly)
    {
        var selected = Types.InAssembly(assembly).That().ResideInNamespace(Stage);
        foreach (var excepted in Except)
        {
            selected = selected.And().DoNotResideInNamespace(excepted);
        }

        var result = selected.ShouldNot().HaveDependencyOnAny(MayNotUse).GetResult();
        return result.IsSuccessful
            ? []
            : result.FailingTypes.Select(type => $"{type.FullName}: {type.Explanation}").ToList();
    }

    public override string ToString() => $"{Stage} may not use {string.Join(", ", MayNotUse)}";
}
