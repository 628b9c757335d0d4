using System.Net;
using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Markdown.Html;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publisher.Markdown;

/// <summary>
/// HTML tags inside a Markdown paragraph. Markdig gives each open and close tag separately; they pair up in
/// <see cref="InlineFrames"/> and become Document inlines, or are dropped with their text kept.
/// </summary>
internal sealed partial class InlineHtmlTags(ChapterLocator locator, ChapterUrls urls, HtmlReport report, DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    public void Convert(MdInlines.HtmlInline html, InlineFrames frames)
    {
        var match = Tag().Match(html.Tag ?? "");
        if (!match.Success)
        {
            return; // comments, processing instructions, declarations
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        var location = locator.Locate(html);
        if (match.Groups["close"].Success)
        {
            CloseTag(name, location, frames);
            return;
        }

        var selfClosing = match.Groups["self"].Success || VoidTags.Contains(name);
        if (frames.Top.Discard)
        {
            return; // inside removed content: only its own end tag counts
        }

        if (name == "map")
        {
            diagnostics.Warning(DiagnosticCodes.HtmlElementDropped, "Dropped an image map (<map>): a book's pictures cannot have clickable areas", location);
            frames.Push(new InlineFrame(name, html.Tag!, location, Discard: true));
            return;
        }

        if (HtmlElements.Dangerous.Contains(name))
        {
            diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, $"Removed <{name}> and its content: books cannot carry active or interactive HTML", location);
            if (!selfClosing)
            {
                frames.Push(new InlineFrame(name, html.Tag!, location, Discard: true));
            }

            return;
        }

        switch (name)
        {
            case "br":
                frames.Top.Content.Add(new LineBreak());
                return;
            case "wbr":
                frames.Top.Content.Add(new TextInline("\u200B"));
                return;
            case "img":
                AddImage(html.Tag!, location, frames.Top.Content, insideLink: frames.DistanceTo("a") >= 0 || MarkdigWalk.IsInsideLink(html));
                return;
            case "source" or "track":
                return; // a picture's alternative files: its <img> is the picture
        }

        if (selfClosing)
        {
            diagnostics.Warning(DiagnosticCodes.HtmlElementDropped, $"Dropped the inline <{name}>, which has no place in running text", location);
            return;
        }

        frames.Push(new InlineFrame(name, html.Tag!, location, Discard: false));
    }

    /// <summary>Closes, with a warning each, the tags still open at the end of the paragraph.</summary>
    public void CloseAll(InlineFrames frames)
    {
        while (frames.Count > 1)
        {
            var unclosed = frames.Top;
            diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"<{unclosed.Tag}> is not closed in this paragraph; closed it", unclosed.Location);
            CloseFrame(frames);
        }
    }

    private void CloseTag(string name, SourceLocation location, InlineFrames frames)
    {
        var distance = frames.DistanceTo(name);
        if (distance < 0)
        {
            if (!frames.Top.Discard && !VoidTags.Contains(name))
            {
                diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"Removed a stray </{name}> that closes nothing", location);
            }

            return;
        }

        for (var i = 0; i < distance; i++)
        {
            var unclosed = frames.Top;
            diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"<{unclosed.Tag}> is not closed before </{name}>; closed it", unclosed.Location);
            CloseFrame(frames);
        }

        CloseFrame(frames);
    }

    /// <summary>Ends the top frame and puts what it stands for into the frame below, by the rules HTML blocks follow.</summary>
    private void CloseFrame(InlineFrames frames)
    {
        var frame = frames.Pop();
        if (frame.Discard)
        {
            return;
        }

        var output = frames.Top.Content;
        var content = InlineRuns.MergeText(frame.Content);
        var attributes = Attributes(frame.OpenTag);
        var presentation = HtmlPresentation.Read(frame.Tag, attributes.Select(a => (a.Key, a.Value)), frame.Location, report);
        if (ClaimId(frame, attributes) is { } id)
        {
            output.Add(new AnchorInline(id));
        }

        if (frame.Tag == "a")
        {
            AddLink(frame, attributes, content, output);
        }
        else if (HtmlInlineElements.IsInline(frame.Tag))
        {
            output.AddRange(HtmlInlineElements.Wrap(frame.Tag, content, attributes.GetValueOrDefault("title"), presentation.Language));
        }
        else if (HtmlElements.Known.Contains(frame.Tag))
        {
            diagnostics.Warning(DiagnosticCodes.HtmlElementMoved, $"<{frame.Tag}> cannot stand inside a paragraph; its content is kept in the paragraph without it", frame.Location);
            output.AddRange(content);
        }
        else
        {
            report.UnknownElement(frame.Tag, frame.Location);
            output.AddRange(HtmlInlineElements.Wrap(frame.Tag, content, null, presentation.Language));
        }
    }

    private void AddLink(InlineFrame frame, Dictionary<string, string> attributes, List<Inline> content, List<Inline> output)
    {
        if (!attributes.TryGetValue("href", out var href))
        {
            output.AddRange(content);
            return;
        }

        if (content.Any(i => i is LinkInline))
        {
            diagnostics.Warning(DiagnosticCodes.HtmlElementDropped, "A link inside a link cannot work; the inner link keeps only its text", frame.Location);
            content = [.. content.SelectMany(i => i is LinkInline inner ? inner.Content : [i])];
        }

        urls.AddLink(output, href, frame.Location, content, attributes.GetValueOrDefault("title"));
    }

    private string? ClaimId(InlineFrame frame, Dictionary<string, string> attributes)
    {
        var id = (attributes.GetValueOrDefault("id") ?? (frame.Tag == "a" ? attributes.GetValueOrDefault("name") : null))?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        if (urls.ClaimHtmlId(id))
        {
            return id;
        }

        diagnostics.Warning(DiagnosticCodes.DuplicateHeadingId, $"The id '{id}' is not valid or already used in this chapter; it was removed", frame.Location);
        return null;
    }

    private void AddImage(string tag, SourceLocation location, List<Inline> output, bool insideLink)
    {
        var attributes = Attributes(tag);
        var presentation = HtmlPresentation.Read("img", attributes.Select(a => (a.Key, a.Value)), location, report);
        if (ClaimId(new InlineFrame("img", tag, location, Discard: false), attributes) is { } id)
        {
            output.Add(new AnchorInline(id));
        }

        output.AddRange(HtmlPictures.Image(attributes.GetValueOrDefault, presentation, location, insideLink, urls, diagnostics));
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = Tag().Match(tag).Groups["attributes"].Value;
        foreach (Match attribute in Attribute().Matches(body))
        {
            var name = attribute.Groups["name"].Value.ToLowerInvariant();
            var value = attribute.Groups["v1"].Success ? attribute.Groups["v1"].Value
                : attribute.Groups["v2"].Success ? attribute.Groups["v2"].Value
                : attribute.Groups["v3"].Value;
            attributes.TryAdd(name, WebUtility.HtmlDecode(value));
        }

        return attributes;
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9\-]*)(?<attributes>[^>]*?)(?<self>/)?\s*>$", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s""'>/=]+)(?:\s*=\s*(?:""(?<v1>[^""]*)""|'(?<v2>[^']*)'|(?<v3>[^\s""'=<>`]+)))?")]
    private static partial Regex Attribute();
}
