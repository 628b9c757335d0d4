using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Publisher.Tests.Support.TaggedPdf;

/// <summary>
/// Whether the structure tree reads like the page: pdftotext's words (with their boxes), artifacts left out, give the
/// same text in the same order as the tree. The flow is compared whole; each group that stands apart from it
/// (<see cref="StructureWalk.Apart"/>) on its own, since the page may put it elsewhere. Letters are compared: spaces
/// and hyphens (which a line break adds or drops) are left out. pdftotext's order is its guess at columns: where it
/// takes a justified line's wide spaces for a gap between columns, the same words read line by line, left to right
/// (the order of our single-column pages) must match instead.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>Groups compared as letters whatever their order: pdftotext may read a table across its rows, a diagram's words by position.</summary>
    private static readonly HashSet<string> Unordered = ["Table", "Figure"];

    /// <summary>
    /// Groups read line by line, left to right, as a reader sees them: pdftotext splits a code line whose comments
    /// stand in a column of their own, and reads a contents page's titles apart from their page numbers.
    /// </summary>
    private static readonly HashSet<string> ByLines = ["Code", "TOC"];

    public static void Check(string pdfPath, IReadOnlyList<MarkedPage> pages, StructureWalk tree, List<string> problems)
    {
        var onPage = new Dictionary<int, List<Word>>();
        foreach (var (page, left, top, right, bottom, text) in BoxedWords(pdfPath))
        {
            var letters = pages[page].LettersIn(left, top, right, bottom);
            var owners = letters.Select(letter => letter.Owner).Distinct().ToList();
            if (owners.Count == 1)
            {
                // One owner: pdftotext's word as it reads it (an ActualText included).
                AddTo(owners[0], text);
                continue;
            }

            // A word pdftotext ran together from several owners (a contents line's leader dots and its page number).
            foreach (var (letter, owner) in letters)
            {
                AddTo(owner, letter);
            }

            void AddTo(int owner, string words)
            {
                if (owner == MarkedPage.Artifact)
                {
                    return;
                }

                var group = owner < 0 ? -1 : tree.GroupOf(page, owner);
                (onPage.TryGetValue(group, out var list) ? list : onPage[group] = []).Add(new Word(page, top, bottom, left, Letters(words)));
            }
        }

        foreach (var (group, text) in tree.GroupText)
        {
            var role = tree.GroupRole[group];
            var expected = Letters(text.ToString());
            var words = onPage.GetValueOrDefault(group) ?? [];
            var actual = string.Concat((ByLines.Contains(role) ? LineByLine(words) : words).Select(w => w.Letters));
            if (Unordered.Contains(role) ? Sorted(expected) == Sorted(actual) : expected == actual || expected == string.Concat(LineByLine(words).Select(w => w.Letters)))
            {
                continue;
            }

            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(k => expected[k] != actual[k], Math.Min(expected.Length, actual.Length));
            problems.Add(group < 0
                ? $"the tree's text and pdftotext's part ways at letter {at}: tree '…{Excerpt(expected, at)}…', pdftotext '…{Excerpt(actual, at)}…'"
                : $"the text of a {role} differs from pdftotext's at letter {at}: tree '…{Excerpt(expected, at)}…', pdftotext '…{Excerpt(actual, at)}…'");
        }
    }

    private sealed record Word(int Page, double Top, double Bottom, double Left, string Letters);

    /// <summary>
    /// The words page by page, line by line, left to right: a word belongs to the line before when its middle lies
    /// within that line's height (a superscript stays on its line).
    /// </summary>
    private static List<Word> LineByLine(List<Word> words)
    {
        var ordered = new List<Word>(words.Count);
        foreach (var page in words.GroupBy(w => w.Page).OrderBy(g => g.Key))
        {
            var line = new List<Word>();
            var (top, bottom) = (double.MinValue, double.MinValue);
            foreach (var word in page.OrderBy(w => (w.Top + w.Bottom) / 2))
            {
                var middle = (word.Top + word.Bottom) / 2;
                if (middle > bottom)
                {
                    ordered.AddRange(line.OrderBy(w => w.Left));
                    line.Clear();
                    (top, bottom) = (word.Top, word.Bottom);
                }

                line.Add(word);
                (top, bottom) = (Math.Min(top, word.Top), Math.Max(bottom, word.Bottom));
            }

            ordered.AddRange(line.OrderBy(w => w.Left));
        }

        return ordered;
    }

    /// <summary>The text's letters: without whitespace, hyphens and soft hyphens, in NFKC.</summary>
    public static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\u00AD' or '\u2010'))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    private static string Excerpt(string text, int at)
    {
        var from = Math.Max(0, at - 30);
        return text.Substring(from, Math.Min(text.Length - from, 60));
    }

    private static string Sorted(string text) => new([.. text.OrderBy(c => c)]);

    /// <summary>pdftotext's words in its reading order, with their boxes (points, y down from the top of the page).</summary>
    private static List<(int Page, double Left, double Top, double Right, double Bottom, string Text)> BoxedWords(string pdfPath)
    {
        var html = PdfReadBack.Run(Validators.PdfToText, ["-enc", "UTF-8", "-bbox", pdfPath, "-"]).Output;
        var xml = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..].Replace("&nbsp;", " ", StringComparison.Ordinal));
        var words = new List<(int, double, double, double, double, string)>();
        var page = 0;
        foreach (var pageElement in xml.Descendants().Where(e => e.Name.LocalName == "page"))
        {
            foreach (var word in pageElement.Elements().Where(e => e.Name.LocalName == "word"))
            {
                double At(string name) => double.Parse(word.Attribute(name)!.Value, CultureInfo.InvariantCulture);
                words.Add((page, At("xMin"), At("yMin"), At("xMax"), At("yMax"), word.Value));
            }

            page++;
        }

        return words;
    }
}
