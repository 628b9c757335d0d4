using System.Diagnostics;
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
/// Runs the W3C validator EPUBCheck (Debian package <c>epubcheck</c>) on an EPUB file. A missing validator
/// fails the test: the README tells developers to install it, and CI installs it.
/// </summary>
internal static class EpubCheck
{
    public const string JarPath = "/usr/share/java/epubcheck.jar";

    public static EpubCheckReport Run(string epubPath)
    {
        if (!File.Exists(JarPath))
        {
            var where = Environment.GetEnvironmentVariable("CI") == "true" ? "CI must install it" : "install it (apt-get install epubcheck)";
            Assert.Fail($"EPUBCheck is required but {JarPath} is missing: {where}.");
        }

        var jsonPath = Path.Combine(Path.GetTempPath(), $"epubcheck-{Guid.NewGuid():N}.json");
        try
        {
            var start = new ProcessStartInfo("java")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-jar", JarPath, epubPath, "--json", jsonPath })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (!File.Exists(jsonPath))
            {
                Assert.Fail($"EPUBCheck wrote no report (exit {process.ExitCode}): {stdout.Result}{stderr.Result}");
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
