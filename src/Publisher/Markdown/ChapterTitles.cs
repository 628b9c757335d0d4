using Publisher.Diagnostics;
using Md = Markdig.Syntax;

namespace Publisher.Markdown;

/// <summary>
/// Which heading titles a chapter. The rule, in order:
/// <list type="number">
/// <item>A series title is not a chapter title. A book follows the GitHub-series pattern when at least two of its
/// chapters open with the same <c>#</c> heading directly followed by another <c>#</c> heading (or one chapter does,
/// and that first heading is the book's title). In such a book, every chapter that opens with two <c>#</c> headings
/// is titled by the second; the first, the series' title, is left out of it (PUB220, once per book).</item>
/// <item>Otherwise the chapter's first top-level <c>#</c> heading titles it (as before).</item>
/// <item>A chapter with no <c>#</c> heading is titled by its first heading when only HTML (comments, anchors) comes
/// before it: most mdBook sub-chapters open with <c>##</c>, and that heading, not the file name, is their title.</item>
/// </list>
/// A title given by the table of contents (SUMMARY.md, book.yml's <c>chapters:</c>) names the chapter in the contents,
/// the navigation, the outline and the running headers; the heading found here still opens the chapter's page and is
/// not listed again as a section of it.
/// </summary>
internal static class ChapterTitles
{
    /// <summary>True when the chapters open with the series' title and then their own, as GitHub-written series do.</summary>
    public static bool FollowSeriesPattern(IReadOnlyList<ParsedChapter> chapters, string bookTitle)
    {
        var book = Normalized(bookTitle);
        return chapters
            .Select(chapter => OpeningPair(chapter) is { } pair ? Normalized(pair.First.Text) : null)
            .OfType<string>()
            .Where(text => text.Length > 0)
            .GroupBy(text => text, StringComparer.Ordinal)
            .Any(group => group.Count() >= 2 || group.Key == book);
    }

    /// <summary>The heading that titles the chapter, and the series heading to leave out, if the chapter has one.</summary>
    public static (ParsedHeading? Title, ParsedHeading? Series) Find(ParsedChapter chapter, bool seriesPattern)
    {
        if (seriesPattern && OpeningPair(chapter) is { } pair)
        {
            return (pair.Second, pair.First);
        }

        var firstH1 = chapter.Headings.FirstOrDefault(h => h.Level == 1 && h.TopLevel);
        return (firstH1 ?? OpeningHeadings(chapter).FirstOrDefault(), null);
    }

    /// <summary>Where the title heading is, for diagnostics about the title.</summary>
    public static SourceLocation Locate(ParsedChapter chapter, ParsedHeading heading) => chapter.Lines.Locate(heading.Offset);

    private static (ParsedHeading First, ParsedHeading Second)? OpeningPair(ParsedChapter chapter)
    {
        var opening = OpeningHeadings(chapter).Take(2).ToList();
        return opening is [{ Level: 1 } first, { Level: 1 } second] ? (first, second) : null;
    }

    /// <summary>
    /// The headings at the very start of the chapter, before any text: Markdown headings and headings in raw HTML
    /// blocks; HTML comments, anchors and other raw HTML before them do not count as text.
    /// </summary>
    private static IEnumerable<ParsedHeading> OpeningHeadings(ParsedChapter chapter)
    {
        if (chapter.Parts is not [{ Syntax: { } syntax } part, ..])
        {
            return [];
        }

        var end = part.Offset + part.Text.Length;
        foreach (var block in syntax)
        {
            if (!IsOpening(block))
            {
                end = part.Offset + block.Span.Start;
                break;
            }
        }

        return chapter.Headings.Where(h => h.TopLevel && h.Offset < end);
    }

    private static bool IsOpening(Md.Block block) => block switch
    {
        Md.HeadingBlock or Md.HtmlBlock or Md.BlankLineBlock or Md.LinkReferenceDefinitionGroup => true,
        Md.ParagraphBlock paragraph => IsOnlyHtml(paragraph), // <a id="old-name"></a>, kept so old links still land
        _ => false,
    };

    private static bool IsOnlyHtml(Md.ParagraphBlock paragraph) =>
        MarkdigWalk.Inlines(paragraph.Inline).All(inline => inline switch
        {
            Markdig.Syntax.Inlines.HtmlInline or Markdig.Syntax.Inlines.LineBreakInline => true,
            Markdig.Syntax.Inlines.LiteralInline literal => literal.Content.IsEmptyOrWhitespace(),
            _ => false,
        });

    // Titles compare without case, punctuation or spacing: "You Don't Know JS" and "You dont know JS" are one.
    private static string Normalized(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
