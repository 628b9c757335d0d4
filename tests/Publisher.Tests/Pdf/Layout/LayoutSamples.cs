using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Tests.Pdf.Layout;

/// <summary>Small building blocks for layout tests: slices of known size, pages of known size, one-chapter books.</summary>
internal static class LayoutSamples
{
    public static Slice Box(float height, string name, bool keepWithNext = false, float spaceBefore = 0) =>
        new(height, [new AnchorItem(name, new SKPoint(0, 0))]) { KeepWithNext = keepWithNext, SpaceBefore = spaceBefore };

    public static string? Name(PlacedSlice placed) =>
        placed.Slice.Items.OfType<AnchorItem>().FirstOrDefault()?.Name;

    public static LayoutContext Context(float pageWidth = 400, float pageHeight = 600, float margin = 50)
    {
        var settings = new PdfSettings
        {
            PageWidth = pageWidth,
            PageHeight = pageHeight,
            MarginTop = margin,
            MarginBottom = margin,
            MarginInner = margin,
            MarginOuter = margin,
            FontSize = 10,
        };
        var chapter = new ChapterDocument(0, "content/01-test.md", "ch01", "Test", [], []);
        return new LayoutContext(new Typography(settings, FontSet.Bundled), chapter, new DiagnosticBag());
    }

    public static string Words(int count, int seed = 1)
    {
        string[] words = ["publishing", "a", "book", "is", "the", "craft", "of", "setting", "type", "with", "care", "and", "patience", "for", "readers"];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
    }

    public static BookDocument Book(PdfSettings settings, params ChapterDocument[] chapters) =>
        new(DocumentSamples.Metadata() with { Pdf = settings }, chapters, []);

    public static ChapterDocument Chapter(int index, string title, params Block[] blocks) =>
        new(index, $"content/{index + 1:00}-c.md", $"ch{index + 1:00}", title,
            [new HeadingBlock(1, $"title-{index}", [new TextInline(title)]) { Line = 1 }, .. blocks], []);

    public static ParagraphBlock Paragraph(string text) => new([new TextInline(text)]) { Line = 3 };
}
