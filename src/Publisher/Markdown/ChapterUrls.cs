using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>
/// The one place where a chapter's URLs are resolved, from Markdown and raw HTML alike: links through the
/// <see cref="LinkResolver"/>, images from the book folder. It also hands out the ids raw HTML declares.
/// </summary>
internal sealed partial class ChapterUrls(
    ParsedChapter chapter,
    ILinkResolver links,
    IContentFiles files,
    DiagnosticBag diagnostics) : IHtmlContext
{
    private readonly HashSet<string> _claimedHtmlIds = new(StringComparer.Ordinal);
    private readonly List<ImageResource> _images = [];

    /// <summary>Images this chapter uses, in reading order (may repeat).</summary>
    public IReadOnlyList<ImageResource> Images => _images;

    /// <summary>Where a link goes, or null when it cannot be a link (already reported).</summary>
    public LinkTarget? ResolveLink(string url, SourceLocation location) =>
        links.Resolve(url, chapter, location, diagnostics) is LinkResolution.To(var target) ? target : null;

    /// <summary>Adds a link around <paramref name="content"/>, or only the content when the URL cannot be a link.</summary>
    public void AddLink(List<Inline> output, string url, SourceLocation location, List<Inline> content, string? title)
    {
        if (ResolveLink(url, location) is { } target)
        {
            output.Add(new LinkInline(target, content, string.IsNullOrWhiteSpace(title) ? null : XmlCharacters.Clean(title)));
        }
        else
        {
            output.AddRange(content);
        }
    }

    /// <summary>Loads a book image; remote and unsafe sources are reported and give null.</summary>
    public ImageResource? LoadImage(string url, SourceLocation location)
    {
        var trimmed = url.Trim();
        if (LinkResolver.IsUnsafe(trimmed))
        {
            diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, "Removed an image with a script or data URL", location);
            return null;
        }

        if (RemoteUrl().IsMatch(trimmed))
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageUnreadable,
                $"The image '{url}' is on the web; an ebook carries only images from the book folder",
                location,
                "download it into images/ and reference that file");
            return null;
        }

        string reference;
        try
        {
            reference = Uri.UnescapeDataString(trimmed);
        }
        catch (UriFormatException)
        {
            reference = trimmed;
        }

        var image = files.LoadImage(reference, location, diagnostics);
        if (image is not null)
        {
            _images.Add(image);
        }

        return image;
    }

    // IHtmlContext: how raw HTML of this chapter links, shows images and declares ids.

    public string? LinkHref(string url, SourceLocation location) =>
        links.Resolve(url, chapter, location, diagnostics) switch
        {
            LinkResolution.To(ExternalTarget external) => external.Url,
            LinkResolution.To(InternalTarget { ChapterIndex: var index, AnchorId: var anchor }) when index == chapter.Source.Index =>
                anchor is null ? $"{chapter.Id}.xhtml" : $"#{anchor}",
            LinkResolution.To(InternalTarget target) =>
                $"{ChapterParser.ChapterId(target.ChapterIndex)}.xhtml" + (target.AnchorId is null ? "" : $"#{target.AnchorId}"),
            _ => null,
        };

    public string? ImageSource(string url, SourceLocation location) => LoadImage(url, location)?.Href;

    public bool ClaimHtmlId(string id) => chapter.HtmlIds.Contains(id) && _claimedHtmlIds.Add(id);

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*:|//)")]
    private static partial Regex RemoteUrl();
}
