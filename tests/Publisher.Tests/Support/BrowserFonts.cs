using System.Collections;

namespace Publisher.Tests.Support;

/// <summary>
/// The fonts of the browsers the tests start (chromium for the preview through Playwright, for Ace through Puppeteer).
/// They inherit the tests' <see cref="NoSystemFonts"/> configuration, and a browser without a single font draws every
/// glyph with no width and no ink: pages come out a fraction of their height and no link can be clicked. So they are
/// given the fonts Publisher bundles, copied beside this configuration, and still none of the machine's: the same pages
/// on every machine.
/// </summary>
internal static class BrowserFonts
{
    /// <summary>The configuration file (with the fonts in <c>Support/browser-fonts/</c>), copied beside the test assembly.</summary>
    public static string ConfigurationFile { get; } = Path.Combine(AppContext.BaseDirectory, "Support", "browser-fonts.conf");

    /// <summary>The variable to set for a browser process, on top of the tests' environment.</summary>
    public static KeyValuePair<string, string> Variable
    {
        get
        {
            if (!File.Exists(ConfigurationFile))
            {
                throw new FileNotFoundException("The browsers' font configuration is missing from the build output.", ConfigurationFile);
            }

            return new(NoSystemFonts.Variable, ConfigurationFile);
        }
    }

    /// <summary>The tests' whole environment with <see cref="Variable"/> set: Playwright gives a browser only the environment it is handed.</summary>
    public static Dictionary<string, string> WholeEnvironment()
    {
        var variables = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "", StringComparer.Ordinal);
        variables[Variable.Key] = Variable.Value;
        return variables;
    }
}
