using System.Text.Json;

namespace Publisher.Tests.Support;

/// <summary>What EPUBCheck said about one file.</summary>
internal sealed record EpubCheckReport(int Fatals, int Errors, int Warnings, IReadOnlyList<string> Messages)
{
    /// <summary>True when there is no fatal error, no error and no warning.</summary>
    public bool IsClean => Fatals == 0 && Errors == 0 && Warnings == 0;

    public override string ToString() =>
        $"EPUBCheck: {Fatals} fatal, {Errors} errors, {Warnings} warnings{Environment.NewLine}{string.Join(Environment.NewLine, Messages)}";
}

/// <summary>
/// Runs the W3C validator EPUBCheck on an EPUB file: the jar <c>EPUBCHECK_JAR</c> names, else Debian's (package
/// <c>epubcheck</c>), as the build script does. Without it the test is skipped, or fails in CI (see <see cref="Validator"/>).
/// </summary>
internal static class EpubCheck
{
    public static EpubCheckReport Run(string epubPath)
    {
        var jar = Validators.EpubCheck.Require();
        var jsonPath = Path.Combine(Path.GetTempPath(), $"epubcheck-{Guid.NewGuid():N}.json");
        try
        {
            var run = ExternalProcess.Run("java", ["-jar", jar, epubPath, "--json", jsonPath]);
            if (!File.Exists(jsonPath))
            {
                Assert.Fail($"EPUBCheck wrote no report ({run})");
            }

            return Parse(File.ReadAllText(jsonPath));
        }
        finally
        {
            File.Delete(jsonPath);
        }
    }

    /// <summary>Reads the counts and messages of an EPUBCheck JSON report.</summary>
    public static EpubCheckReport Parse(string json)
    {
        using var report = JsonDocument.Parse(json);
        var checker = report.RootElement.GetProperty("checker");
        var messages = new List<string>();
        if (report.RootElement.TryGetProperty("messages", out var list))
        {
            foreach (var message in list.EnumerateArray())
            {
                var where = message.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    ? Location(locations[0])
                    : "";
                messages.Add($"{Text(message, "severity")} {Text(message, "ID")}: {Text(message, "message")} {where}".Trim());
            }
        }

        return new EpubCheckReport(
            checker.GetProperty("nFatal").GetInt32(),
            checker.GetProperty("nError").GetInt32(),
            checker.GetProperty("nWarning").GetInt32(),
            messages);
    }

    private static string Location(JsonElement location) =>
        $"({Text(location, "path")}:{Text(location, "line")}:{Text(location, "column")})";

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ToString() : "";
}
