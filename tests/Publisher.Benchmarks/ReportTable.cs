using System.Globalization;

namespace Publisher.Benchmarks;

/// <summary>Prints measurements as a plain-text table.</summary>
internal static class ReportTable
{
    public static void Print(IReadOnlyList<Measurement> rows, TextWriter output)
    {
        string[] header = ["format", "chapters", "pages", "publish s", "cpu s", "process s", "pages/s", "peak MB", "status"];
        var cells = rows.Select(row => new[]
        {
            row.Format.ToString().ToUpperInvariant(),
            F(row.Chapters),
            row.Pages is { } pages ? F(pages) : "-",
            row.Measured ? F(row.PublishSeconds, "0.00") : "-",
            row.Measured ? F(row.CpuSeconds, "0.00") : "-",
            row.Measured ? F(row.ProcessWallTime.TotalSeconds, "0.00") : "-",
            row.Measured && row.PagesPerSecond is { } rate ? F(rate, "0") : "-",
            row.Measured ? F(row.PeakMegabytes, "0") : "-",
            row.Report.Error is null ? "ok" : Shorten(row.Report.Error),
        }).ToList();

        Write([header, .. cells], output);
    }

    /// <summary>Time per chapter at each book size: flat means linear growth.</summary>
    public static void PrintScaling(IReadOnlyList<Measurement> rows, TextWriter output)
    {
        string[] header = ["format", "chapters", "publish s", "ms/chapter", "vs smallest"];
        var cells = new List<string[]>();
        foreach (var group in rows.Where(row => row.Measured && row.Format != BenchFormat.All).GroupBy(row => row.Format))
        {
            var smallest = group.First();
            var baseline = smallest.Report.PublishMilliseconds / smallest.Chapters;
            cells.AddRange(group.Select(row =>
            {
                var perChapter = row.Report.PublishMilliseconds / row.Chapters;
                return new[] { row.Format.ToString().ToUpperInvariant(), F(row.Chapters), F(row.PublishSeconds, "0.00"), F(perChapter, "0.0"), F(perChapter / baseline, "0.00") + "x" };
            }));
        }

        output.WriteLine();
        output.WriteLine(cells.Count == 0 ? "scaling: not measurable yet" : "scaling (time per chapter; about 1.00x at every size means linear):");
        if (cells.Count > 0)
        {
            Write([header, .. cells], output);
        }
    }

    public static void Write(IReadOnlyList<string[]> table, TextWriter output)
    {
        var widths = Enumerable.Range(0, table[0].Length).Select(column => table.Max(row => row[column].Length)).ToArray();
        foreach (var row in table)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd());
        }
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "...";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string F(int value) => value.ToString(CultureInfo.InvariantCulture);
}
