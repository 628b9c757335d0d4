using Publisher.Pdf.Text;

namespace Publisher.Pdf.Layout;

/// <summary>A part's title page: the part's title, large and centred a third of the way down, with its destination.</summary>
internal static class PartTitlePage
{
    public static List<PlacedSlice> Layout(string title, int partIndex, LayoutContext context)
    {
        var type = context.Typography;
        var style = type.Style(FontFace.SansBold, type.BodySize * 2.6f, Typography.HeadingColor);
        var items = new List<PageItem> { new AnchorItem(DestinationNames.Part(partIndex), new SkiaSharp.SKPoint(0, 0)) };
        var y = type.TextHeight * 0.33f;
        foreach (var line in TextBlock.Lines([new Document.TextInline(title)], style, type.TextWidth, TextAlignment.Center, context, 1.15f))
        {
            items.AddRange(PageItems.Translate(line.Items, 0, y));
            y += line.Height;
        }

        var rule = y + type.BodySize * 1.4f;
        items.Add(new LineItem(new SkiaSharp.SKPoint((type.TextWidth - 60) / 2, rule), new SkiaSharp.SKPoint((type.TextWidth + 60) / 2, rule), 1.5f, Typography.AccentColor));
        return [new PlacedSlice(new Slice(type.TextHeight, items), 0)];
    }
}
