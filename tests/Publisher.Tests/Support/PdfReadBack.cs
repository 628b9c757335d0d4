using System.Text.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace Publisher.Tests.Support;

/// <summary>
/// Reads a written PDF back the way a reader's tools see it: poppler's pdftotext and pdffonts, qpdf, and PdfPig.
/// Shared by every PDF test; each method returns plain values to assert on.
/// </summary>
internal static class PdfReadBack
{
    /// <summary>The text of the whole document (or of one 1-based page), as pdftotext extracts it.</summary>
    public static string Text(string pdfPath, int? page = null)
    {
        string[] pages = page is { } p ? ["-f", $"{p}", "-l", $"{p}"] : [];
        return Run(Validators.PdfToText, ["-enc", "UTF-8", .. pages, pdfPath, "-"]).Output;
    }

    /// <summary>Every font as pdffonts lists it.</summary>
    public static IReadOnlyList<PdfFontInfo> Fonts(string pdfPath)
    {
        var lines = Run(Validators.PdfFonts, [pdfPath]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Columns: name type encoding emb sub uni object ID; the type may contain spaces ("CID TrueType"),
        // so read the yes/no flags from the end of the line.
        return lines
            .SkipWhile(line => !line.StartsWith("----", StringComparison.Ordinal))
            .Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => new PdfFontInfo(
                Name: cells[0],
                Type: string.Join(' ', cells[1..^6]),
                Encoding: cells[^6],
                Embedded: cells[^5] == "yes",
                Subset: cells[^4] == "yes",
                HasToUnicode: cells[^3] == "yes"))
            .ToList();
    }

    /// <summary>qpdf's structural check: true and its report when the file is clean.</summary>
    public static (bool Clean, string Report) QpdfCheck(string pdfPath)
    {
        var result = Run(Validators.Qpdf, ["--check", pdfPath], allowFailure: true);
        var clean = result.ExitCode == 0 && !result.Output.Contains("WARNING", StringComparison.OrdinalIgnoreCase);
        return (clean, result.Output + result.Error);
    }

    /// <summary>qpdf's JSON view of the document (outlines, page labels, pages, objects).</summary>
    public static JsonDocument QpdfJson(string pdfPath) =>
        JsonDocument.Parse(Run(Validators.Qpdf, ["--json", pdfPath]).Output);

    /// <summary>
    /// Each embedded font program's size as stored in the file (after compression), by font name without the subset
    /// tag, read with qpdf. pdffonts trusts the subset tag in the name; this shows whether the font was really cut.
    /// </summary>
    public static IReadOnlyDictionary<string, long> EmbeddedFontSizes(string pdfPath)
    {
        using var json = QpdfJson(pdfPath);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var sizes = new Dictionary<string, long>();
        foreach (var entry in objects.EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("value", out var descriptor) ||
                descriptor.ValueKind != JsonValueKind.Object ||
                !descriptor.TryGetProperty("/Type", out var type) || type.GetString() != "/FontDescriptor")
            {
                continue;
            }

            var program = new[] { "/FontFile", "/FontFile2", "/FontFile3" }
                .Select(key => descriptor.TryGetProperty(key, out var reference) ? reference.GetString() : null)
                .FirstOrDefault(reference => reference is not null);
            if (program is null)
            {
                continue;
            }

            var stream = objects.GetProperty("obj:" + program).GetProperty("stream").GetProperty("dict");
            var name = descriptor.GetProperty("/FontName").GetString()!.TrimStart('/');
            sizes[name[(name.IndexOf('+') + 1)..]] = stream.GetProperty("/Length").GetInt64();
        }

        return sizes;
    }

    /// <summary>The page labels a viewer shows, page by page, read with qpdf.</summary>
    public static IReadOnlyList<string> PageLabels(string pdfPath)
    {
        using var json = QpdfJson(pdfPath);
        var pageCount = json.RootElement.GetProperty("pages").GetArrayLength();
        var ranges = json.RootElement.GetProperty("pagelabels").EnumerateArray()
            .Select(range => (
                Index: range.GetProperty("index").GetInt32(),
                Label: range.GetProperty("label")))
            .OrderBy(range => range.Index)
            .ToList();

        var labels = new List<string>();
        for (var page = 0; page < pageCount; page++)
        {
            var range = ranges.LastOrDefault(r => r.Index <= page);
            if (range.Label.ValueKind != JsonValueKind.Object)
            {
                labels.Add((page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            var start = range.Label.TryGetProperty("/St", out var st) ? st.GetInt32() : 1;
            var number = start + page - range.Index;
            var style = range.Label.TryGetProperty("/S", out var s) ? s.GetString() : null;
            // qpdf writes text strings as "u:" followed by the text.
            var prefix = range.Label.TryGetProperty("/P", out var p) ? p.GetString()!.Replace("u:", string.Empty, StringComparison.Ordinal) : string.Empty;
            labels.Add(prefix + style switch
            {
                "/D" => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "/r" => Roman(number).ToLowerInvariant(),
                "/R" => Roman(number),
                _ => string.Empty,
            });
        }

        return labels;
    }

    /// <summary>The outline (bookmarks) as a tree of titles and 1-based target pages, read with PdfPig.</summary>
    public static IReadOnlyList<PdfBookmark> Outline(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        return pdf.TryGetBookmarks(out var bookmarks) ? bookmarks.Roots.Select(ToBookmark).ToList() : [];

        static PdfBookmark ToBookmark(BookmarkNode node) => new(
            node.Title,
            node is DocumentBookmarkNode document ? document.PageNumber : -1,
            node.Children.Select(ToBookmark).ToList());
    }

    /// <summary>Every link annotation: its page, rectangle, and either its URI or the 1-based page it goes to.</summary>
    public static IReadOnlyList<PdfLink> Links(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var links = new List<PdfLink>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var annotation in page.GetAnnotations().Where(a => a.Type == AnnotationType.Link))
            {
                links.Add(annotation.Action switch
                {
                    UriAction uri => new PdfLink(page.Number, uri.Uri, null),
                    AbstractGoToAction goTo => new PdfLink(page.Number, null, goTo.Destination.PageNumber),
                    _ => new PdfLink(page.Number, null, null),
                });
            }
        }

        return links;
    }

    /// <summary>
    /// Runs a validator and returns what it printed; fails the test when it fails, unless <paramref name="allowFailure"/>.
    /// </summary>
    public static (int ExitCode, string Output, string Error) Run(Validator tool, IEnumerable<string> arguments, bool allowFailure = false)
    {
        var run = ExternalProcess.Run(tool.Require(), arguments);
        if (!allowFailure && run.ExitCode != 0)
        {
            Assert.Fail($"{tool.Name} failed: {run}");
        }

        return (run.ExitCode, run.StandardOutput, run.StandardError);
    }

    private static string Roman(int number)
    {
        var numerals = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var text = new System.Text.StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            for (; number >= value; number -= value)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }
}

/// <summary>One font of a PDF as pdffonts reports it.</summary>
internal sealed record PdfFontInfo(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool HasToUnicode);

/// <summary>One outline entry: title, 1-based target page, children.</summary>
internal sealed record PdfBookmark(string Title, int PageNumber, IReadOnlyList<PdfBookmark> Children);

/// <summary>One link annotation: the 1-based page it sits on, and its URI or 1-based target page.</summary>
internal sealed record PdfLink(int PageNumber, string? Uri, int? TargetPageNumber);
