namespace Publisher.Tests.Support;

/// <summary>
/// Runs git for a test, as on a fresh machine: no global or system configuration is read, and commits get a fixed
/// author, committer and date.
/// </summary>
internal static class Git
{
    public const long CommitTime = 1600000000;

    private static readonly Dictionary<string, string?> Isolated = new()
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_AUTHOR_NAME"] = "Test",
        ["GIT_AUTHOR_EMAIL"] = "test@example.com",
        ["GIT_AUTHOR_DATE"] = $"{CommitTime} +0000",
        ["GIT_COMMITTER_NAME"] = "Test",
        ["GIT_COMMITTER_EMAIL"] = "test@example.com",
        ["GIT_COMMITTER_DATE"] = $"{CommitTime} +0000",
    };

    /// <summary>Runs <c>git ARGS</c> in <paramref name="folder"/>; the test fails when git does.</summary>
    public static ExternalProcess Run(string folder, params string[] arguments)
    {
        var git = ExternalProcess.Run("git", arguments, folder, Isolated);
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {git}");
        return git;
    }

    /// <summary>Makes <paramref name="folder"/> a repository with everything in it committed once.</summary>
    public static void CommitAll(string folder)
    {
        Run(folder, "init", "-q");
        Run(folder, "add", "-A");
        Run(folder, "commit", "-q", "-m", "first");
    }
}
