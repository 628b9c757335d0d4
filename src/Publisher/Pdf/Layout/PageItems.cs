using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>Moves page items: layout builds them relative to their block and places them on the page later.</summary>
internal static class PageItems
{
    public static PageItem Translate(PageItem item, float dx, float dy) => item switch
    {
        TextRunItem text => text with { X = text.X + dx, Baseline = text.Baseline + dy },
        RectItem rect => rect with { Rect = Offset(rect.Rect, dx, dy) },
        LineItem line => line with { From = new SKPoint(line.From.X + dx, line.From.Y + dy), To = new SKPoint(line.To.X + dx, line.To.Y + dy) },
        ImageItem image => image with { Rect = Offset(image.Rect, dx, dy) },
        LinkItem link => link with { Rect = Offset(link.Rect, dx, dy) },
        AnchorItem anchor => anchor with { Position = new SKPoint(anchor.Position.X + dx, anchor.Position.Y + dy) },
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown page item."),
    };

    public static IEnumerable<PageItem> Translate(IEnumerable<PageItem> items, float dx, float dy) =>
        items.Select(item => Translate(item, dx, dy));

    /// <summary>
    /// The items as artifacts of <paramref name="kind"/> (those already artifacts keep their kind). Link areas are left
    /// out: a link must belong to a Link element, and an artifact's copy of one (a repeated table header) adds nothing.
    /// </summary>
    public static IEnumerable<PageItem> AsArtifacts(IEnumerable<PageItem> items, ArtifactKind kind) =>
        items.Where(item => item is not LinkItem).Select(item => item is AnchorItem
            ? item
            : item with { Content = null, Artifact = item.Artifact == ArtifactKind.None ? kind : item.Artifact });

    /// <summary>The items, where they are neither content nor artifacts yet, as content of <paramref name="content"/>.</summary>
    public static IEnumerable<PageItem> AsContent(IEnumerable<PageItem> items, StructureContent? content) =>
        content is null ? items : items.Select(item => item is AnchorItem || item.Content is not null || item.Artifact != ArtifactKind.None
            ? item
            : item with { Content = content });

    /// <summary>The lowest y an item reaches, to find content that runs past the foot of the text block.</summary>
    public static float Bottom(PageItem item) => item switch
    {
        TextRunItem text => text.Baseline,
        RectItem rect => rect.Rect.Bottom,
        LineItem line => Math.Max(line.From.Y, line.To.Y),
        ImageItem image => image.Rect.Bottom,
        LinkItem link => link.Rect.Bottom,
        AnchorItem anchor => anchor.Position.Y,
        _ => 0,
    };

    private static SKRect Offset(SKRect rect, float dx, float dy) =>
        new(rect.Left + dx, rect.Top + dy, rect.Right + dx, rect.Bottom + dy);
}
