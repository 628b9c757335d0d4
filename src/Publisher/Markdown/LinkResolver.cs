using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>What a link URL turned out to be.</summary>
internal abstract record LinkResolution
{
    /// <summary>A working link.</summary>
    public sealed record To(LinkTarget Target) : LinkResolution;

    /// <summary>No link: unsafe, unresolved (already reported) or a file the ebook shows another way; keep the text.</summary>
    public sealed record TextOnly : LinkResolution;
}

/// <summary>Where a link URL written in a chapter goes: what the Markdown stage asks of the rest of the book about links.</summary>
internal interface ILinkResolver
{
    /// <summary>What <paramref name="url"/>, written in <paramref name="from"/> at <paramref name="location"/>, turns out to be; problems are reported.</summary>
    LinkResolution Resolve(string url, ParsedChapter from, SourceLocation location, DiagnosticBag diagnostics);
}

/// <summary>
/// Resolves link URLs once every chapter is parsed: web and mail links stay external, links to chapter files
/// and their anchors become places in the book, and anything the ebook cannot carry is reported.
/// </summary>
internal sealed partial class LinkResolver : ILinkResolver
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"];
    private static readonly string[] UnsafeSchemes = ["javascript", "vbscript", "data"];
    // Past this many unresolved links in one chapter, errors come without a "did you mean": a hint compares the link
    // with every id, so thousands of broken links would cost the square of the book's size.
    private const int MaximumHintsPerChapter = 100;

    private readonly IReadOnlyList<ParsedChapter> _chapters;
    private readonly Dictionary<string, ParsedChapter> _byPath;
    private readonly ConcurrentDictionary<string, int> _hintsGiven = new(StringComparer.Ordinal);

    public LinkResolver(IReadOnlyList<ParsedChapter> chapters)
    {
        _chapters = chapters;
        _byPath = chapters.ToDictionary(c => c.Source.RelativePath, StringComparer.Ordinal);
    }

    public LinkResolution Resolve(string url, ParsedChapter from, SourceLocation location, DiagnosticBag diagnostics)
    {
        // Entities in raw HTML can smuggle characters XML cannot hold (&#0;) into a URL.
        var trimmed = XmlCharacters.Clean(url).Trim();
        if (IsUnsafe(trimmed))
        {
            diagnostics.Warning(
                DiagnosticCodes.UnsafeHtmlRemoved,
                $"Removed a '{SchemeOf(trimmed)}:' link, which could run code in a reader's app; its text is kept",
                location);
            return new LinkResolution.TextOnly();
        }

        if (trimmed.StartsWith('#'))
        {
            return ToAnchor(from, Decode(trimmed[1..]), location, diagnostics);
        }

        if (SchemeOf(trimmed) is { } scheme)
        {
            if (scheme.Equals("file", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.ChapterLinkUnresolved, $"The link '{url}' points to a file on this computer, which readers cannot open", location);
                return new LinkResolution.TextOnly();
            }

            return new LinkResolution.To(new ExternalTarget(trimmed));
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return new LinkResolution.To(new ExternalTarget("https:" + trimmed));
        }

        var (path, anchor) = SplitFragment(trimmed);
        if (path.Length == 0)
        {
            return ToAnchor(from, anchor ?? "", location, diagnostics);
        }

        var resolved = ChapterPaths.Resolve(path, from.Source.RelativePath);
        if (resolved is null)
        {
            diagnostics.Error(
                DiagnosticCodes.PathEscapesBook,
                $"The link '{url}' points outside the book folder; nothing outside the book is ever read or published",
                location,
                "keep linked files inside the book folder, or link to a web address");
            return new LinkResolution.TextOnly();
        }

        if (IsMarkdownFile(path))
        {
            return ToChapter(url, resolved, anchor, location, diagnostics);
        }

        if (ImageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            // A link to a picture: the picture is not a place in the book, so the link becomes its text.
            return new LinkResolution.TextOnly();
        }

        diagnostics.Error(
            DiagnosticCodes.ChapterLinkUnresolved,
            $"The link '{url}' points to a file that is not a chapter; the ebook cannot carry it",
            location,
            "link to a web address instead, or make it a chapter");
        return new LinkResolution.TextOnly();
    }

    /// <summary>True for <c>javascript:</c>, <c>vbscript:</c> and <c>data:</c> URLs, however they are disguised.</summary>
    public static bool IsUnsafe(string url)
    {
        var scheme = SchemeOf(new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()));
        return scheme is not null && UnsafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private LinkResolution ToChapter(string url, string? path, string? anchor, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (path is null || !_byPath.TryGetValue(path, out var chapter))
        {
            var nearest = Hint(location, () => Suggestions.Nearest(path ?? url, _chapters.Select(c => c.Source.RelativePath)));
            diagnostics.Error(
                DiagnosticCodes.ChapterLinkUnresolved,
                $"The link '{url}' points to a chapter file that is not in this book",
                location,
                nearest is null ? null : $"did you mean '{nearest}'?");
            return new LinkResolution.TextOnly();
        }

        return anchor is null
            ? new LinkResolution.To(new InternalTarget(chapter.Source.Index, null))
            : ToAnchor(chapter, anchor, location, diagnostics);
    }

    private LinkResolution ToAnchor(ParsedChapter chapter, string anchor, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (anchor.Length == 0)
        {
            return new LinkResolution.To(new InternalTarget(chapter.Source.Index, null));
        }

        if (chapter.Ids.Contains(anchor))
        {
            return new LinkResolution.To(new InternalTarget(chapter.Source.Index, anchor));
        }

        var nearest = Hint(location, () => Suggestions.Nearest(anchor, chapter.Ids.All));
        diagnostics.Error(
            DiagnosticCodes.AnchorUnresolved,
            $"The anchor '#{anchor}' does not exist in {chapter.Source.RelativePath}",
            location,
            nearest is null ? null : $"did you mean '#{nearest}'?");
        return new LinkResolution.TextOnly();
    }

    /// <summary>The nearest name for a broken link, while the chapter the link is in has hints left.</summary>
    private string? Hint(SourceLocation location, Func<string?> nearest) =>
        _hintsGiven.AddOrUpdate(location.File, 1, (_, given) => given + 1) <= MaximumHintsPerChapter ? nearest() : null;

    private static bool IsMarkdownFile(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private static (string Path, string? Anchor) SplitFragment(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : Decode(url[(hash + 1)..]);
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        return (Decode(path), anchor);
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    private static string? SchemeOf(string url)
    {
        var match = Scheme().Match(url);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]{1,31}):")]
    private static partial Regex Scheme();
}
