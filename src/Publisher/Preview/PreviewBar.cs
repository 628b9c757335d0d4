using System.Globalization;
using System.Xml.Linq;
using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Epub;

namespace Publisher.Preview;

/// <summary>
/// The bar at the top of every preview page: where you are (contents, previous and next page), the ebook files,
/// how the latest build went, and its problems, those of the page you are looking at first.
/// </summary>
internal static class PreviewBar
{
    /// <summary>The bar's element id; the page script replaces the element when the status changes.</summary>
    public const string Id = "publisher-preview";

    private static readonly XNamespace X = EpubNames.Xhtml;

    /// <param name="page">The page the bar sits on: its path and, for a chapter, the chapter.</param>
    public static XElement Create(PreviewSnapshot snapshot, PreviewPage page)
    {
        var bar = new XElement(
            X + "div",
            new XAttribute("id", Id),
            new XAttribute("class", $"publisher-preview state-{snapshot.State.ToString().ToLowerInvariant()}"),
            new XAttribute("data-document", snapshot.DocumentVersion),
            new XAttribute("data-revision", snapshot.Revision.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("data-page", page.Path),
            new XAttribute("role", "region"),
            new XAttribute("aria-label", "Publisher preview"),
            Navigation(snapshot, page),
            Status(snapshot));
        bar.Add(Problems(snapshot, page));
        return bar;
    }

    private static XElement Navigation(PreviewSnapshot snapshot, PreviewPage page)
    {
        var links = new XElement(X + "nav", new XAttribute("class", "pp-nav"));
        var book = snapshot.Document;
        links.Add(Link("/", book?.Metadata.Title ?? "Preview", "pp-title"));
        if (book is not null)
        {
            var (previous, next) = Neighbours(book, page);
            links.Add(previous is null ? null : Link(previous, "\u2039 Previous", "pp-previous"));
            links.Add(next is null ? null : Link(next, "Next \u203A", "pp-next"));
        }

        foreach (var artifact in snapshot.Artifacts)
        {
            var type = Path.GetExtension(artifact.FileName).TrimStart('.').ToUpperInvariant();
            links.Add(Link(PreviewSite.FileUrl(artifact, snapshot), type, $"pp-file pp-{type.ToLowerInvariant()}"));
        }

        return links;
    }

    /// <summary>The pages before and after this one in the preview's reading order.</summary>
    private static (string? Previous, string? Next) Neighbours(BookDocument book, PreviewPage page)
    {
        var order = PreviewSite.ReadingOrder(book);
        var index = order.IndexOf(page.Path);
        if (index < 0)
        {
            return (null, null);
        }

        return (index > 0 ? order[index - 1] : null, index + 1 < order.Count ? order[index + 1] : null);
    }

    private static XElement Status(PreviewSnapshot snapshot)
    {
        var time = snapshot.FinishedAt?.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var counts = $"{Count(snapshot.ErrorCount, "error")}, {Count(snapshot.WarningCount, "warning")}";
        var text = snapshot.State switch
        {
            BuildState.Building => "Building\u2026",
            BuildState.Failed when snapshot.Document is null => $"Build {snapshot.Build} failed at {time}: {counts}; nothing to show yet",
            BuildState.Failed => $"Build {snapshot.Build} failed at {time}: {counts}; showing the last good build ({snapshot.DocumentBuild})",
            _ => $"Build {snapshot.Build} at {time}: {counts}",
        };
        return new XElement(X + "p", new XAttribute("class", "pp-status"), new XAttribute("role", "status"), text);
    }

    private static IEnumerable<XElement> Problems(PreviewSnapshot snapshot, PreviewPage page)
    {
        var here = snapshot.Diagnostics.Where(d => page.SourcePath is not null && d.Location?.File == page.SourcePath).ToList();
        var elsewhere = snapshot.Diagnostics.Except(here).ToList();
        if (here.Count > 0)
        {
            yield return ProblemList("On this page", here, snapshot, open: true);
        }

        if (elsewhere.Count > 0)
        {
            var title = page.SourcePath is null ? "Problems" : "Elsewhere in the book";
            yield return ProblemList(title, elsewhere, snapshot, open: page.SourcePath is null || elsewhere.Any(d => d.Severity == DiagnosticSeverity.Error));
        }
    }

    private static XElement ProblemList(string title, IReadOnlyList<Diagnostic> diagnostics, PreviewSnapshot snapshot, bool open)
    {
        var details = new XElement(
            X + "details",
            new XAttribute("class", "pp-problems"),
            new XElement(X + "summary", $"{title} ({diagnostics.Count})"),
            new XElement(X + "ul", diagnostics.Select(d => Problem(d, snapshot))));
        if (open)
        {
            details.SetAttributeValue("open", "open");
        }

        return details;
    }

    private static XElement Problem(Diagnostic diagnostic, PreviewSnapshot snapshot)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var where = diagnostic.Location?.ToString() ?? "publisher";
        var chapter = snapshot.Document?.Chapters.FirstOrDefault(c => c.SourcePath == diagnostic.Location?.File);
        var place = chapter is null
            ? new XElement(X + "span", new XAttribute("class", "pp-where"), Clean(where))
            : Link(PreviewSite.ChapterUrl(chapter), where, "pp-where");
        var hint = diagnostic.Hint is null ? "" : $" ({diagnostic.Hint})";
        return new XElement(
            X + "li",
            new XAttribute("class", $"pp-{severity}"),
            place,
            new XText(": "),
            new XElement(X + "strong", $"{severity} {diagnostic.Code}"),
            new XText(Clean($": {diagnostic.Message}{hint}")));
    }

    private static XElement Link(string href, string text, string cssClass) =>
        new(X + "a", new XAttribute("href", href), new XAttribute("class", cssClass), Clean(text));

    private static string Clean(string text) => XmlCharacters.Clean(text);

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
