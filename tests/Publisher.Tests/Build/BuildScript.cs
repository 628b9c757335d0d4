namespace Publisher.Tests.Build;

/// <summary>Runs <c>./build.sh</c> (the Cake build) the way a person would, from the repository folder.</summary>
internal static class BuildScript
{
    public static ExternalProcess Run(IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        ExternalProcess.Run(
            "bash",
            [Path.Combine(RepositoryFolder.Root, "build.sh"), .. arguments],
            RepositoryFolder.Root,
            environment,
            TimeSpan.FromMinutes(8));
}
