namespace Publisher.Pdf.Layout;

/// <summary>
/// A table row too tall for a page, cut into bands: band <c>i</c> holds line <c>i</c> of every cell, so the page flow
/// can break the row between any two lines, as it breaks a paragraph, and repeat the header rows after the break.
/// The first band carries the row's top padding (and the table's top rule), the last its bottom padding and rule.
/// The first two and the last two bands stay together, so a page never holds a single line of the row.
/// A band is never cut: a line taller than a page is still clipped by <see cref="PageFlow"/> (PUB301).
/// </summary>
internal static class TallTableRow
{
    public static List<Slice> Split(List<CellLines> cells, float width, float padding, bool isFirstRow)
    {
        var count = cells.Max(cell => cell.Lines.Count);
        var bands = new List<Slice>(count);
        for (var i = 0; i < count; i++)
        {
            var isFirstBand = i == 0;
            var isLastBand = i == count - 1;
            var top = isFirstBand ? padding : 0;
            var lines = cells.Where(cell => i < cell.Lines.Count).Select(cell => (cell.X, Line: cell.Lines[i])).ToList();
            var height = top + lines.Max(l => l.Line.Height) + (isLastBand ? padding : 0);

            var items = new List<PageItem>();
            foreach (var (x, line) in lines)
            {
                items.AddRange(PageItems.Translate(line.Items, x + padding, top));
            }

            if (isFirstBand && isFirstRow)
            {
                items.Add(TableLayout.TopRule(width));
            }

            if (isLastBand)
            {
                items.Add(TableLayout.BottomRule(width, height, isHeader: false));
            }

            bands.Add(new Slice(height, items)
            {
                FirstBaseline = top + lines[0].Line.Baseline,
                KeepWithNext = TextBlock.KeepsWithNext(i, count),
            });
        }

        return bands;
    }
}
