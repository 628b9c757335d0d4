using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>
/// The one place where a chapter's URLs are resolved, from Markdown and raw HTML alike: links through the
/// <see cref="LinkResolver"/>, images from the book folder. It also hands out the ids raw HTML declares.
/// </summary>
internal sealed class ChapterUrls(
    ParsedChapter chapter,
    ILinkResolver links,
    IContentFiles files,
    DiagnosticBag diagnostics)
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

    /// <summary>
    /// What an image in running text becomes: the book's picture; a link to a picture on the web, which is never
    /// fetched (PUB211; only its text when it is already inside a link, as a badge is); or its description when it
    /// cannot be shown (already reported).
    /// </summary>
    /// <param name="emptyOnPurpose">The author gave the picture an empty alt: it is decorative (see <see cref="AltText"/>).</param>
    public Inline Image(string url, string alt, bool emptyOnPurpose, bool insideLink, SourceLocation location) =>
        RemoteImages.IsRemote(url) ? RemoteImages.StandIn(url, alt, insideLink, location, diagnostics)
        : LoadImage(url, location) is { } image ? new ImageInline(image, alt) { Decorative = IsDecorative(alt, emptyOnPurpose, image, location) }
        : new TextInline(alt);

    /// <summary>Whether a picture is decorative; one with neither alt text nor an empty alt on purpose is reported (<see cref="AltText"/>).</summary>
    public bool IsDecorative(string alt, bool emptyOnPurpose, ImageResource image, SourceLocation location) =>
        AltText.IsDecorative(alt, emptyOnPurpose, image, location, diagnostics);

    /// <summary>
    /// Loads a book image; unsafe and remote sources (never fetched, PUB211) are reported and give null. Callers that
    /// can show a link in place of a remote image use <see cref="Image"/>.
    /// </summary>
    public ImageResource? LoadImage(string url, SourceLocation location)
    {
        var trimmed = url.Trim();
        if (LinkResolver.IsUnsafe(trimmed))
        {
            diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, "Removed an image with a script or data URL", location);
            return null;
        }

        if (RemoteImages.IsRemote(trimmed))
        {
            RemoteImages.StandIn(trimmed, "", location, diagnostics);
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

    /// <summary>True when an element may carry this id: declared in raw HTML, not used by a heading, and not yet claimed.</summary>
    public bool ClaimHtmlId(string id) => chapter.HtmlIds.Contains(id) && _claimedHtmlIds.Add(id);
}
