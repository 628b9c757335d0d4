using System.Reflection;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Layouts;

/// <summary>Every rule of the book layouts has its code in the README's table and a bad book that shows it.</summary>
public sealed class LayoutDiagnosticsTests
{
    private static IReadOnlyList<string> LayoutCodes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!)
            .Where(code => int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture) is >= 120 and <= 139 or >= 215 and <= 229)
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_layout_code_is_a_row_of_the_readmes_diagnostics_table()
    {
        var readme = File.ReadAllLines(Path.Combine(FixtureBooks.RepositoryRoot, "README.md"));

        Assert.NotEmpty(LayoutCodes());
        Assert.All(LayoutCodes(), code => Assert.Contains(readme, line => line.StartsWith($"| {code} | ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_layout_code_is_expected_by_a_bad_book()
    {
        var expected = FixtureBooks.BadBookNames().SelectMany(FixtureBooks.ExpectedDiagnostics).Select(d => d.Code).ToHashSet();

        Assert.All(LayoutCodes(), code => Assert.Contains(code, expected));
    }
}
