using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Publisher.Document;
using Publisher.Epub;

namespace Publisher.Preview;

/// <summary>A page of the preview: its path and, when it shows a chapter, the chapter (whose problems it lists first).</summary>
internal sealed record PreviewPage(string Path, ChapterDocument? Chapter = null)
{
    /// <summary>The chapter's Markdown file, as diagnostics name it.</summary>
    public string? SourcePath => Chapter?.SourcePath;
}

/// <summary>What the preview answers a request with: content made in memory, or a file of the output folder.</summary>
internal abstract record PreviewResponse(string MediaType)
{
    /// <param name="Status">The HTTP status: 200, or 404 for the page that says a page is not in the book.</param>
    public sealed record Content(string MediaType, byte[] Body, int Status = 200) : PreviewResponse(MediaType);

    /// <summary>An ebook file the last good build wrote; only those are ever served from disk.</summary>
    public sealed record Artifact(string MediaType, string FullPath) : PreviewResponse(MediaType);
}

/// <summary>
/// The book as a web site, made by the EPUB's own page makers (<see cref="ChapterPage"/>, <see cref="NavigationDocument"/>,
/// <see cref="TitlePage"/>) so the preview shows what the EPUB holds, with the EPUB's file names, so links between
/// chapters, to images and to the stylesheet work as they are. Every page gets the preview bar and the script that
/// reloads it after a build. Nothing is read from disk but the ebooks the last good build wrote: pages, images and
/// styles come from the book in memory, so no request can reach another file.
/// </summary>
internal static class PreviewSite
{
    /// <summary>Where the preview's own resources live; no EPUB file name starts with an underscore.</summary>
    public const string Prefix = "/_preview/";

    public const string EventsPath = Prefix + "events";

    private const string ContentsPath = "/";

    private static readonly XNamespace X = EpubNames.Xhtml;

    /// <summary>The answer to <c>GET <paramref name="path"/></c>, or null for "not found".</summary>
    /// <param name="path">The request path, decoded, starting with <c>/</c>.</param>
    /// <param name="pageParameter">The <c>page</c> query parameter, for the bar of a given page.</param>
    public static PreviewResponse? Respond(PreviewSnapshot snapshot, string path, string? pageParameter = null)
    {
        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return Own(snapshot, path[Prefix.Length..], pageParameter);
        }

        if (Page(snapshot, path) is { } page)
        {
            return Xhtml(Decorate(PageDocument(snapshot, page), snapshot, page));
        }

        var book = snapshot.Document;
        if (book is null)
        {
            return null;
        }

        if (path == "/" + EpubNames.Stylesheet)
        {
            return new PreviewResponse.Content("text/css; charset=utf-8", Encoding.UTF8.GetBytes(EpubStylesheet.Css));
        }

        var image = book.Images.Append(book.Cover).OfType<ImageResource>().FirstOrDefault(i => "/" + i.Href == path);
        if (image is not null)
        {
            return new PreviewResponse.Content(image.MediaType, image.Data);
        }

        // A chapter that is gone (renamed, removed, or not yet back after an error): a page that says so and keeps
        // listening, so it shows the chapter again as soon as a build brings it back.
        return path.EndsWith(".xhtml", StringComparison.Ordinal) && !path.Contains("/_", StringComparison.Ordinal)
            ? Xhtml(Decorate(NotInTheBook(), snapshot, new PreviewPage(path)), status: 404)
            : null;
    }

    /// <summary>The path of a chapter's page, the EPUB's file name of the chapter.</summary>
    public static string ChapterUrl(ChapterDocument chapter) => "/" + EpubNames.ChapterFile(chapter);

    /// <summary>The link to an ebook file; the revision makes a browser fetch the new file after a build.</summary>
    public static string FileUrl(PreviewArtifact artifact, PreviewSnapshot snapshot) =>
        $"{Prefix}files/{Uri.EscapeDataString(artifact.FileName)}?v={snapshot.Session}-{snapshot.DocumentBuild}";

    /// <summary>The pages in reading order: cover, title page, contents, chapters.</summary>
    public static List<string> ReadingOrder(BookDocument book) =>
    [
        .. book.Cover is null ? Array.Empty<string>() : ["/" + EpubNames.CoverPage],
        "/" + EpubNames.TitlePage,
        ContentsPath,
        .. book.Chapters.Select(ChapterUrl),
    ];

    private static PreviewPage? Page(PreviewSnapshot snapshot, string path)
    {
        if (path is ContentsPath or "/" + EpubNames.Navigation)
        {
            return new PreviewPage(ContentsPath);
        }

        var book = snapshot.Document;
        if (book is null)
        {
            return null;
        }

        if (path == "/" + EpubNames.TitlePage || (path == "/" + EpubNames.CoverPage && book.Cover is not null))
        {
            return new PreviewPage(path);
        }

        var chapter = book.Chapters.FirstOrDefault(c => ChapterUrl(c) == path);
        return chapter is null ? null : new PreviewPage(path, chapter);
    }

    private static XDocument PageDocument(PreviewSnapshot snapshot, PreviewPage page)
    {
        if (snapshot.Document is not { } book)
        {
            return NothingYet(snapshot.State);
        }

        if (page.Chapter is { } chapter)
        {
            return ChapterPage.Create(book, chapter);
        }

        return page.Path switch
        {
            "/" + EpubNames.TitlePage => TitlePage.Create(book.Metadata),
            "/" + EpubNames.CoverPage => CoverPage.Create(book.Metadata, book.Cover!),
            _ => NavigationDocument.Create(book, BookOutline.Of(book)),
        };
    }

    /// <summary>The page shown until a build succeeds: the bar, with the problems, and what is going on.</summary>
    private static XDocument NothingYet(BuildState state) => new(
        new XDocumentType("html", null, null, null),
        new XElement(
            X + "html",
            new XElement(X + "head", new XElement(X + "meta", new XAttribute("charset", "utf-8")), new XElement(X + "title", "Publisher preview")),
            new XElement(X + "body", new XElement(X + "p", state == BuildState.Building
                ? "The book is being built; this page shows it as soon as it is ready."
                : "The book has not been built without errors yet; the problems are listed above. Save a fix and this page shows the book."))));

    private static XDocument NotInTheBook() => new(
        new XDocumentType("html", null, null, null),
        new XElement(
            X + "html",
            new XElement(X + "head", new XElement(X + "meta", new XAttribute("charset", "utf-8")), new XElement(X + "title", "Not in the book")),
            new XElement(X + "body", new XElement(X + "p", "The book has no such page (any more); the contents page lists those it has."))));

    /// <summary>Adds the preview's stylesheet, script and bar to a page.</summary>
    private static XDocument Decorate(XDocument page, PreviewSnapshot snapshot, PreviewPage at)
    {
        var head = page.Root!.Element(X + "head")!;
        head.Add(
            new XElement(X + "link", new XAttribute("rel", "stylesheet"), new XAttribute("href", Prefix + "preview.css")),
            new XElement(X + "script", new XAttribute("src", Prefix + "live.js"), new XAttribute("defer", "defer"), ""));
        page.Root!.Element(X + "body")!.AddFirst(PreviewBar.Create(snapshot, at));
        return page;
    }

    private static PreviewResponse? Own(PreviewSnapshot snapshot, string name, string? pageParameter)
    {
        switch (name)
        {
            case "live.js":
                return new PreviewResponse.Content("text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Script));
            case "preview.css":
                return new PreviewResponse.Content("text/css; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Stylesheet));
            case "status":
                return new PreviewResponse.Content("application/json; charset=utf-8", Status(snapshot));
            case "bar":
                var page = Page(snapshot, pageParameter ?? ContentsPath) ?? new PreviewPage(pageParameter ?? ContentsPath);
                return Xhtml(new XDocument(PreviewBar.Create(snapshot, page)));
        }

        if (name.StartsWith("files/", StringComparison.Ordinal))
        {
            var artifact = snapshot.Artifacts.FirstOrDefault(a => a.FileName == name["files/".Length..]);
            return artifact is null ? null : new PreviewResponse.Artifact(MediaTypeOf(artifact.FileName), artifact.FullPath);
        }

        return null;
    }

    private static string MediaTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".epub" => "application/epub+zip",
        _ => "application/octet-stream",
    };

    private static PreviewResponse Xhtml(XDocument document, int status = 200) =>
        new PreviewResponse.Content("application/xhtml+xml; charset=utf-8", XmlOutput.ToBytes(document, indent: false), status);

    /// <summary>The latest build as JSON, for tools and tests: its number, state, problems and files.</summary>
    private static byte[] Status(PreviewSnapshot snapshot) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        session = snapshot.Session,
        revision = snapshot.Revision,
        build = snapshot.Build,
        documentBuild = snapshot.DocumentBuild,
        state = snapshot.State.ToString().ToLowerInvariant(),
        finishedAt = snapshot.FinishedAt?.ToString("O", CultureInfo.InvariantCulture),
        errors = snapshot.ErrorCount,
        warnings = snapshot.WarningCount,
        diagnostics = snapshot.Diagnostics.Select(d => new
        {
            severity = d.Severity.ToString().ToLowerInvariant(),
            code = d.Code,
            message = d.Message,
            file = d.Location?.File,
            line = d.Location?.Line,
            column = d.Location?.Column,
            hint = d.Hint,
        }),
        files = snapshot.Artifacts.Select(a => a.FileName),
    });
}
