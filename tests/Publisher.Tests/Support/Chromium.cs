using Xunit.Sdk;

namespace Publisher.Tests.Support;

/// <summary>
/// Debian's chromium, which the browser tests drive through Playwright: browsers cannot be downloaded here, so
/// Playwright is pointed at this one (<c>ExecutablePath</c>). <c>.ci/run</c> installs it.
/// </summary>
internal static class Chromium
{
    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>
    /// The browser's path. Without it the test cannot check what it claims: in CI (<c>CI=true</c>) that fails the test;
    /// elsewhere the test is reported as skipped, with the reason (use it in <c>[SkippableFact]</c> tests).
    /// </summary>
    public static string Require()
    {
        if (File.Exists(DebianPath))
        {
            return DebianPath;
        }

        const string Missing = $"chromium is not installed at {DebianPath} (Debian package chromium)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new XunitException($"{Missing}: CI must have it; .ci/run installs it.");
        }

        throw new Xunit.SkipException($"{Missing}: skipped here, required in CI.");
    }
}
