namespace Publisher.Tests.Build;

/// <summary>Finds the repository the tests were built from, so tests can run its scripts and lint its files.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests were built in (Debug or Release), read from the test assembly's folder.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Publisher.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Publisher.sln above {AppContext.BaseDirectory}");
    }
}
