using Publisher.Diagnostics;
namespace Publisher.Book;

/// <summary>Reads a text file of the book (a chapter or book.yml): strict UTF-8, then a check for mojibake.</summary>
internal static class TextFileReader
{
    // A file full of mojibake would otherwise bury every other diagnostic.
    private const int MaximumMojibakeReportsPerFile = 20;

    /// <summary>The decoded text (repaired when <paramref name="fixEncoding"/> is set), or null when it is not UTF-8.</summary>
    public static string? Read(byte[] bytes, string relativePath, bool fixEncoding, DiagnosticBag diagnostics)
    {
        var text = StrictUtf8.Decode(bytes, relativePath, diagnostics);
        if (text is null)
        {
            return null;
        }

        var runs = Mojibake.Find(text);
        ReportMojibake(runs, relativePath, fixEncoding, diagnostics);
        return fixEncoding ? Mojibake.RepairAll(text, runs) : text;
    }

    private static void ReportMojibake(IReadOnlyList<MojibakeRun> runs, string relativePath, bool repaired, DiagnosticBag diagnostics)
    {
        var message = repaired
            ? "repaired mis-decoded text (mojibake: UTF-8 that was read as Windows-1252)"
            : "mis-decoded text (mojibake: UTF-8 that was read as Windows-1252); --fix-encoding repairs it";
        foreach (var run in runs.Take(MaximumMojibakeReportsPerFile))
        {
            diagnostics.Warning(
                DiagnosticCodes.Mojibake,
                message,
                new SourceLocation(relativePath, run.Line, run.Column),
                Mojibake.Describe(run));
        }

        if (runs.Count > MaximumMojibakeReportsPerFile)
        {
            var first = runs[MaximumMojibakeReportsPerFile];
            diagnostics.Warning(
                DiagnosticCodes.Mojibake,
                $"{runs.Count - MaximumMojibakeReportsPerFile} more mis-decoded sequences in this file are not listed",
                new SourceLocation(relativePath, first.Line, first.Column));
        }
    }
}
