using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Publisher.Tests.Support;

/// <summary>
/// The tests run as on a fresh machine with no fonts installed: before any test runs, fontconfig (which Skia asks
/// for system fonts) is pointed at a configuration without font folders. So no test reads the machine's fonts, and
/// a test that passes here passes wherever only the bundled fonts exist. Programs the tests start (the command line,
/// poppler) inherit the setting.
/// </summary>
internal static class NoSystemFonts
{
    public const string Variable = "FONTCONFIG_FILE";

    /// <summary>The configuration file, copied beside the test assembly.</summary>
    public static string ConfigurationFile { get; } = Path.Combine(AppContext.BaseDirectory, "Support", "no-system-fonts.conf");

    [ModuleInitializer]
    internal static void Apply()
    {
        // Without the file fontconfig would quietly fall back to its built-in configuration, system fonts and all.
        if (!File.Exists(ConfigurationFile))
        {
            throw new FileNotFoundException("The tests' font configuration is missing from the build output.", ConfigurationFile);
        }

        // .NET keeps its own copy of the environment on Unix: set it there for child processes, and in the C library for
        // fontconfig, which Skia loads into this process.
        Environment.SetEnvironmentVariable(Variable, ConfigurationFile);
        if (OperatingSystem.IsLinux() && SetEnvironment(Variable, ConfigurationFile, 1) != 0)
        {
            throw new InvalidOperationException($"setenv {Variable} failed");
        }
    }

    [DllImport("libc", EntryPoint = "setenv", CharSet = CharSet.Ansi)]
    private static extern int SetEnvironment(string name, string value, int overwrite);
}
