using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Tables: column widths from the content's narrowest and natural widths, wrapped cells, column alignment,
/// one slice per row (rows never split), and header rows repeated on the next page after a break.
/// </summary>
internal static class TableLayout
{
    public static List<Slice> Layout(TableBlock table, float width, TextStyle body, LayoutContext context)
    {
        var type = context.Typography;
        var cellStyle = body with { Size = body.Size * 0.92f };
        var headerStyle = cellStyle with { Face = FontFace.SerifBold, Color = Typography.HeadingColor };
        var padding = type.BodySize * 0.45f;
        var columns = Math.Max(table.Alignments.Count, table.HeaderRows.Concat(table.BodyRows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        if (columns == 0)
        {
            return [];
        }

        var rows = table.HeaderRows.Select(row => (Row: row, Style: headerStyle))
            .Concat(table.BodyRows.Select(row => (Row: row, Style: cellStyle)))
            .ToList();
        var pieces = rows.Select(r => Enumerable.Range(0, columns)
            .Select(c => c < r.Row.Cells.Count ? InlineCollector.Collect(r.Row.Cells[c].Content, r.Style, context) : [])
            .ToList()).ToList();
        var widths = ColumnWidths(pieces, columns, width, padding);

        var headerSlices = new List<Slice>();
        var slices = new List<Slice>();
        for (var r = 0; r < rows.Count; r++)
        {
            var isHeader = r < table.HeaderRows.Count;
            var slice = Row(pieces[r], widths, table.Alignments, rows[r].Style, padding, isHeader, r == 0);
            if (isHeader)
            {
                slice = slice with { KeepWithNext = true };
                headerSlices.Add(slice);
            }
            else if (headerSlices.Count > 0)
            {
                slice = slice with { RepeatAfterBreak = headerSlices };
            }

            slices.Add(slice with { Source = context.Location });
        }

        slices[0] = slices[0] with { SpaceBefore = type.ParagraphGap * 1.3f };
        slices[^1] = slices[^1] with { Height = slices[^1].Height + type.BodySize * 0.3f };
        return slices;
    }

    private static Slice Row(List<List<TextPiece>> cells, float[] widths, IReadOnlyList<ColumnAlignment> alignments, TextStyle style, float padding, bool isHeader, bool isFirst)
    {
        var items = new List<PageItem>();
        var height = 0f;
        var x = 0f;
        var cellLines = new List<(float X, List<TextLine> Lines)>();
        for (var c = 0; c < widths.Length; c++)
        {
            var alignment = c < alignments.Count ? alignments[c] : ColumnAlignment.Default;
            var textAlignment = alignment switch
            {
                ColumnAlignment.Center => TextAlignment.Center,
                ColumnAlignment.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            };
            var lines = cells[c].Count == 0 ? [] : TextBlock.Compose(cells[c], style, widths[c] - 2 * padding, textAlignment, 1.35f);
            cellLines.Add((x, lines));
            height = Math.Max(height, lines.Sum(l => l.Height));
            x += widths[c];
        }

        var rowHeight = height + 2 * padding;
        if (isHeader)
        {
            items.Add(new RectItem(new SKRect(0, 0, x, rowHeight), Typography.TableHeaderBackground));
        }

        foreach (var (cellX, lines) in cellLines)
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
            items.Add(new LineItem(new SKPoint(0, 0), new SKPoint(x, 0), 1f, Typography.HeadingColor));
        }

        items.Add(new LineItem(new SKPoint(0, rowHeight), new SKPoint(x, rowHeight), isHeader ? 0.9f : 0.4f, isHeader ? Typography.HeadingColor : Typography.RuleColor));
        return new Slice(rowHeight, items) { FirstBaseline = padding + (cellLines.FirstOrDefault(c => c.Lines.Count > 0).Lines?[0].Baseline ?? 0) };
    }

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
