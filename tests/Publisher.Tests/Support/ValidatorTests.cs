using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Publisher.Tests.Support;

public sealed partial class ValidatorTests
{
    private static readonly Validator Missing = new("no-such-validator", "Debian package none", () => null);

    [Fact]
    public void A_missing_validator_is_a_reported_skip_with_its_reason_outside_CI()
    {
        var skip = Assert.Throws<Xunit.SkipException>(() => Missing.Require(inContinuousIntegration: false));

        Assert.Contains("no-such-validator is not installed (Debian package none)", skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_validator_fails_the_test_in_CI()
    {
        var failure = Assert.Throws<XunitException>(() => Missing.Require(inContinuousIntegration: true));

        Assert.IsNotType<Xunit.SkipException>(failure);
        Assert.Contains("no-such-validator is not installed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_validator_that_is_there_gives_its_path()
    {
        var bash = Validators.Program("bash", "Debian package bash");

        Assert.Equal(Validators.OnPath("bash"), bash.Require(inContinuousIntegration: true));
        Assert.True(File.Exists(bash.Require(inContinuousIntegration: false)));
    }

    [Fact]
    public void The_EPUBCheck_jar_is_the_one_EPUBCHECK_JAR_names_as_in_the_build_script()
    {
        var script = File.ReadAllText(Path.Combine(Build.RepositoryFolder.Root, "build", "build.cake"));

        Assert.Contains($"EnvironmentVariable(\"{Validators.EpubCheckJarVariable}\") ?? \"{Validators.DebianEpubCheckJar}\"", script, StringComparison.Ordinal);
        Assert.Equal("/opt/epubcheck-5/epubcheck.jar", Validators.EpubCheckJarFor("/opt/epubcheck-5/epubcheck.jar"));
        Assert.Equal("/usr/share/java/epubcheck.jar", Validators.EpubCheckJarFor(null));
    }

    [Fact]
    public void The_ci_script_installs_exactly_the_validators_the_tests_use_and_the_readme_names_them()
    {
        var script = File.ReadAllText(Path.Combine(Build.RepositoryFolder.Root, ".ci", "run"));
        var readme = File.ReadAllText(Path.Combine(Build.RepositoryFolder.Root, "README.md"));
        var debian = ScriptPackages(script, "needed");
        var npm = ScriptPackages(script, "needed_npm");
        var used = typeof(Validators).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(Validator))
            .Select(field => (Validator)field.GetValue(null)!)
            .Select(validator => InstalledBy().Match(validator.HowToInstall))
            .ToList();

        Assert.All(used, install => Assert.True(install.Success, "say 'Debian package NAME' or 'npm install --global (or --prefix DIR) NAME@VERSION'"));
        var usedDebian = used.Where(install => install.Groups["debian"].Success).Select(install => install.Groups["debian"].Value).ToHashSet();
        var usedNpm = used.Where(install => install.Groups["npm"].Success).Select(install => install.Groups["npm"].Value).ToHashSet();
        Assert.Equal(usedDebian.Append("npm").Order(StringComparer.Ordinal), debian.Order(StringComparer.Ordinal)); // npm installs the npm ones
        Assert.All(npm, package => Assert.Contains(package, usedNpm));
        Assert.All(usedNpm, package =>
        {
            // name@version, where a scoped name starts with '@' too.
            var at = package.LastIndexOf('@');
            Assert.Contains(package[..at], script, StringComparison.Ordinal);
            Assert.Contains(package[(at + 1)..], script, StringComparison.Ordinal);
            Assert.Contains(package[..at], readme, StringComparison.Ordinal);
            Assert.Contains(package[(at + 1)..], readme, StringComparison.Ordinal);
        });
        Assert.All(usedDebian, package => Assert.Contains(package, readme, StringComparison.Ordinal));
    }

    /// <summary>The keys of an associative array in .ci/run: <c>declare -A NAME=( [key]=value ... )</c>.</summary>
    private static List<string> ScriptPackages(string script, string array)
    {
        var body = Regex.Match(script, $@"declare -A {array}=\((?<body>[^)]*)\)");
        Assert.True(body.Success, $".ci/run has no array {array}");
        return Regex.Matches(body.Groups["body"].Value, @"\[(?<key>[^\]]+)\]=").Select(match => match.Groups["key"].Value).ToList();
    }

    [GeneratedRegex(@"^(Debian package (?<debian>[a-z0-9.+-]+)|npm install (--global|--prefix \S+) (?<npm>[^\s,]+))")]
    private static partial Regex InstalledBy();
}
