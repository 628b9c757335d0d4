using Xunit.Sdk;

namespace Publisher.Tests.Support;

public sealed class ValidatorTests
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
}
