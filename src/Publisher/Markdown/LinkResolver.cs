using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Publisher.Book;
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
/// Resolves link URLs once every chapter is parsed: web and mail links stay external (made valid URIs), links to
/// chapter files (<c>.md</c>, or the <c>.html</c> page mdBook and GitBook make of them) and their anchors become
/// places in the book, links to other files of the repository go to the repository and links to pages around
/// the book to its web edition (when book.yml says where those are), and anything else is reported.
/// Raw HTML's <c>href</c>s come here too: <see cref="Resolve"/> takes one URL and where it is written.
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
    private readonly LinkSite _site;
    private readonly ConcurrentDictionary<string, int> _hintsGiven = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, Lazy<Dictionary<string, string>>> _idsIgnoringCase = new();

    public LinkResolver(IReadOnlyList<ParsedChapter> chapters, LinkSite? site = null)
    {
        _chapters = chapters;
        _byPath = chapters.ToDictionary(c => c.Source.RelativePath, StringComparer.Ordinal);
        _site = site ?? LinkSite.None;
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

            if (!UriText.IsRegisteredScheme(scheme))
            {
                diagnostics.Info(
                    DiagnosticCodes.LinkSchemeUnregistered,
                    $"The link '{url}' uses '{scheme}:', which ebook readers do not open; its text is kept without the link",
                    location);
                return new LinkResolution.TextOnly();
            }

            return External(trimmed, url, location, diagnostics);
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return External("https:" + trimmed, url, location, diagnostics);
        }

        var (path, anchor) = SplitFragment(trimmed);
        if (path.Length == 0)
        {
            return ToAnchor(from, anchor ?? "", location, diagnostics);
        }

        var resolved = ChapterPaths.Resolve(path, from.Source.RelativePath);
        if (resolved is not null && ChapterOf(resolved) is { } chapter)
        {
            return anchor is null ? new LinkResolution.To(new InternalTarget(chapter.Source.Index, null)) : ToAnchor(chapter, anchor, location, diagnostics);
        }

        if (resolved is not null && IsLeftOut(resolved))
        {
            return new LinkResolution.TextOnly();
        }

        if (resolved is not null && ImageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            // A link to a picture: the picture is not a place in the book, so the link becomes its text.
            return new LinkResolution.TextOnly();
        }

        var kind = resolved is null ? BookPathKind.Missing : _site.Lookup(resolved);
        if (kind != BookPathKind.Missing)
        {
            return ToRepository(url, resolved!, kind, location, diagnostics);
        }

        if (resolved is null || !_site.IsInPages(resolved) || IsHtmlPage(path))
        {
            return ToWebEdition(url, trimmed, resolved, from, location, diagnostics);
        }

        if (IsMarkdownFile(path))
        {
            return ToChapter(url, resolved, anchor, location, diagnostics);
        }

        diagnostics.Error(
            DiagnosticCodes.ChapterLinkUnresolved,
            $"The link '{url}' points to '{resolved}', which does not exist",
            location,
            "link to a chapter, to a file of the book, or to a web address");
        return new LinkResolution.TextOnly();
    }

    /// <summary>The chapter a book-relative path names: its Markdown file, or the page mdBook and GitBook publish it as.</summary>
    /// <summary>True for a listed chapter that was left out (its problem is reported at the file), by its .md or .html name.</summary>
    private bool IsLeftOut(string path) =>
        _site.LeftOutChapters.Count > 0 &&
        (_site.LeftOutChapters.Contains(path) || (IsHtmlPage(path) && _site.LeftOutChapters.Contains(path[..path.LastIndexOf('.')] + ".md")));

    private ParsedChapter? ChapterOf(string path)
    {
        if (_byPath.TryGetValue(path, out var chapter))
        {
            return chapter;
        }

        if (!IsHtmlPage(path))
        {
            return null;
        }

        var stem = path[..path.LastIndexOf('.')];
        var folder = stem[..(stem.LastIndexOf('/') + 1)];
        return _byPath.GetValueOrDefault(stem + ".md")
            ?? (stem.EndsWith("index", StringComparison.Ordinal) && stem.Length - folder.Length == 5
                ? _byPath.GetValueOrDefault(folder + "README.md") ?? _byPath.GetValueOrDefault(folder + "readme.md")
                : null);
    }

    private LinkResolution ToRepository(string url, string path, BookPathKind kind, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (_site.Repository is not { } repository)
        {
            diagnostics.Error(
                DiagnosticCodes.ChapterLinkUnresolved,
                $"The link '{url}' points to a file that is not a chapter; the ebook cannot carry it",
                location,
                "set 'repository:' in book.yml (or git-repository-url in book.toml) to link to it in the repository, link to a web address, or make it a chapter");
            return new LinkResolution.TextOnly();
        }

        var address = repository.FileUrl(path, kind == BookPathKind.Folder);
        diagnostics.Info(
            DiagnosticCodes.LinkToRepository,
            $"The link '{url}' points to a file that is not a chapter; it goes to {address}",
            location);
        return new LinkResolution.To(new ExternalTarget(address));
    }

    private LinkResolution ToWebEdition(string url, string written, string? resolved, ParsedChapter from, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (_site.PageOf(from.Source.RelativePath) is not { } page)
        {
            if (resolved is null)
            {
                diagnostics.Error(
                    DiagnosticCodes.PathEscapesBook,
                    $"The link '{url}' points outside the book folder; nothing outside the book is ever read or published",
                    location,
                    "set 'url:' in book.yml to the address of the book's web edition to link to the pages around it, or link to a web address");
            }
            else
            {
                diagnostics.Error(
                    DiagnosticCodes.ChapterLinkUnresolved,
                    $"The link '{url}' points to a page outside the book ('{resolved}' does not exist)",
                    location,
                    "set 'url:' in book.yml to the address of the book's web edition to link to the pages around it");
            }

            return new LinkResolution.TextOnly();
        }

        var address = new Uri(page, UriText.Encode(written)).AbsoluteUri;
        diagnostics.Info(
            DiagnosticCodes.LinkToWebEdition,
            $"The link '{url}' leaves the book's pages; it goes to {address}",
            location);
        return new LinkResolution.To(new ExternalTarget(address));
    }

    /// <summary>A web address as a valid URI; reported when it had to be encoded.</summary>
    private static LinkResolution External(string address, string url, SourceLocation location, DiagnosticBag diagnostics)
    {
        var encoded = UriText.Encode(address);
        if (!encoded.Equals(address, StringComparison.Ordinal))
        {
            diagnostics.Info(
                DiagnosticCodes.LinkEncoded,
                $"The link '{url}' is not a valid address as written; it is written '{encoded}', as browsers read it",
                location);
        }

        return new LinkResolution.To(new ExternalTarget(encoded));
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
            var nearest = Hint(location, () => SameFileName(path, location.File) ?? Suggestions.Nearest(path ?? url, _chapters.Select(c => c.Source.RelativePath)));
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

        if (SameButCase(chapter, anchor) is { } sameButCase)
        {
            diagnostics.Warning(
                DiagnosticCodes.AnchorCaseMismatch,
                $"The anchor '#{anchor}' matches '#{sameButCase}' in {chapter.Source.RelativePath} only when case is ignored; the link goes there",
                location,
                $"write '#{sameButCase}'");
            return new LinkResolution.To(new InternalTarget(chapter.Source.Index, sameButCase));
        }

        var nearest = Hint(location, () => Suggestions.Nearest(anchor, chapter.Ids.All));
        diagnostics.Error(
            DiagnosticCodes.AnchorUnresolved,
            $"The anchor '#{anchor}' does not exist in {chapter.Source.RelativePath}",
            location,
            nearest is null ? null : $"did you mean '#{nearest}'?");
        return new LinkResolution.TextOnly();
    }

    /// <summary>
    /// The one chapter with the missing file's name in another folder (<c>asciidoc.md</c> written for
    /// <c>syntax/asciidoc.md</c>), as the linking chapter would write it; null when none or several.
    /// </summary>
    private string? SameFileName(string? path, string fromFile)
    {
        if (path is null)
        {
            return null;
        }

        var name = Path.GetFileName(path);
        var same = _chapters.Where(c => Path.GetFileName(c.Source.RelativePath).Equals(name, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        if (same is not [var chapter])
        {
            return null;
        }

        var folder = Path.GetDirectoryName(fromFile) ?? "";
        return Path.GetRelativePath(folder.Length == 0 ? "." : folder, chapter.Source.RelativePath).Replace('\\', '/');
    }

    /// <summary>The nearest name for a broken link, while the chapter the link is in has hints left.</summary>
    private string? Hint(SourceLocation location, Func<string?> nearest) =>
        _hintsGiven.AddOrUpdate(location.File, 1, (_, given) => given + 1) <= MaximumHintsPerChapter ? nearest() : null;

    /// <summary>The chapter's id that equals <paramref name="anchor"/> when case is ignored (GitHub finds those); one lookup, not a scan.</summary>
    private string? SameButCase(ParsedChapter chapter, string anchor)
    {
        var index = _idsIgnoringCase.GetOrAdd(chapter.Source.Index, _ => new Lazy<Dictionary<string, string>>(() =>
        {
            var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var id in chapter.Ids.All.Order(StringComparer.Ordinal))
            {
                ids.TryAdd(id, id);
            }

            return ids;
        }));
        return index.Value.GetValueOrDefault(anchor);
    }

    private static bool IsHtmlPage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

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
