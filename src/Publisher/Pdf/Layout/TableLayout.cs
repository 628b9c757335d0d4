using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Tables: column widths from the content's narrowest and natural widths, wrapped cells, column or cell alignment,
/// cells spanning columns (<see cref="TableGrid"/>), one slice per row, and header rows repeated on the next page after a break. A body row taller than a page
/// (with its header) is cut between lines instead (<see cref="TallTableRow"/>), so no words are lost.
/// </summary>
internal static class TableLayout
{
    public static List<Slice> Layout(TableBlock table, float width, TextStyle body, LayoutContext context)
    {
        var type = context.Typography;
        var cellStyle = body with { Size = body.Size * 0.92f };
        var headerStyle = cellStyle with { Face = FontFace.SerifBold, Color = Typography.HeadingColor };
        var padding = type.BodySize * 0.45f;
        var grid = TableGrid.Of(table);
        if (grid.Columns == 0)
        {
            return [];
        }

        if (grid.HasRowSpans)
        {
            context.Diagnostics.Info(
                DiagnosticCodes.HtmlNotInPdf,
                "A table cell spans several rows (rowspan): the PDF shows its content in the first of them and leaves the others empty",
                context.Location);
        }

        TextStyle StyleOf(int row, TableCell cell) => row < table.HeaderRows.Count || cell.IsHeader ? headerStyle : cellStyle;
        List<TextPiece> Pieces(int row, GridCell? cell, float? maxImageWidth) =>
            cell is null ? [] : InlineCollector.Collect(cell.Cell.Content, StyleOf(row, cell.Cell), context, maxImageWidth: maxImageWidth);

        // Measured once to find the column widths; cells with pictures are collected again to fit their column.
        var pieces = grid.Rows.Select((cells, r) => cells.Select(cell => cell?.Span == 1 ? Pieces(r, cell, null) : []).ToList()).ToList();
        var widths = ColumnWidths(pieces, grid.Columns, width, padding);
        pieces = grid.Rows.Select((cells, r) => cells.Select((cell, c) => cell is null ? [] : Pieces(r, cell, CellWidth(widths, c, cell.Span) - 2 * padding)).ToList()).ToList();

        var headerSlices = new List<Slice>();
        var slices = new List<Slice>();
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var isHeader = r < table.HeaderRows.Count;
            var cells = ComposeCells(grid.Rows[r], pieces[r], widths, table.Alignments, cellStyle, padding);
            var tableWidth = widths.Sum();
            if (!isHeader && RowHeight(cells, padding) > type.TextHeight - headerSlices.Sum(h => h.Height))
            {
                // Inside the row, the repeated header gets the row's top padding under it, so the text clears its rule.
                List<Slice>? repeat = headerSlices.Count > 0 ? headerSlices : null;
                List<Slice>? repeatInside = repeat is null ? null : [.. headerSlices, new Slice(padding, [])];
                slices.AddRange(TallTableRow.Split(cells, tableWidth, padding, r == 0)
                    .Select((band, i) => band with
                    {
                        RepeatAfterBreak = i == 0 ? repeat : repeatInside,
                        Source = context.Location,
                        Start = i == 0 ? RowStart(r) : null,
                    }));
                continue;
            }

            var slice = Row(cells, tableWidth, padding, isHeader, r == 0);
            if (isHeader)
            {
                // The copies repeated after a page break have no place in the text of their own.
                slice = slice with { KeepWithNext = true };
                headerSlices.Add(slice);
            }
            else if (headerSlices.Count > 0)
            {
                slice = slice with { RepeatAfterBreak = headerSlices };
            }

            slices.Add(slice with { Source = context.Location, Start = RowStart(r) });
        }

        slices[0] = slices[0] with { SpaceBefore = type.ParagraphGap * 1.3f };
        slices[^1] = slices[^1] with { Height = slices[^1].Height + type.BodySize * 0.3f };
        return slices;
    }

    /// <summary>A row begins with its first cell (rows count header rows first, as in <see cref="BlockPaths"/>).</summary>
    private static BlockPosition RowStart(int row) => new([row, 0], 0);

    private static float CellWidth(float[] widths, int column, int span) =>
        widths.Skip(column).Take(span).Sum();

    /// <summary>Each cell's text broken into lines in its columns, with its left edge; a cell spanning columns is as wide as they are.</summary>
    private static List<CellLines> ComposeCells(
        IReadOnlyList<GridCell?> row, List<List<TextPiece>> cells, float[] widths, IReadOnlyList<ColumnAlignment> alignments, TextStyle style, float padding)
    {
        var composed = new List<CellLines>(widths.Length);
        var x = 0f;
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = row[c];
            if (cell is null)
            {
                x += widths[c];
                continue;
            }

            var alignment = cell.Cell.Alignment != ColumnAlignment.Default ? cell.Cell.Alignment
                : c < alignments.Count ? alignments[c] : ColumnAlignment.Default;
            var textAlignment = alignment switch
            {
                ColumnAlignment.Center => TextAlignment.Center,
                ColumnAlignment.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            };
            var cellWidth = CellWidth(widths, c, cell.Span);
            var lines = cells[c].Count == 0 ? [] : TextBlock.Compose(cells[c], style, cellWidth - 2 * padding, textAlignment, 1.35f);
            composed.Add(new CellLines(x, lines));
            x += widths[c];
        }

        return composed;
    }

    private static float RowHeight(List<CellLines> cells, float padding) =>
        cells.Max(cell => cell.Lines.Sum(l => l.Height)) + 2 * padding;

    /// <summary>A whole row as one slice: the cells' lines, a background for headers, and the rules.</summary>
    private static Slice Row(List<CellLines> cells, float width, float padding, bool isHeader, bool isFirst)
    {
        var items = new List<PageItem>();
        var rowHeight = RowHeight(cells, padding);
        if (isHeader)
        {
            items.Add(new RectItem(new SKRect(0, 0, width, rowHeight), Typography.TableHeaderBackground));
        }

        foreach (var (cellX, lines) in cells)
        {
            var y = padding;
            foreach (var line in lines)
            {
                items.AddRange(PageItems.Translate(line.Items, cellX + padding, y));
                y += line.Height;
            }
        }

        if (isFirst)
        {
            items.Add(TopRule(width));
        }

        items.Add(BottomRule(width, rowHeight, isHeader));
        return new Slice(rowHeight, items) { FirstBaseline = padding + (cells.FirstOrDefault(c => c.Lines.Count > 0)?.Lines[0].Baseline ?? 0) };
    }

    /// <summary>The strong rule above a table's first row.</summary>
    public static LineItem TopRule(float width) =>
        new(new SKPoint(0, 0), new SKPoint(width, 0), 1f, Typography.HeadingColor);

    /// <summary>The rule under a row: strong under headers, light between body rows.</summary>
    public static LineItem BottomRule(float width, float y, bool isHeader) =>
        new(new SKPoint(0, y), new SKPoint(width, y), isHeader ? 0.9f : 0.4f, isHeader ? Typography.HeadingColor : Typography.RuleColor);

    /// <summary>
    /// Natural widths when they fit; otherwise every column gets its narrowest width (longest word) plus a share of the
    /// rest in proportion to how much more it would like; if even the narrowest widths do not fit, they shrink
    /// proportionally and long words break.
    /// </summary>
    public static float[] ColumnWidths(List<List<List<TextPiece>>> rows, int columns, float width, float padding)
    {
        var min = new float[columns];
        var max = new float[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < columns; c++)
            {
                var (cellMin, cellMax) = Measure(row[c]);
                min[c] = Math.Max(min[c], cellMin + 2 * padding);
                max[c] = Math.Max(max[c], cellMax + 2 * padding);
            }
        }

        var widths = new float[columns];
        var sumMax = max.Sum();
        var sumMin = min.Sum();
        if (sumMax <= width)
        {
            // Spread what is left over evenly, so a table fills the measure like the text around it.
            var extra = (width - sumMax) / columns;
            for (var c = 0; c < columns; c++)
            {
                widths[c] = max[c] + extra;
            }
        }
        else if (sumMin <= width)
        {
            var share = (width - sumMin) / Math.Max(0.001f, sumMax - sumMin);
            for (var c = 0; c < columns; c++)
            {
                widths[c] = min[c] + (max[c] - min[c]) * share;
            }
        }
        else
        {
            for (var c = 0; c < columns; c++)
            {
                widths[c] = min[c] * width / sumMin;
            }
        }

        return widths;
    }

    private static (float Min, float Max) Measure(List<TextPiece> pieces)
    {
        var min = 0f;
        var max = 0f;
        var line = 0f;
        var word = 0f;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            word += piece.Width;
            line += piece.Width;
            if (piece.CanBreakAfter || piece.ForcedBreakAfter || i == pieces.Count - 1)
            {
                min = Math.Max(min, word);
                word = 0;
            }

            if (piece.ForcedBreakAfter)
            {
                max = Math.Max(max, line);
                line = 0;
            }
            else if (i < pieces.Count - 1)
            {
                line += piece.Glue;
            }
        }

        return (min, Math.Max(max, line));
    }
}
