using AngleSharp.Dom;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>
/// Images, <c>&lt;picture&gt;</c> and <c>&lt;figure&gt;</c>: every picture goes through the chapter's one image
/// resolution (<see cref="ChapterUrls.LoadImage"/>, the book-folder rule and PUB200 included) and becomes a
/// Document image, so both writers show it.
/// </summary>
internal static class HtmlPictures
{
    public static List<FlowItem> Image(IElement image, HtmlPresentation presentation, SourceLocation location, HtmlScope scope) =>
        [.. Image(image.GetAttribute, presentation, location, insideLink: image.Closest("a") is not null, scope.Urls, scope.Report.Diagnostics).Select(FlowItem.Of)];

    /// <summary>
    /// An <c>&lt;img&gt;</c> from its attributes: the image, or its alt text when it cannot be shown; an image on the
    /// network becomes a link to it (only its text when <paramref name="insideLink"/>), see <see cref="RemoteImages"/>.
    /// </summary>
    public static List<Inline> Image(Func<string, string?> attribute, HtmlPresentation presentation, SourceLocation location, bool insideLink, ChapterUrls urls, DiagnosticBag diagnostics)
    {
        var alt = XmlCharacters.Clean(HtmlText.Collapse(attribute("alt") ?? ""));
        var source = attribute("src");
        if (string.IsNullOrWhiteSpace(source))
        {
            source = FirstCandidate(attribute("srcset"));
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            diagnostics.Warning(DiagnosticCodes.HtmlElementDropped, "Dropped an <img> without a src: there is no picture to show" + (alt.Length > 0 ? "; its alt text is kept" : ""), location);
            return alt.Length > 0 ? [new TextInline(alt)] : [];
        }

        if (RemoteImages.IsRemote(source))
        {
            return [RemoteImages.StandIn(source, alt, insideLink, location, diagnostics)];
        }

        var resource = urls.LoadImage(source, location);
        if (resource is null)
        {
            return alt.Length > 0 ? [new TextInline(alt)] : [];
        }

        var width = presentation.Width;
        if (width is null && presentation.HeightPixels is { } height && resource.PixelHeight > 0)
        {
            width = ImageWidth.Pixels(height * resource.PixelWidth / resource.PixelHeight);
        }

        return [new ImageInline(resource, alt) { Width = width, Alignment = presentation.Alignment }];
    }

    /// <summary><c>&lt;picture&gt;</c>: its <c>&lt;img&gt;</c> is the picture every reader can show; the other sources are alternatives.</summary>
    public static List<FlowItem> Picture(IElement picture, HtmlConverter converter, HtmlScope scope, SourceLocation location, int depth)
    {
        if (picture.Children.FirstOrDefault(c => c.LocalName == "img") is not { } image)
        {
            scope.Report.Diagnostics.Warning(DiagnosticCodes.HtmlElementDropped, "Dropped a <picture> without an <img>: an ebook has nothing to show for it", location);
            return [];
        }

        return converter.Flow([image], depth);
    }

    /// <summary>
    /// A figure with one picture and a caption is a Document figure; one with more or other content keeps its
    /// caption as a figure container. Line breaks between the parts of a figure are only spacing.
    /// </summary>
    public static List<FlowItem> Figure(IElement figure, HtmlConverter converter, int depth)
    {
        var captionElement = figure.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        var (caption, moved) = captionElement is null ? ([], []) : converter.InlinesOf(captionElement, depth);
        var content = converter.Blocks(figure.ChildNodes.Where(n => n != captionElement), depth);
        List<Block> blocks = content switch
        {
            [FigureBlock single] => [caption.Count > 0 ? single with { Caption = caption } : single],
            [] => caption.Count > 0 ? [new ParagraphBlock(caption) { Alignment = BlockAlignment.Center }] : [],
            _ when caption.Count == 0 => content,
            _ => [new ContainerBlock(ContainerKind.Figure, content) { Label = caption }],
        };
        return [.. blocks.Concat(moved).Select(FlowItem.Of)];
    }

    /// <summary>The first URL of a <c>srcset</c> (<c>a.png 1x, b.png 2x</c>).</summary>
    private static string? FirstCandidate(string? srcset) =>
        srcset?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
            .FirstOrDefault(url => !string.IsNullOrEmpty(url));
}
