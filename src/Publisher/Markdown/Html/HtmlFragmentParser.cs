using System.Text;
using AngleSharp.Text;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using Publisher.Diagnostics;
using Md = Markdig.Syntax;

namespace Publisher.Markdown.Html;

/// <summary>
/// Parses a run of blocks (<see cref="HtmlRuns"/>) as one piece of HTML, the way a browser does (AngleSharp,
/// HTML5 rules, which also repair unclosed and stray tags), with a slot element where each Markdown block sits.
/// </summary>
internal static class HtmlFragmentParser
{
    private const int MaxDepth = 64;

    /// <summary>
    /// Parse errors that change the element tree (a stray or misnested end tag, an element left open). Others,
    /// such as an unquoted URL with an '=' in it, are read the same by every browser and are not reported.
    /// </summary>
    private static readonly HashSet<HtmlParseError> StructuralErrors =
    [
        HtmlParseError.EOF, HtmlParseError.TagClosingMismatch, HtmlParseError.TagDoesNotMatchCurrentNode,
        HtmlParseError.TagCannotEndHere, HtmlParseError.TagCannotStartHere, HtmlParseError.TableNesting,
        HtmlParseError.IllegalElementInTableDetected, HtmlParseError.HeadingNested, HtmlParseError.AnchorNested,
        HtmlParseError.FormattingElementNotFound, HtmlParseError.BodyClosedWrong, HtmlParseError.CurrentNodeIsNotRoot,
        HtmlParseError.CaptionNotInScope, HtmlParseError.SelectNotInScope, HtmlParseError.TableRowNotInScope,
        HtmlParseError.TableNotInScope, HtmlParseError.ParagraphNotInScope, HtmlParseError.BodyNotInScope,
        HtmlParseError.BlockNotInScope, HtmlParseError.TableCellNotInScope, HtmlParseError.TableSectionNotInScope,
        HtmlParseError.ObjectNotInScope, HtmlParseError.HeadingNotInScope, HtmlParseError.ListItemNotInScope,
        HtmlParseError.FormNotInScope, HtmlParseError.ElementNotInScope,
    ];
    private const string DocumentPrefix = "<!DOCTYPE html><html><head></head><body>";

    /// <summary>
    /// Parses the run; a repair is reported once, where the parser first had to repair.
    /// <paramref name="locate"/> turns an offset in the part into a location.
    /// </summary>
    public static HtmlFragment Parse(IReadOnlyList<Md.Block> run, Func<int, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var html = new StringBuilder(DocumentPrefix);
        var segments = new List<(int Start, int SourceOffset, int SlotIndex)>();
        var slots = new List<Md.Block>();
        foreach (var block in run)
        {
            if (block is Md.HtmlBlock htmlBlock)
            {
                foreach (var line in htmlBlock.Lines.Lines.Take(htmlBlock.Lines.Count))
                {
                    segments.Add((html.Length - DocumentPrefix.Length, line.Slice.Start, -1));
                    html.Append(line.Slice.AsSpan()).Append('\n');
                }

                HtmlRuns.Balance([], HtmlRuns.Text(htmlBlock), out var unclosed);
                if (unclosed is not null)
                {
                    html.Append("</").Append(unclosed).Append(">\n");
                }
            }
            else
            {
                segments.Add((html.Length - DocumentPrefix.Length, Math.Max(0, block.Span.Start), slots.Count));
                html.Append('<').Append(HtmlFragment.SlotElement).Append(" n=\"").Append(slots.Count).Append("\"></")
                    .Append(HtmlFragment.SlotElement).Append(">\n");
                slots.Add(block);
            }
        }

        if (segments.Count == 0)
        {
            segments.Add((0, Math.Max(0, run[0].Span.Start), -1));
        }

        (int Index, string Message)? firstRepair = null;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, MaximumDepth = MaxDepth });
        // A whole document around the fragment: the parser reports its repairs (stray and unclosed tags) only
        // when it builds a document.
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent error && StructuralErrors.Contains((HtmlParseError)error.Code))
            {
                firstRepair ??= (IndexOf(error.Position), Describe((HtmlParseError)error.Code));
            }
        };

        var nodes = parser.ParseDocument(html.ToString()).Body!.ChildNodes.ToList();
        var fragment = new HtmlFragment(run, nodes, slots, segments);
        if (firstRepair is var (index, message))
        {
            var segment = segments.Last(s => s.Start <= Math.Max(0, index));
            var offset = segment.SlotIndex >= 0 ? segment.SourceOffset : segment.SourceOffset + Math.Max(0, index - segment.Start);
            diagnostics.Warning(
                DiagnosticCodes.HtmlRepaired,
                $"Malformed HTML was repaired the way a browser would: {message}",
                locate(offset));
        }

        return fragment;
    }

    private static string Describe(HtmlParseError error) => error switch
    {
        HtmlParseError.EOF or HtmlParseError.BodyClosedWrong or HtmlParseError.CurrentNodeIsNotRoot => "an element is never closed",
        HtmlParseError.TagClosingMismatch or HtmlParseError.TagDoesNotMatchCurrentNode or HtmlParseError.FormattingElementNotFound =>
            "an element is closed while one inside it is still open",
        HtmlParseError.TableNesting or HtmlParseError.IllegalElementInTableDetected => "something stands inside a table where only rows and cells may",
        HtmlParseError.HeadingNested or HtmlParseError.AnchorNested => "a heading or link is opened inside another",
        HtmlParseError.TagCannotEndHere or HtmlParseError.TagCannotStartHere => "a tag stands where it cannot",
        _ => "a closing tag closes nothing that is open",
    };

    /// <summary>A parser position as an index into the fragment's text (after the document prefix).</summary>
    public static int IndexOf(TextPosition position) => position.Position - 1 - DocumentPrefix.Length;
}
