using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using Publisher.Document;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publisher.Markdown;

/// <summary>
/// HTML tags inside a Markdown paragraph. Markdig gives each open and close tag separately; they pair up in
/// <see cref="InlineFrames"/> and become Document inlines, or are dropped with their text kept.
/// </summary>
internal sealed partial class InlineHtmlTags(ChapterLocator locator, ChapterUrls urls, DiagnosticBag diagnostics)
{
    private static readonly Dictionary<string, InlineStyle> StyleTags = new(StringComparer.Ordinal)
    {
        ["em"] = InlineStyle.Emphasis,
        ["i"] = InlineStyle.Emphasis,
        ["cite"] = InlineStyle.Emphasis,
        ["dfn"] = InlineStyle.Emphasis,
        ["var"] = InlineStyle.Emphasis,
        ["strong"] = InlineStyle.Strong,
        ["b"] = InlineStyle.Strong,
        ["del"] = InlineStyle.Strikethrough,
        ["s"] = InlineStyle.Strikethrough,
        ["strike"] = InlineStyle.Strikethrough,
        ["sub"] = InlineStyle.Subscript,
        ["sup"] = InlineStyle.Superscript,
    };

    private static readonly HashSet<string> CodeTags = new(StringComparer.Ordinal) { "code", "kbd", "samp", "tt" };

    /// <summary>Formatting-only elements: kept as XHTML around plain text, silently unwrapped around anything richer.</summary>
    private static readonly HashSet<string> QuietTags = new(StringComparer.Ordinal)
    {
        "span", "mark", "u", "small", "ins", "abbr", "q", "time", "bdi", "bdo", "big", "font",
    };

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
        if (HtmlRules.Dangerous.Contains(name))
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
                return;
            case "img":
                AddImage(html.Tag!, location, frames.Top.Content);
                return;
        }

        if (selfClosing)
        {
            diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"Dropped the inline <{name}>, which has no place in running text", location);
            return;
        }

        if (!frames.Top.Discard)
        {
            frames.Push(new InlineFrame(name, html.Tag!, location, Discard: false));
        }
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

    /// <summary>Ends the top frame and puts what it stands for into the frame below.</summary>
    private void CloseFrame(InlineFrames frames)
    {
        var frame = frames.Pop();
        if (frame.Discard)
        {
            return;
        }

        var output = frames.Top.Content;
        var content = InlineRuns.MergeText(frame.Content);
        if (StyleTags.TryGetValue(frame.Tag, out var style))
        {
            output.Add(new StyledInline(style, content));
        }
        else if (CodeTags.Contains(frame.Tag))
        {
            output.Add(new CodeInline(Inlines.ToPlainText(content)));
        }
        else if (frame.Tag == "a")
        {
            CloseAnchor(frame, content, output);
        }
        else if (QuietTags.Contains(frame.Tag))
        {
            output.AddRange(IsPlainText(content) && SanitizeInline(frame, content) is { } kept ? [kept] : content);
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"Dropped the tag <{frame.Tag}> inside running text; its text is kept", frame.Location);
            output.AddRange(content);
        }
    }

    private void CloseAnchor(InlineFrame frame, List<Inline> content, List<Inline> output)
    {
        var attributes = Attributes(frame.OpenTag);
        if (attributes.TryGetValue("href", out var href))
        {
            attributes.TryGetValue("title", out var title);
            urls.AddLink(output, href, frame.Location, content, title);
            return;
        }

        if ((attributes.ContainsKey("id") || attributes.ContainsKey("name")) &&
            HtmlSanitizer.Sanitize(frame.OpenTag + "</a>", frame.Location, urls, diagnostics) is { IsEmpty: false } anchor)
        {
            output.Add(new HtmlInline(anchor.Xhtml, ""));
        }

        output.AddRange(content);
    }

    private HtmlInline? SanitizeInline(InlineFrame frame, List<Inline> content)
    {
        var html = new StringBuilder(frame.OpenTag);
        XmlText.AppendEscaped(html, Inlines.ToPlainText(content), attribute: false);
        html.Append("</").Append(frame.Tag).Append('>');
        var sanitized = HtmlSanitizer.Sanitize(html.ToString(), frame.Location, urls, diagnostics);
        return sanitized.IsEmpty ? null : new HtmlInline(sanitized.Xhtml, sanitized.PlainText);
    }

    private static bool IsPlainText(List<Inline> content) => content.All(i => i is TextInline or SoftBreak);

    private void AddImage(string tag, SourceLocation location, List<Inline> output)
    {
        var attributes = Attributes(tag);
        if (!attributes.TryGetValue("src", out var src))
        {
            diagnostics.Warning(DiagnosticCodes.HtmlRepaired, "Dropped an <img> without a src", location);
            return;
        }

        var alt = XmlCharacters.Clean(attributes.GetValueOrDefault("alt") ?? "");
        var image = urls.LoadImage(src, location);
        output.Add(image is null ? new TextInline(alt) : new ImageInline(image, alt));
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
