using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace Publisher.Tests.Support.TaggedPdf;

/// <summary>
/// One page's content as PdfPig reads it: whether every painting operator sits inside marked content, the text of
/// each marked-content sequence with an MCID (an ActualText span's text standing for its glyphs, in the order of the
/// content stream), and which sequence (or artifact) drew each letter, to tell who drew a word pdftotext found.
/// </summary>
internal sealed class MarkedPage
{
    /// <summary>The owner of an artifact's letters.</summary>
    public const int Artifact = -1;

    /// <summary>The owner of letters in no marked content, or in marked content of neither kind.</summary>
    public const int Unmarked = -2;

    // Operators that draw: text, XObjects, inline images, path painting and shading.
    private static readonly HashSet<string> Painting = ["Tj", "TJ", "'", "\"", "Do", "BI", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh"];
    private const double Row = 4;

    private readonly Dictionary<int, List<(double X, double Y, string Text, int Owner)>> _rows = [];
    private readonly List<(double X, double Y, string Text, int Owner)> _all = [];

    private MarkedPage(int index) => Index = index;

    /// <summary>The 0-based page number.</summary>
    public int Index { get; }

    /// <summary>The text of each MCID on the page.</summary>
    public Dictionary<int, string> Mcids { get; } = [];

    public static MarkedPage Read(Page page, int index, List<string> problems)
    {
        var marked = new MarkedPage(index);
        CheckOperators(page, index, problems);
        foreach (var element in page.GetMarkedContents())
        {
            marked.Read(element, page.Height, problems);
        }

        // Letters outside any marked content (already a problem) still count as text the page shows.
        var seen = marked._all.Select(letter => (letter.X, letter.Y)).ToHashSet();
        foreach (var letter in page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)))
        {
            var box = letter.BoundingBox;
            var place = ((box.Left + box.Right) / 2, page.Height - (box.Top + box.Bottom) / 2);
            if (!seen.Contains(place))
            {
                marked.Place(place.Item1, place.Item2, letter.Value, Unmarked);
            }
        }

        return marked;
    }

    /// <summary>Every operator that draws sits inside a sequence with an MCID or an artifact; every sequence is closed.</summary>
    private static void CheckOperators(Page page, int index, List<string> problems)
    {
        var open = new Stack<bool>(); // for each open sequence: whether it is an MCID or an artifact
        var unmarked = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var operation in page.Operations)
        {
            switch (operation)
            {
                case BeginMarkedContentWithProperties withProperties:
                    open.Push(withProperties.Name.Data == "Artifact" || withProperties.Properties?.ContainsKey(NameToken.Create("MCID")) == true);
                    break;
                case BeginMarkedContent plain:
                    open.Push(plain.Name.Data == "Artifact");
                    break;
                case EndMarkedContent when open.Count == 0:
                    problems.Add($"page {index + 1}: EMC without a sequence to end");
                    break;
                case EndMarkedContent:
                    open.Pop();
                    break;
                default:
                    if (Painting.Contains(operation.Operator) && !open.Any(marked => marked))
                    {
                        unmarked.Add(operation.Operator);
                    }

                    break;
            }
        }

        if (unmarked.Count > 0)
        {
            problems.Add($"page {index + 1}: painting outside marked content ({string.Join(" ", unmarked)})");
        }

        if (open.Count > 0)
        {
            problems.Add($"page {index + 1}: {open.Count} marked-content sequences left open");
        }
    }

    private void Read(MarkedContentElement element, double height, List<string> problems)
    {
        var pieces = new List<(int Sequence, string Text, int Owner)>();
        Collect(element, owner: null, pieces, height, problems);
        foreach (var group in pieces.OrderBy(piece => piece.Sequence).GroupBy(piece => piece.Owner).Where(group => group.Key >= 0))
        {
            Mcids[group.Key] = Mcids.GetValueOrDefault(group.Key, "") + string.Concat(group.Select(piece => piece.Text));
        }
    }

    /// <summary>
    /// The text pieces of a sequence and of those inside it, each with its place in the content stream (PdfPig's text
    /// sequence, which a span of its own starts anew) and its owner: the MCID it is in, or <see cref="Artifact"/>.
    /// </summary>
    private void Collect(MarkedContentElement element, int? owner, List<(int, string, int)> pieces, double height, List<string> problems)
    {
        if (element.IsArtifact)
        {
            owner = Artifact;
        }
        else if (element.MarkedContentIdentifier >= 0)
        {
            if (owner is >= 0)
            {
                problems.Add($"page {Index + 1}: MCID {element.MarkedContentIdentifier} nested inside MCID {owner}");
            }

            owner = element.MarkedContentIdentifier;
            if (!Mcids.TryAdd(owner.Value, ""))
            {
                problems.Add($"page {Index + 1}: MCID {owner} used twice");
            }
        }

        var who = owner ?? Unmarked;
        foreach (var letter in element.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)))
        {
            var box = letter.BoundingBox;
            Place((box.Left + box.Right) / 2, height - (box.Top + box.Bottom) / 2, letter.Value, who);
        }

        if (element.ActualText is { } actual && element.MarkedContentIdentifier < 0)
        {
            // A span that stands for its glyphs: its text, where its first glyph is.
            pieces.Add((element.Letters.Count > 0 ? element.Letters[0].TextSequence : int.MaxValue, actual, who));
            return;
        }

        pieces.AddRange(element.Letters.Select(letter => (letter.TextSequence, letter.Value, who)));
        foreach (var child in element.Children)
        {
            Collect(child, owner, pieces, height, problems);
        }
    }

    private void Place(double x, double y, string text, int owner)
    {
        _all.Add((x, y, text, owner));
        var row = (int)Math.Floor(y / Row);
        (_rows.TryGetValue(row, out var list) ? list : _rows[row] = []).Add((x, y, text, owner));
    }

    /// <summary>
    /// Who drew the letters inside a word's box (points, y down from the top of the page), in their order: the owner
    /// (an MCID or <see cref="Artifact"/>) of each letter whose centre lies in the box, or, when none does, of the
    /// letter nearest the box's centre.
    /// </summary>
    public IReadOnlyList<(string Text, int Owner)> LettersIn(double left, double top, double right, double bottom)
    {
        var found = new List<(double X, string Text, int Owner)>();
        for (var row = (int)Math.Floor((top - 0.5) / Row); row <= (int)Math.Floor((bottom + 0.5) / Row); row++)
        {
            if (!_rows.TryGetValue(row, out var letters))
            {
                continue;
            }

            foreach (var (x, y, text, owner) in letters)
            {
                if (x >= left - 0.5 && x <= right + 0.5 && y >= top - 0.5 && y <= bottom + 0.5)
                {
                    found.Add((x, text, owner));
                }
            }
        }

        if (found.Count == 0 && _all.Count > 0)
        {
            var (cx, cy) = ((left + right) / 2, (top + bottom) / 2);
            var nearest = _all.MinBy(letter => Math.Abs(letter.X - cx) + Math.Abs(letter.Y - cy));
            return [(nearest.Text, nearest.Owner)];
        }

        return [.. found.OrderBy(letter => letter.X).Select(letter => (letter.Text, letter.Owner))];
    }
}
