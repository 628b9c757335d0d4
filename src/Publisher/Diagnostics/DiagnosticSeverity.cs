namespace Publisher.Diagnostics;

/// <summary>How serious a content problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; never stops a build.</summary>
    Info,

    /// <summary>Probably a mistake; stops the build only with warnings-as-errors.</summary>
    Warning,

    /// <summary>The book cannot be published as it is; no artifact is written.</summary>
    Error,
}
