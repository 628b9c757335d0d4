using AngleSharp.Dom;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>
/// HTML tables: header rows from <c>thead</c> (or leading rows of <c>th</c> cells), cells with their spans and
/// alignment, the caption as a centred paragraph above. A cell holds text: its paragraphs become lines, and a
/// table inside a cell is moved after the table (PUB232).
/// </summary>
internal static class HtmlTables
{
    public static List<FlowItem> Table(IElement table, HtmlConverter converter, int depth)
    {
        var header = new List<TableRow>();
        var body = new List<TableRow>();
        var footer = new List<TableRow>();
        var moved = new List<Block>();
        var before = new List<Block>();
        foreach (var child in table.Children)
        {
            switch (child.LocalName)
            {
                case "caption":
                    var (caption, captionMoved) = converter.InlinesOf(child, depth);
                    if (caption.Count > 0)
                    {
                        before.Add(new ParagraphBlock(caption) { Alignment = BlockAlignment.Center });
                    }

                    moved.AddRange(captionMoved);
                    break;
                case "thead" or "tbody" or "tfoot":
                    var sectionId = converter.Attributes(child).Id;
                    var rows = child.Children.Where(c => c.LocalName == "tr").Select(row => Row(row, converter, depth, moved, child.LocalName == "thead")).ToList();
                    if (sectionId is not null)
                    {
                        rows = rows.Count > 0 ? [WithAnchor(rows[0], sectionId), .. rows.Skip(1)] : rows;
                        if (rows.Count == 0)
                        {
                            before.Add(new ParagraphBlock([new AnchorInline(sectionId)]));
                        }
                    }

                    (child.LocalName switch { "thead" => header, "tfoot" => footer, _ => body }).AddRange(rows);
                    break;
                case "tr":
                    body.Add(Row(child, converter, depth, moved, inHeader: false));
                    break;
                case "colgroup" or "col":
                    converter.Attributes(child);
                    break;
            }
        }

        body.AddRange(footer);
        if (header.Count == 0)
        {
            // Without a thead, leading rows of header cells are the header, as a browser shows them.
            while (body.Count > 1 && body[0].Cells.Count > 0 && body[0].Cells.All(c => c.IsHeader))
            {
                header.Add(new TableRow([.. body[0].Cells.Select(c => c with { IsHeader = false })]));
                body.RemoveAt(0);
            }
        }

        if (moved.Count > 0)
        {
            converter.Warn(DiagnosticCodes.HtmlElementMoved, "A table inside a table cell was moved after the table: a cell holds only text and pictures", table);
        }

        var items = before.Select(FlowItem.Of).ToList();
        if (header.Count + body.Count > 0)
        {
            items.Add(new TableBlock([], header, body));
        }

        items.AddRange(moved.Select(FlowItem.Of));
        return items;
    }

    /// <summary>An id of a row or row group lands in the row's first cell.</summary>
    private static TableRow WithAnchor(TableRow row, string id) =>
        row.Cells.Count == 0
            ? new TableRow([new TableCell([new AnchorInline(id)])])
            : new TableRow([row.Cells[0] with { Content = [new AnchorInline(id), .. row.Cells[0].Content] }, .. row.Cells.Skip(1)]);

    private static TableRow Row(IElement row, HtmlConverter converter, int depth, List<Block> moved, bool inHeader)
    {
        var rowAlignment = Alignment(row.GetAttribute("align"));
        var rowId = converter.Attributes(row).Id;
        var cells = new List<TableCell>();
        foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
        {
            var (content, cellMoved) = converter.InlinesOf(cell, depth);
            moved.AddRange(cellMoved);
            var alignment = Alignment(cell.GetAttribute("align")) ?? Alignment(StyleTextAlign(cell.GetAttribute("style"))) ?? rowAlignment ?? ColumnAlignment.Default;
            cells.Add(new TableCell(content)
            {
                ColumnSpan = Span(cell.GetAttribute("colspan"), 1000),
                RowSpan = Span(cell.GetAttribute("rowspan"), 65534),
                IsHeader = cell.LocalName == "th" && !inHeader,
                Alignment = alignment,
            });
        }

        var tableRow = new TableRow(cells);
        return rowId is null ? tableRow : WithAnchor(tableRow, rowId);
    }

    private static int Span(string? value, int max) =>
        int.TryParse(value, out var span) && span > 1 ? Math.Min(span, max) : 1;

    private static ColumnAlignment? Alignment(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "left" => ColumnAlignment.Left,
        "center" or "middle" => ColumnAlignment.Center,
        "right" => ColumnAlignment.Right,
        _ => null,
    };

    private static string? StyleTextAlign(string? style) =>
        style?.Split(';').Select(d => d.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("text-align", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1]).FirstOrDefault();
}
