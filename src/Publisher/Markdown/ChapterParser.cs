using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Markdown.Html;

namespace Publisher.Markdown;

/// <summary>
/// First pass over one chapter: flatten hostile nesting, parse with the shared pipeline and parse its raw HTML,
/// then give every heading (Markdown or HTML) its id and collect the ids raw HTML declares, so links from any
/// chapter can be checked.
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
        ParseHtml(chapter, diagnostics);
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

    private static void ParseHtml(ParsedChapter chapter, DiagnosticBag diagnostics)
    {
        foreach (var part in chapter.Parts.Where(p => p.Syntax is not null))
        {
            foreach (var run in HtmlRuns.Find(part.Syntax!))
            {
                chapter.HtmlFragments[run[0]] = HtmlFragmentParser.Parse(run, offset => chapter.Lines.Locate(part.Offset + offset), diagnostics);
            }
        }
    }

    /// <summary>A heading of either kind, where it is in the chapter, and how to record the id it gets.</summary>
    private sealed record HeadingSite(int Offset, int Level, string Text, string? ExplicitId, bool CanBeTitle, Action<string> Assign);

    private static List<HeadingSite> HeadingSites(ParsedChapter chapter)
    {
        var sites = new List<HeadingSite>();
        foreach (var part in chapter.Parts.Where(part => part.Syntax is not null))
        {
            foreach (var heading in MarkdigWalk.Blocks(part.Syntax!).OfType<HeadingBlock>())
            {
                sites.Add(new HeadingSite(
                    part.Offset + heading.Span.Start,
                    heading.Level,
                    MarkdigWalk.PlainText(heading.Inline),
                    heading.TryGetAttributes()?.Id,
                    heading.Parent is MarkdownDocument,
                    id => chapter.HeadingIds[heading] = id));
            }

            foreach (var fragment in chapter.HtmlFragments.Values.Where(f => f.Blocks[0].Parent is { } parent && IsInPart(parent, part)))
            {
                var topLevel = fragment.Blocks[0].Parent is MarkdownDocument;
                foreach (var element in HtmlElements.Kept(fragment.Nodes))
                {
                    var level = HtmlElements.HeadingLevel(element);
                    if (level > 0)
                    {
                        sites.Add(new HeadingSite(
                            part.Offset + fragment.SourceOffset(element),
                            level,
                            HtmlText.Collapse(element.TextContent),
                            element.GetAttribute("id")?.Trim(),
                            topLevel && IsOnlyGrouped(element),
                            id => fragment.HeadingIds[element] = id));
                    }
                }
            }
        }

        return sites.OrderBy(site => site.Offset).ToList();
    }

    private static bool IsInPart(Markdig.Syntax.Block block, ParsedPart part)
    {
        var root = block;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root == part.Syntax;
    }

    /// <summary>True when only grouping elements (<c>div</c>, <c>center</c>...) stand between the heading and the top.</summary>
    private static bool IsOnlyGrouped(AngleSharp.Dom.IElement heading)
    {
        for (var parent = heading.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (!HtmlElements.Groups.Contains(parent.LocalName) || parent.LocalName is "li" or "dd" or "dt" or "td" or "th" or "tr" or "summary" or "caption" or "figcaption")
            {
                return false;
            }
        }

        return true;
    }

    private static void AssignHeadingIds(ParsedChapter chapter, DiagnosticBag diagnostics)
    {
        var sites = HeadingSites(chapter);
        var assigned = new Dictionary<HeadingSite, string>();

        // Explicit ids first, so a slug never takes an id the author chose.
        foreach (var site in sites)
        {
            if (string.IsNullOrEmpty(site.ExplicitId))
            {
                continue;
            }

            if (!chapter.Ids.TryClaimExact(site.ExplicitId, out var claimed))
            {
                diagnostics.Warning(
                    DiagnosticCodes.DuplicateHeadingId,
                    $"The heading id '{site.ExplicitId}' is already used or not a valid id in this chapter; this heading gets '{claimed}'",
                    chapter.Lines.Locate(site.Offset));
            }

            site.Assign(claimed);
            assigned[site] = claimed;
        }

        foreach (var site in sites)
        {
            var id = assigned.TryGetValue(site, out var claimedId) ? claimedId : chapter.Ids.ClaimSlug(site.Text);
            if (!assigned.ContainsKey(site))
            {
                site.Assign(id);
            }

            chapter.Headings.Add(new ParsedHeading(site.Level, site.Text, id, site.Offset, site.CanBeTitle));
        }
    }

    private static void CollectHtmlIds(ParsedChapter chapter)
    {
        foreach (var fragment in chapter.HtmlFragments.Values)
        {
            foreach (var element in HtmlElements.Kept(fragment.Nodes))
            {
                var id = HtmlElements.HeadingLevel(element) > 0 ? null
                    : element.GetAttribute("id") ?? (element.LocalName == "a" ? element.GetAttribute("name") : null);
                if (id is not null && chapter.Ids.Register(id.Trim()))
                {
                    chapter.HtmlIds.Add(id.Trim());
                }
            }
        }

        // Tags inside Markdown paragraphs are not parsed as HTML: their ids are read from the tags.
        foreach (var part in chapter.Parts.Where(p => p.Syntax is not null))
        {
            foreach (var block in MarkdigWalk.Blocks(part.Syntax!).OfType<LeafBlock>().Where(b => b.Inline is not null))
            {
                foreach (var tag in MarkdigWalk.Inlines(block.Inline).OfType<Markdig.Syntax.Inlines.HtmlInline>())
                {
                    var match = HtmlId().Match(tag.Tag ?? "");
                    var name = match.Groups["tag"].Value.ToLowerInvariant();
                    if (match.Success && (match.Groups["attribute"].Value.Equals("id", StringComparison.OrdinalIgnoreCase) || name == "a") &&
                        !HtmlElements.Dangerous.Contains(name))
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
    }

    private static string WebUtilityDecode(string value) => System.Net.WebUtility.HtmlDecode(value).Trim();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^<(?<tag>[a-zA-Z][a-zA-Z0-9\-]*)[^>]*?\s(?<attribute>id|name)\s*=\s*(?:""(?<v1>[^""]*)""|'(?<v2>[^']*)'|(?<v3>[^\s""'=<>`]+))", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();
}
