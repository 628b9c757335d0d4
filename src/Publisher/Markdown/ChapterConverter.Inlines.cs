using System.Text;
using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using Publisher.Document;
using MdExtensions = Markdig.Extensions;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publisher.Markdown;

internal sealed partial class ChapterConverter
{
    /// <summary>Converts the children of a Markdig inline container; inline HTML tags pair up inside it.</summary>
    private List<Inline> ConvertInlines(MdInlines.ContainerInline? container, int depth)
    {
        if (container is null)
        {
            return [];
        }

        if (depth >= MaxDepth)
        {
            ReportDeepNesting(container);
            return [new TextInline(MarkdigWalk.PlainText(container))];
        }

        ReportUndefinedFootnotes(container);
        var frames = new InlineFrames();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            ConvertInline(child, depth, frames);
        }

        while (frames.Count > 1)
        {
            var unclosed = frames.Top;
            diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"<{unclosed.Tag}> is not closed in this paragraph; closed it", unclosed.Location);
            CloseFrame(frames);
        }

        return MergeText(frames.Top.Content);
    }

    private void ConvertInline(MdInlines.Inline inline, int depth, InlineFrames frames)
    {
        var output = frames.Top.Content;
        switch (inline)
        {
            case MdInlines.LiteralInline literal:
                output.Add(new TextInline(XmlCharacters.Clean(literal.Content.ToString())));
                break;
            case MdInlines.HtmlEntityInline entity:
                output.Add(new TextInline(XmlCharacters.Clean(entity.Transcoded.ToString())));
                break;
            case MdInlines.CodeInline code:
                output.Add(new CodeInline(XmlCharacters.Clean(code.Content)));
                break;
            case MdInlines.EmphasisInline emphasis:
                output.Add(new StyledInline(StyleOf(emphasis), ConvertInlines(emphasis, depth + 1)));
                break;
            case MdInlines.LinkInline { IsImage: true } image:
                output.Add(ConvertImage(image));
                break;
            case MdInlines.LinkInline link:
                AddLink(output, link.Url ?? "", Locate(link), ConvertInlines(link, depth + 1), link.Title);
                break;
            case MdInlines.AutolinkInline autolink:
                var url = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                    ? "mailto:" + autolink.Url
                    : autolink.Url;
                AddLink(output, url, Locate(autolink), [new TextInline(XmlCharacters.Clean(autolink.Url))], null);
                break;
            case MdInlines.LineBreakInline lineBreak:
                output.Add(lineBreak.IsHard ? new LineBreak() : new SoftBreak());
                break;
            case MdExtensions.Footnotes.FootnoteLink { IsBackLink: false } note:
                output.Add(Reference(note));
                break;
            case MdExtensions.Footnotes.FootnoteLink or MdExtensions.TaskLists.TaskList:
                break;
            case MdInlines.HtmlInline html:
                ConvertHtmlTag(html, frames);
                break;
            case MdInlines.ContainerInline other:
                output.AddRange(ConvertInlines(other, depth + 1));
                break;
        }
    }

    private static InlineStyle StyleOf(MdInlines.EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '~' when emphasis.DelimiterCount == 1 => InlineStyle.Subscript,
        '~' => InlineStyle.Strikethrough,
        '^' => InlineStyle.Superscript,
        _ => emphasis.DelimiterCount >= 2 ? InlineStyle.Strong : InlineStyle.Emphasis,
    };

    private void AddLink(List<Inline> output, string url, SourceLocation location, List<Inline> content, string? title)
    {
        if (links.Resolve(url, chapter, location, diagnostics) is LinkResolution.To(var target))
        {
            output.Add(new LinkInline(target, content, string.IsNullOrWhiteSpace(title) ? null : XmlCharacters.Clean(title)));
        }
        else
        {
            output.AddRange(content);
        }
    }

    private Inline ConvertImage(MdInlines.LinkInline image)
    {
        var alt = MarkdigWalk.PlainText(image);
        if (RemoteImages.IsRemote(image.Url ?? ""))
        {
            return RemoteImages.StandIn(image.Url!, alt, IsInsideLink(image), Locate(image), diagnostics);
        }

        var resource = LoadImage(image.Url ?? "", Locate(image));
        return resource is null ? new TextInline(alt) : new ImageInline(resource, alt);
    }

    private static bool IsInsideLink(MdInlines.Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is MdInlines.LinkInline { IsImage: false })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Loads a book image; unsafe sources are reported and give null, and so do remote ones (never fetched), for which
    /// callers that can show a link ask <see cref="RemoteImages"/> first.
    /// </summary>
    private ImageResource? LoadImage(string url, SourceLocation location)
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

    /// <summary>A <c>[^label]</c> left as text means Markdig found no definition for it.</summary>
    private void ReportUndefinedFootnotes(MdInlines.ContainerInline container)
    {
        var run = new StringBuilder();
        var runStart = -1;
        for (var child = container.FirstChild; ; child = child.NextSibling)
        {
            if (child is MdInlines.LiteralInline literal)
            {
                if (runStart < 0)
                {
                    runStart = literal.Span.Start;
                }

                run.Append(literal.Content.AsSpan());
                continue;
            }

            if (run.Length > 2)
            {
                foreach (Match match in UndefinedFootnote().Matches(run.ToString()))
                {
                    var location = chapter.Lines.Locate(_part.Offset + Math.Max(0, runStart) + match.Index);
                    diagnostics.Warning(
                        DiagnosticCodes.FootnoteUndefined,
                        $"The footnote reference '{match.Value}' has no definition in this chapter; it is shown as text",
                        location,
                        $"add a line '{match.Value}: ...' to this chapter");
                }
            }

            run.Clear();
            runStart = -1;
            if (child is null)
            {
                break;
            }
        }
    }

    private static List<Inline> MergeText(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextInline next && merged.Count > 0 && merged[^1] is TextInline previous)
            {
                merged[^1] = new TextInline(previous.Text + next.Text);
            }
            else if (inline is not TextInline { Text.Length: 0 })
            {
                merged.Add(inline);
            }
        }

        return merged;
    }

    [GeneratedRegex(@"\[\^[^\]\s\[]+\]")]
    private static partial Regex UndefinedFootnote();
}
