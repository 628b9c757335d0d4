using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>One line of the table of contents: a part, a chapter or a section, its depth, and the page it starts on.</summary>
internal sealed record ContentsLine(int Level, string Title, string Destination, string PageLabel)
{
    public OutlineKind Kind { get; init; } = Level == 1 ? OutlineKind.Chapter : OutlineKind.Section;
}

/// <summary>
/// The table of contents as slices: a title, then every entry of the book's outline with dot leaders to a
/// right-aligned page number, each entry a link to its destination.
/// </summary>
internal static class ContentsPages
{
    public static List<ContentsLine> Lines(BookDocument document, IReadOnlyDictionary<string, int> bodyPageOfAnchor)
    {
        var lines = new List<ContentsLine>();
        Add(BookOutline.Of(document), OutlineKind.Part, bodyPageOfAnchor, lines);
        return lines;
    }

    // A chapter nested under another chapter (an mdBook sub-chapter) is set like a section, not like a chapter.
    private static void Add(IEnumerable<OutlineItem> entries, OutlineKind parent, IReadOnlyDictionary<string, int> pages, List<ContentsLine> lines)
    {
        foreach (var entry in entries)
        {
            var destination = DestinationNames.Of(entry);
            var kind = entry.Kind == OutlineKind.Chapter && parent == OutlineKind.Chapter ? OutlineKind.Section : entry.Kind;
            lines.Add(new ContentsLine(entry.Level, entry.Title, destination, Label(pages, destination)) { Kind = kind });
            Add(entry.Children, entry.Kind, pages, lines);
        }
    }

    private static string Label(IReadOnlyDictionary<string, int> pages, string anchor) =>
        pages.TryGetValue(anchor, out var page) ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    public static List<Slice> Layout(IReadOnlyList<ContentsLine> entries, string title, LayoutContext context)
    {
        var type = context.Typography;
        var width = type.TextWidth;
        var slices = new List<Slice>();
        var titleStyle = type.ChapterTitle with { Size = type.BodySize * 2f };
        var titleLines = TextBlock.Lines([new TextInline(title)], titleStyle, width, TextAlignment.Left, context, 1.2f);
        var top = type.TextHeight * 0.06f;
        var titleSlices = TextBlock.ToSlices(titleLines, 0, keepAllWithNext: true);
        titleSlices[0] = new Slice(titleSlices[0].Height + top, PageItems.Translate(titleSlices[0].Items, 0, top).ToList()) { KeepWithNext = true };
        titleSlices[^1] = titleSlices[^1] with { Height = titleSlices[^1].Height + type.BodySize * 1.5f };
        slices.AddRange(titleSlices);

        foreach (var entry in entries)
        {
            slices.AddRange(Entry(entry, context));
        }

        return slices;
    }

    private static List<Slice> Entry(ContentsLine entry, LayoutContext context)
    {
        var type = context.Typography;
        var width = type.TextWidth;
        var style = entry.Kind switch
        {
            OutlineKind.Part => type.Style(FontFace.SansBold, type.BodySize * 1.15f, Typography.HeadingColor),
            OutlineKind.Chapter => type.Style(FontFace.SansBold, type.BodySize, Typography.HeadingColor),
            _ => type.Style(FontFace.Serif, type.BodySize * 0.95f, Typography.TextColor),
        };
        var indent = (entry.Level - 1) * type.BodySize * 1.6f;
        var numberColumn = type.BodySize * 3f;
        var lines = TextBlock.Lines([new TextInline(entry.Title)], style, width - indent - numberColumn, TextAlignment.Left, context, 1.4f);
        var slices = new List<Slice>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var items = PageItems.Translate(line.Items, indent, 0).ToList();
            if (i == lines.Count - 1)
            {
                var number = TextBlock.Compose(InlineCollector.Collect(entry.PageLabel, style, context), style, numberColumn, TextAlignment.Right, 1.4f)[0];
                var numberLeft = width - number.Width;
                items.AddRange(Leaders(style, indent + line.Width, numberLeft, line.Baseline, type.BodySize));
                items.AddRange(PageItems.Translate(number.Items, width - numberColumn, line.Baseline - number.Baseline));
            }

            items.Add(new LinkItem(new SKRect(indent, 0, width, line.Height), null, entry.Destination));
            slices.Add(new Slice(line.Height, items)
            {
                SpaceBefore = i > 0 ? 0 : entry.Kind == OutlineKind.Part ? type.BodySize * 1.2f : entry.Level == 1 ? type.BodySize * 0.7f : type.BodySize * 0.1f,
                KeepWithNext = i < lines.Count - 1,
                FirstBaseline = line.Baseline,
            });
        }

        return slices;
    }

    /// <summary>Dots on a grid shared by every entry, so leaders line up down the page.</summary>
    private static IEnumerable<PageItem> Leaders(TextStyle style, float from, float to, float baseline, float bodySize)
    {
        var dot = style.Fonts.Shape(FontFace.Serif, ".");
        if (dot.Runs.Count == 0 || dot.Runs[0].Glyphs.Length == 0)
        {
            yield break;
        }

        var spacing = bodySize * 0.6f;
        var gap = bodySize * 0.5f;
        var first = MathF.Ceiling((from + gap) / spacing) * spacing;
        var glyphs = new List<ushort>();
        var xs = new List<float>();
        for (var x = first; x + spacing <= to - gap + 0.01f; x += spacing)
        {
            glyphs.Add(dot.Runs[0].Glyphs[0]);
            xs.Add(x - first);
        }

        if (glyphs.Count == 0)
        {
            yield break;
        }

        var text = new string('.', glyphs.Count);
        var clusters = Enumerable.Range(0, glyphs.Count).Select(i => (uint)i).ToArray();
        yield return new TextRunItem(first, baseline, dot.Runs[0].Font.Typeface, bodySize * 0.9f, [.. glyphs], [.. xs], text, clusters, Typography.MutedColor);
    }
}
