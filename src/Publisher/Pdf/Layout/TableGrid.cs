using Publisher.Document;

namespace Publisher.Pdf.Layout;

/// <summary>A cell placed in the grid: the cell and how many columns it covers.</summary>
internal sealed record GridCell(TableCell Cell, int Span);

/// <summary>
/// A table's rows placed on a grid of columns: a cell spanning columns takes its first column and leaves the
/// others null; a cell spanning rows leaves an empty cell in the rows below, which the PDF cannot merge.
/// </summary>
internal sealed record TableGrid(IReadOnlyList<IReadOnlyList<GridCell?>> Rows, int Columns, bool HasRowSpans)
{
    private static readonly TableCell Empty = new([]);

    public static TableGrid Of(TableBlock table)
    {
        var rows = table.HeaderRows.Concat(table.BodyRows).ToList();
        var placed = new List<List<GridCell?>>(rows.Count);
        var carried = new Dictionary<int, (int Rows, int Span)>(); // column -> rows still covered from above
        var hasRowSpans = false;
        foreach (var row in rows)
        {
            var cells = new List<GridCell?>();
            var column = 0;
            void Fill()
            {
                while (carried.TryGetValue(column, out var above))
                {
                    cells.Add(new GridCell(Empty, above.Span));
                    cells.AddRange(Enumerable.Repeat<GridCell?>(null, above.Span - 1));
                    carried[column] = above with { Rows = above.Rows - 1 };
                    if (above.Rows <= 1)
                    {
                        carried.Remove(column);
                    }

                    column += above.Span;
                }
            }

            foreach (var cell in row.Cells)
            {
                Fill();
                var span = Math.Max(1, cell.ColumnSpan);
                cells.Add(new GridCell(cell, span));
                cells.AddRange(Enumerable.Repeat<GridCell?>(null, span - 1));
                if (cell.RowSpan > 1)
                {
                    hasRowSpans = true;
                    carried[column] = (cell.RowSpan - 1, span);
                }

                column += span;
            }

            Fill();
            placed.Add(cells);
        }

        var columns = Math.Max(table.Alignments.Count, placed.Select(r => r.Count).DefaultIfEmpty(0).Max());
        foreach (var cells in placed)
        {
            while (cells.Count < columns)
            {
                cells.Add(new GridCell(Empty, 1));
            }
        }

        return new TableGrid(placed, columns, hasRowSpans);
    }
}
