using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;
using DocCodeInline = Publisher.Document.CodeInline;
using DocHtmlInline = Publisher.Document.HtmlInline;
using DocInline = Publisher.Document.Inline;
using MdFootnoteLink = Markdig.Extensions.Footnotes.FootnoteLink;
using MdInline = Markdig.Syntax.Inlines.Inline;
using MdLinkInline = Markdig.Syntax.Inlines.LinkInline;
using DocLinkInline = Publisher.Document.LinkInline;
using MdTaskList = Markdig.Extensions.TaskLists.TaskList;

namespace Publisher.Markdown;

internal sealed partial class ChapterConverter
{
    /// <summary>Converts the children of a Markdig inline container; inline HTML tags pair up inside it.</summary>
    private List<DocInline> ConvertInlines(ContainerInline? container, int depth)
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

    private void ConvertInline(MdInline inline, int depth, InlineFrames frames)
    {
        var output = frames.Top.Content;
        switch (inline)
        {
            case LiteralInline literal:
                output.Add(new TextInline(XmlCharacters.Clean(literal.Content.ToString())));
                break;
            case HtmlEntityInline entity:
                output.Add(new TextInline(XmlCharacters.Clean(entity.Transcoded.ToString())));
                break;
            case Markdig.Syntax.Inlines.CodeInline code:
                output.Add(new DocCodeInline(XmlCharacters.Clean(code.Content)));
                break;
            case EmphasisInline emphasis:
                output.Add(new StyledInline(StyleOf(emphasis), ConvertInlines(emphasis, depth + 1)));
                break;
            case MdLinkInline { IsImage: true } image:
                output.Add(ConvertImage(image));
                break;
            case MdLinkInline link:
                AddLink(output, link.Url ?? "", Locate(link), ConvertInlines(link, depth + 1), link.Title);
                break;
            case AutolinkInline autolink:
                var url = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                    ? "mailto:" + autolink.Url
                    : autolink.Url;
                AddLink(output, url, Locate(autolink), [new TextInline(XmlCharacters.Clean(autolink.Url))], null);
                break;
            case LineBreakInline lineBreak:
                output.Add(lineBreak.IsHard ? new LineBreak() : new SoftBreak());
                break;
            case MdFootnoteLink { IsBackLink: false } note:
                output.Add(Reference(note));
                break;
            case MdFootnoteLink or MdTaskList:
                break;
            case Markdig.Syntax.Inlines.HtmlInline html:
                ConvertHtmlTag(html, frames);
                break;
            case ContainerInline other:
                output.AddRange(ConvertInlines(other, depth + 1));
                break;
        }
    }

    private static InlineStyle StyleOf(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '~' when emphasis.DelimiterCount == 1 => InlineStyle.Subscript,
        '~' => InlineStyle.Strikethrough,
        '^' => InlineStyle.Superscript,
        _ => emphasis.DelimiterCount >= 2 ? InlineStyle.Strong : InlineStyle.Emphasis,
    };

    private void AddLink(List<DocInline> output, string url, SourceLocation location, List<DocInline> content, string? title)
    {
        if (links.Resolve(url, chapter, location, diagnostics) is LinkResolution.To(var target))
        {
            output.Add(new DocLinkInline(target, content, string.IsNullOrWhiteSpace(title) ? null : XmlCharacters.Clean(title)));
        }
        else
        {
            output.AddRange(content);
        }
    }

    private DocInline ConvertImage(MdLinkInline image)
    {
        var alt = MarkdigWalk.PlainText(image);
        var resource = LoadImage(image.Url ?? "", Locate(image));
        return resource is null ? new TextInline(alt) : new ImageInline(resource, alt);
    }

    /// <summary>Loads a book image; remote and unsafe sources are reported and give null.</summary>
    private ImageResource? LoadImage(string url, SourceLocation location)
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

    /// <summary>A <c>[^label]</c> left as text means Markdig found no definition for it.</summary>
    private void ReportUndefinedFootnotes(ContainerInline container)
    {
        var run = new StringBuilder();
        var runStart = -1;
        for (var child = container.FirstChild; ; child = child.NextSibling)
        {
            if (child is LiteralInline literal)
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

    private static List<DocInline> MergeText(List<DocInline> inlines)
    {
        var merged = new List<DocInline>(inlines.Count);
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

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*:|//)")]
    private static partial Regex RemoteUrl();
}
