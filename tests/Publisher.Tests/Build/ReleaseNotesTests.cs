namespace Publisher.Tests.Build;

public sealed class ReleaseNotesTests : IDisposable
{
    private const string Changelog = """
        # Changelog

        ## [Unreleased]

        - work in progress

        ## [1.2.0] - 2026-01-31

        ### Added
        - chapter links with anchors

        ## 1.2.0-beta
        - a preview

        ## 1.1.0
        - the first PDF
        """;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Notes(string version)
    {
        var changelog = _folder.Write("CHANGELOG.md", Changelog);
        var run = ExternalProcess.Run(
            "bash",
            [Path.Combine(RepositoryFolder.Root, ".github", "scripts", "release-notes.sh"), version, changelog],
            _folder.Path);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n');
    }

    [Fact]
    public void The_notes_are_the_changelog_section_of_the_version_and_nothing_after_it() =>
        Assert.Equal("### Added\n- chapter links with anchors", Notes("1.2.0"));

    [Fact]
    public void A_heading_without_brackets_or_date_is_found_too() =>
        Assert.Equal("- the first PDF", Notes("1.1.0"));

    [Fact]
    public void A_prerelease_is_not_mistaken_for_its_release() =>
        Assert.Equal("- a preview", Notes("1.2.0-beta"));

    [Fact]
    public void A_version_without_a_section_gets_a_short_default() =>
        Assert.Equal(
            "Version 9.9.9 of the book, as EPUB and PDF. Check the downloads with `sha256sum -c SHA256SUMS`.",
            Notes("9.9.9"));
}
