namespace Publisher.Diagnostics;

/// <summary>A content problem found while publishing, with where it is and, when we know one, how to fix it.</summary>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Code">A stable code such as <c>PUB201</c>; the README lists them.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Location">Where it is, when it comes from a file.</param>
/// <param name="Hint">A suggested fix, such as the nearest existing anchor.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourceLocation? Location = null,
    string? Hint = null)
{
    /// <summary>Formats as <c>path(line,col): error CODE: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        var where = Location is null ? "publisher" : Location.ToString();
        var hint = Hint is null ? "" : $" ({Hint})";
        return $"{where}: {severity} {Code}: {Message}{hint}";
    }
}
