namespace Publisher.Diagnostics;

/// <summary>Collects the diagnostics of one run; safe to add to from several threads.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public void Error(string code, string message, SourceLocation? location = null, string? hint = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, message, location, hint));

    public void Warning(string code, string message, SourceLocation? location = null, string? hint = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, location, hint));

    public void Info(string code, string message, SourceLocation? location = null, string? hint = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Info, code, message, location, hint));

    public bool HasErrors => Has(DiagnosticSeverity.Error);

    public bool HasWarnings => Has(DiagnosticSeverity.Warning);

    private bool Has(DiagnosticSeverity severity)
    {
        lock (_gate)
        {
            return _items.Any(d => d.Severity == severity);
        }
    }

    /// <summary>All diagnostics sorted by file, line and column, so a run reports in reading order.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            if (_items.Count == 0)
            {
                return [];
            }

            return _items
                .OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ToList();
        }
    }
}
