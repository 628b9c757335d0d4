namespace Publisher.Cli;

/// <summary>What the process exit code tells a script or CI.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The book has content errors (or warnings, with --warnings-as-errors); nothing was written.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself is wrong: unknown option, bad value, missing book folder.</summary>
    public const int UsageError = 2;

    /// <summary>A bug: an exception escaped the library.</summary>
    public const int InternalError = 3;
}
