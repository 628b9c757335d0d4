using System.Text.Json;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Support;

/// <summary>One violation Ace reported: the content file, the axe rule (e.g. <c>color-contrast</c>), its impact and message.</summary>
internal sealed record AceViolation(string File, string Rule, string Impact, string Description)
{
    public override string ToString() => $"{File}: {Rule} ({Impact}): {Description}";
}

/// <summary>
/// Runs Ace by DAISY (npm <c>@daisy/ace</c> 1.4.6, installed by <c>.ci/run</c> into the repository's gitignored
/// <c>tools/ace/</c>) with Debian's chromium on an EPUB. Without Ace or chromium the test is skipped with the reason
/// (and how to install them); in CI it fails, since CI installs both.
/// </summary>
internal static class AceByDaisy
{
    public const string Version = "1.4.6";

    /// <summary>The Ace command-line script that drives Chromium through Puppeteer (the default <c>ace</c> wants Electron).</summary>
    public static string Script => Path.Combine(FixtureBooks.RepositoryRoot, "tools", "ace", "node_modules", "@daisy", "ace", "bin", "ace-puppeteer.js");

    public static string Chromium => Environment.GetEnvironmentVariable("PUPPETEER_EXECUTABLE_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Skips the calling test (or fails it in CI) when Ace, node or chromium is missing (see <see cref="Validator"/>).</summary>
    public static void Require()
    {
        Validators.Ace.Require();
        Validators.Chromium.Require();
    }

    /// <summary>Checks <paramref name="epubPath"/> and returns every violation Ace found.</summary>
    public static IReadOnlyList<AceViolation> Check(string epubPath)
    {
        Require();
        using var output = new TempDirectory();
        var run = ExternalProcess.Run(
            "node",
            [Script, "--force", "--silent", "--outdir", output.Path, epubPath],
            output.Path,
            new Dictionary<string, string?> { ["PUPPETEER_EXECUTABLE_PATH"] = Chromium, [BrowserFonts.Variable.Key] = BrowserFonts.Variable.Value },
            TimeSpan.FromMinutes(5));
        var report = Path.Combine(output.Path, "report.json");
        Assert.True(File.Exists(report), $"Ace wrote no report (exit {run.ExitCode}):\n{run.AllOutput}");
        return Violations(File.ReadAllText(report));
    }

    /// <summary>The violations listed in an Ace JSON report (one assertion per content document, one per failed check).</summary>
    public static IReadOnlyList<AceViolation> Violations(string reportJson)
    {
        using var report = JsonDocument.Parse(reportJson);
        var violations = new List<AceViolation>();
        foreach (var document in report.RootElement.GetProperty("assertions").EnumerateArray())
        {
            var file = document.GetProperty("earl:testSubject").GetProperty("url").GetString() ?? "";
            foreach (var assertion in document.GetProperty("assertions").EnumerateArray())
            {
                var test = assertion.GetProperty("earl:test");
                var result = assertion.GetProperty("earl:result");
                if (result.GetProperty("earl:outcome").GetString() != "fail")
                {
                    continue;
                }

                violations.Add(new AceViolation(
                    file,
                    test.GetProperty("dct:title").GetString() ?? "",
                    test.GetProperty("earl:impact").GetString() ?? "",
                    result.GetProperty("dct:description").GetString() ?? ""));
            }
        }

        return violations;
    }
}
