using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Book;
using Publisher.Diagnostics;

namespace Publisher.Markdown;

/// <summary>
/// First pass over one chapter: flatten hostile nesting, parse with the shared pipeline, then give every
/// heading its id and collect the ids raw HTML declares, so links from any chapter can be checked.
/// </summary>
internal static partial class ChapterParser
{
    public static ParsedChapter Parse(ChapterSource source, DiagnosticBag diagnostics)
    {
        var (text, changedLines) = NestingLimiter.Limit(source.Text);
        var lines = new LineMap(source.RelativePath, text, source.Map);
        if (changedLines.Count > 0)
        {
            var first = lines.Locate(lines.LineStart(changedLines[0]));
            diagnostics.Warning(
                DiagnosticCodes.NestingTooDeep,
                $"Lists or block quotes are nested more than {NestingLimiter.MaxMarkers} levels deep on {changedLines.Count} line(s); deeper levels were flattened",
                first);
        }

        var chapter = new ParsedChapter(source, ChapterId(source.Index), lines, ParseParts(text, lines, diagnostics));
        AssignHeadingIds(chapter, diagnostics);
        CollectHtmlIds(chapter);
        return chapter;
    }

    public static string ChapterId(int index) => $"ch{index + 1:00}";

    private static IReadOnlyList<ParsedPart> ParseParts(string text, LineMap lines, DiagnosticBag diagnostics)
    {
        if (TryParse(text) is { } whole)
        {
            return [new ParsedPart(whole, 0, text)];
        }

        // Markdig refused the chapter (nesting it cannot handle): parse paragraph groups one by one so
        // only the offending part loses its formatting.
        var parts = new List<ParsedPart>();
        foreach (var (offset, length) in SplitAtBlankLines(text))
        {
            var chunk = text.Substring(offset, length);
            var syntax = TryParse(chunk);
            if (syntax is null)
            {
                diagnostics.Warning(
                    DiagnosticCodes.NestingTooDeep,
                    "This part is nested too deeply to be read as Markdown; it is kept as plain text",
                    lines.Locate(offset));
            }

            parts.Add(new ParsedPart(syntax, offset, chunk));
        }

        return parts;
    }

    private static MarkdownDocument? TryParse(string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit: "Markdown elements in the input are too deeply nested".
            return null;
        }
        catch (InsufficientExecutionStackException)
        {
            return null;
        }
    }

    private static IEnumerable<(int Offset, int Length)> SplitAtBlankLines(string text)
    {
        var start = 0;
        foreach (Match blank in BlankLines().Matches(text))
        {
            if (blank.Index > start)
            {
                yield return (start, blank.Index - start);
            }

            start = blank.Index + blank.Length;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length - start);
        }
    }

    private static void AssignHeadingIds(ParsedChapter chapter, DiagnosticBag diagnostics)
    {
        var headings = chapter.Parts
            .Where(part => part.Syntax is not null)
            .SelectMany(part => MarkdigWalk.Blocks(part.Syntax!).OfType<HeadingBlock>().Select(h => (Part: part, Heading: h)))
            .ToList();

        // Explicit ids first, so a slug never takes an id the author chose.
        foreach (var (part, heading) in headings)
        {
            var explicitId = heading.TryGetAttributes()?.Id;
            if (string.IsNullOrEmpty(explicitId))
            {
                continue;
            }

            if (!chapter.Ids.TryClaimExact(explicitId, out var claimed))
            {
                diagnostics.Warning(
                    DiagnosticCodes.DuplicateHeadingId,
                    $"The heading id '{explicitId}' is already used or not a valid id in this chapter; this heading gets '{claimed}'",
                    chapter.Lines.Locate(part.Offset + heading.Span.Start));
            }

            chapter.HeadingIds[heading] = claimed;
        }

        foreach (var (part, heading) in headings)
        {
            var text = MarkdigWalk.PlainText(heading.Inline);
            if (!chapter.HeadingIds.ContainsKey(heading))
            {
                chapter.HeadingIds[heading] = chapter.Ids.ClaimSlug(text);
            }

            if (heading.Level == 1 && chapter.H1Title is null && heading.Parent is MarkdownDocument)
            {
                chapter.H1Title = text;
                chapter.TitleLocation = chapter.Lines.Locate(part.Offset + heading.Span.Start);
            }
        }
    }

    private static void CollectHtmlIds(ParsedChapter chapter)
    {
        foreach (var part in chapter.Parts.Where(p => p.Syntax is not null))
        {
            foreach (var block in MarkdigWalk.Blocks(part.Syntax!))
            {
                var html = block switch
                {
                    HtmlBlock htmlBlock => htmlBlock.Lines.ToString(),
                    LeafBlock { Inline: { } inlines } => string.Concat(MarkdigWalk.Inlines(inlines).OfType<Markdig.Syntax.Inlines.HtmlInline>().Select(h => h.Tag)),
                    _ => "",
                };
                foreach (Match match in HtmlId().Matches(html))
                {
                    var id = WebUtilityDecode(match.Groups["v1"].Success ? match.Groups["v1"].Value
                        : match.Groups["v2"].Success ? match.Groups["v2"].Value : match.Groups["v3"].Value);
                    if (chapter.Ids.Register(id))
                    {
                        chapter.HtmlIds.Add(id);
                    }
                }
            }
        }
    }

    private static string WebUtilityDecode(string value) => System.Net.WebUtility.HtmlDecode(value).Trim();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*(?:""(?<v1>[^""]*)""|'(?<v2>[^']*)'|(?<v3>[^\s""'=<>`]+))", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();
}
