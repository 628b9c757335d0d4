using Markdig.Syntax;
using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Markdown.Html;

namespace Publisher.Markdown;

/// <summary>
/// A chapter after the first pass: its Markdig tree(s) and every element id it offers to links.
/// Normally one part; hostile input that Markdig refuses is parsed in smaller parts instead.
/// </summary>
internal sealed class ParsedChapter(ChapterSource source, string id, LineMap lines, IReadOnlyList<ParsedPart> parts)
{
    public ChapterSource Source { get; } = source;
    public string Id { get; } = id;
    public LineMap Lines { get; } = lines;
    public IReadOnlyList<ParsedPart> Parts { get; } = parts;
    public ElementIds Ids { get; } = new();

    /// <summary>The id chosen for each Markdig heading.</summary>
    public Dictionary<Markdig.Syntax.HeadingBlock, string> HeadingIds { get; } = [];

    /// <summary>The raw HTML of the chapter, parsed, by the first block of each run (<see cref="HtmlRuns"/>).</summary>
    public Dictionary<Block, HtmlFragment> HtmlFragments { get; } = [];

    /// <summary>Ids written in raw HTML (<c>id="x"</c>), also valid link targets.</summary>
    public HashSet<string> HtmlIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Every heading, Markdown or HTML, in reading order, with the id it got.</summary>
    public List<ParsedHeading> Headings { get; } = [];

    /// <summary>Where the heading that titles the chapter is, once the titles are chosen.</summary>
    public SourceLocation? TitleLocation { get; set; }
}

/// <summary>
/// A heading of the chapter: <paramref name="Offset"/> in the chapter's text; <paramref name="TopLevel"/> when it
/// stands at the top of the chapter (not in a list, quote or table; in HTML, inside nothing but grouping elements),
/// so it can title the chapter.
/// </summary>
internal sealed record ParsedHeading(int Level, string Text, string Id, int Offset, bool TopLevel);

/// <summary>One parsed piece of a chapter; <paramref name="Offset"/> is where it starts in the chapter's text.
/// <paramref name="Syntax"/> is null for a piece Markdig refused, kept as plain text.</summary>
internal sealed record ParsedPart(MarkdownDocument? Syntax, int Offset, string Text);
