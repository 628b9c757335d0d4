using System.Text;
using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Markdown.Html;
using MdExtensions = Markdig.Extensions;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publisher.Markdown;

/// <summary>Markdig inlines to Document inlines: text, emphasis, code, links, images, footnote references and inline HTML tags.</summary>
internal sealed partial class InlineConverter(
    ChapterLocator locator,
    ChapterUrls urls,
    FootnoteNumbering footnotes,
    NestingGuard nesting,
    HtmlReport report,
    DiagnosticBag diagnostics)
{
    private readonly InlineHtmlTags _htmlTags = new(locator, urls, report, diagnostics);

    /// <summary>Converts the children of a Markdig inline container; inline HTML tags pair up inside it.</summary>
    public List<Inline> Convert(MdInlines.ContainerInline? container, int depth)
    {
        if (container is null)
        {
            return [];
        }

        if (depth >= NestingGuard.MaxDepth)
        {
            nesting.ReportDeepNesting(container);
            return [new TextInline(MarkdigWalk.PlainText(container))];
        }

        ReportUndefinedFootnotes(container);
        var frames = new InlineFrames();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            ConvertInline(child, depth, frames);
        }

        _htmlTags.CloseAll(frames);
        return InlineRuns.MergeText(frames.Top.Content);
    }

    /// <summary>A Markdown image in running text, a link in place of a remote one, or its alt text when it cannot be shown.</summary>
    public Inline ConvertImage(MdInlines.LinkInline image) =>
        urls.Image(image.Url ?? "", MarkdigWalk.PlainText(image), MarkdigWalk.IsInsideLink(image), locator.Locate(image));

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
                output.Add(new StyledInline(StyleOf(emphasis), Convert(emphasis, depth + 1)));
                break;
            case MdInlines.LinkInline { IsImage: true } image:
                output.Add(ConvertImage(image));
                break;
            case MdInlines.LinkInline link:
                urls.AddLink(output, link.Url ?? "", locator.Locate(link), Convert(link, depth + 1), link.Title);
                break;
            case MdInlines.AutolinkInline autolink:
                var url = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                    ? "mailto:" + autolink.Url
                    : autolink.Url;
                urls.AddLink(output, url, locator.Locate(autolink), [new TextInline(XmlCharacters.Clean(autolink.Url))], null);
                break;
            case MdInlines.LineBreakInline lineBreak:
                output.Add(lineBreak.IsHard ? new LineBreak() : new SoftBreak());
                break;
            case MdExtensions.Footnotes.FootnoteLink { IsBackLink: false } note:
                output.Add(footnotes.Reference(note));
                break;
            case MdExtensions.Footnotes.FootnoteLink or MdExtensions.TaskLists.TaskList:
                break;
            case MdInlines.HtmlInline html:
                _htmlTags.Convert(html, frames);
                break;
            case MdInlines.ContainerInline other:
                output.AddRange(Convert(other, depth + 1));
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
                    var location = locator.LocateOffset(Math.Max(0, runStart) + match.Index);
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

    [GeneratedRegex(@"\[\^[^\]\s\[]+\]")]
    private static partial Regex UndefinedFootnote();
}
