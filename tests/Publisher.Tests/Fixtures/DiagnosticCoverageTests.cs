using System.Reflection;
using System.Text.RegularExpressions;

namespace Publisher.Tests.Fixtures;

/// <summary>
/// Every diagnostic code is documented, and every error and warning a book can cause is shown by a bad book under
/// tests/fixtures/bad-books (which <see cref="EndToEnd.BadBookTests"/> builds and checks exactly).
/// </summary>
public sealed partial class DiagnosticCoverageTests
{
    /// <summary>Codes no book folder can cause, each with why and where it is tested instead.</summary>
    private static readonly Dictionary<string, string> NotFromABookFolder = new()
    {
        [DiagnosticCodes.OutputNotWritable] =
            "the output folder is where the ebooks go, not part of the book; BadBookTests.An_output_folder_that_cannot_be_created_is_a_PUB400_error_and_nothing_is_written",
        [DiagnosticCodes.WatchBuildCrashed] =
            "a bug in Publisher, not in a book: the watch reports an exception of one build with it (WatchLoop.Crashed) and keeps watching",
    };

    [Fact]
    public void Every_error_and_warning_code_has_a_bad_book_that_causes_it()
    {
        var severities = ReadmeSeverities();
        var shown = FixtureBooks.BadBookNames()
            .SelectMany(FixtureBooks.ExpectedDiagnostics)
            .Select(diagnostic => diagnostic.Code)
            .ToHashSet(StringComparer.Ordinal);

        var missing = CodesInTheLibrary()
            .Where(code => severities.GetValueOrDefault(code) is "error" or "warning")
            .Where(code => !shown.Contains(code) && !NotFromABookFolder.ContainsKey(code))
            .ToList();

        Assert.True(missing.Count == 0, $"no bad book under tests/fixtures/bad-books causes {string.Join(", ", missing)}; add one with an expected.txt");
        Assert.All(NotFromABookFolder.Keys, code => Assert.DoesNotContain(code, shown)); // one with a bad book leaves the list
    }

    [Fact]
    public void The_readme_lists_every_diagnostic_code_with_its_severity()
    {
        var severities = ReadmeSeverities();

        Assert.Equal(CodesInTheLibrary().Order(StringComparer.Ordinal), severities.Keys.Order(StringComparer.Ordinal));
        Assert.All(severities, pair => Assert.Contains(pair.Value, (string[])["error", "warning", "info"]));
    }

    [Fact]
    public void Codes_are_unique_and_in_the_ranges_of_their_stage()
    {
        var codes = CodesInTheLibrary();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^PUB[1-4][0-9]{2}$", code));
    }

    /// <summary>Every constant of <see cref="DiagnosticCodes"/>, read by reflection so a new code cannot be missed.</summary>
    private static List<string> CodesInTheLibrary() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

    /// <summary>The README's diagnostics table: code to severity.</summary>
    private static Dictionary<string, string> ReadmeSeverities() =>
        File.ReadLines(Path.Combine(FixtureBooks.RepositoryRoot, "README.md"))
            .Select(line => ReadmeRow().Match(line))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups["code"].Value, match => match.Groups["severity"].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^\|\s*(?<code>PUB\d{3})\s*\|\s*(?<severity>[a-z]+)\s*\|")]
    private static partial Regex ReadmeRow();
}
