namespace Publisher.Cli;

/// <summary>Everything the command line takes from its surroundings, so tests can supply their own.</summary>
/// <param name="Stdout">Where results go: artifacts written, GitHub annotations.</param>
/// <param name="Stderr">Where diagnostics, progress and errors go.</param>
/// <param name="Publishing">The library facade.</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable (GITHUB_ACTIONS, GITHUB_WORKSPACE).</param>
/// <param name="CurrentDirectory">The folder that relative paths start from.</param>
/// <param name="IsTerminal">True when a person watches stderr, so progress lines help.</param>
internal sealed record CliContext(
    TextWriter Stdout,
    TextWriter Stderr,
    IBookPublishing Publishing,
    Func<string, string?> GetEnvironmentVariable,
    string CurrentDirectory,
    bool IsTerminal)
{
    /// <summary>The real process: console, library, environment.</summary>
    public static CliContext ForProcess(TextWriter stdout, TextWriter stderr) => new(
        stdout,
        stderr,
        new LibraryPublishing(),
        Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory(),
        IsTerminal: !Console.IsErrorRedirected)
    {
        HandlesStopSignals = true,
    };

    /// <summary>Cancelled when a long-running command (<c>watch</c>) should stop.</summary>
    public CancellationToken StopRequested { get; init; }

    /// <summary>True for the real process: <c>watch</c> then also stops cleanly on Ctrl+C (SIGINT) and SIGTERM.</summary>
    public bool HandlesStopSignals { get; init; }

    /// <summary>Opens an address in the person's web browser (<c>watch --open</c>).</summary>
    public Action<Uri> OpenBrowser { get; init; } = Browser.Open;

    /// <summary>True when running inside a GitHub Actions job, which turns on annotation lines.</summary>
    public bool InGitHubActions =>
        string.Equals(GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves a path given on the command line against the current directory.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);
}
