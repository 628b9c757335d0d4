namespace Publisher.Tests.Build;

/// <summary>
/// Tests that run the Cake build script. They never run at the same time: Cake keeps one compiled copy of the
/// script, and a run that rewrites it while another run loads it crashes the other one.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BuildScriptCollection
{
    public const string Name = "Build script";
}
