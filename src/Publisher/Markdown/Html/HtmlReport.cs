using Publisher.Diagnostics;

namespace Publisher.Markdown.Html;

/// <summary>
/// Diagnostics about a chapter's raw HTML that would repeat on every figure (an unknown element, a dropped
/// presentational attribute): collected and reported once per kind, at the first place, with a count.
/// </summary>
internal sealed class HtmlReport(DiagnosticBag diagnostics)
{
    private readonly Dictionary<(string Code, string Key), (SourceLocation Location, int Count, string Message, DiagnosticSeverity Severity)> _pending = [];
    private readonly List<(string Code, string Key)> _order = [];

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>An element that is not HTML (<c>&lt;Note&gt;</c>): its content is kept, as content of the element around it.</summary>
    public void UnknownElement(string name, SourceLocation location) =>
        Once(DiagnosticCodes.HtmlUnknownElement, name, location, DiagnosticSeverity.Info,
            $"<{name}> is not an HTML element; its content is kept without it");

    /// <summary>A presentational attribute or style with no equivalent in the book's own design.</summary>
    public void PresentationDropped(string what, string element, SourceLocation location) =>
        Once(DiagnosticCodes.HtmlPresentationDropped, $"{what}|{element}", location, DiagnosticSeverity.Warning,
            $"Dropped the presentational {what} of <{element}>: the ebooks take their look from their own stylesheet and the reader's settings");

    /// <summary>Reports everything collected, once per kind; call when the chapter is done.</summary>
    public void Flush()
    {
        foreach (var key in _order)
        {
            var (location, count, message, severity) = _pending[key];
            var suffix = count > 1 ? $" ({count} times in this chapter; the first is here)" : "";
            diagnostics.Add(new Diagnostic(severity, key.Code, message + suffix, location, null));
        }

        _pending.Clear();
        _order.Clear();
    }

    private void Once(string code, string key, SourceLocation location, DiagnosticSeverity severity, string message)
    {
        if (_pending.TryGetValue((code, key), out var seen))
        {
            _pending[(code, key)] = seen with { Count = seen.Count + 1 };
            return;
        }

        _pending[(code, key)] = (location, 1, message, severity);
        _order.Add((code, key));
    }
}
