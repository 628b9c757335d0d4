using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Figures: the image at the width its author asked for, or its own size, scaled down to fit the text block (at
/// most about 60% of its height); centred unless aligned left or right; the caption below; a link over it when
/// the picture links somewhere.
/// </summary>
internal static class FigureLayout
{
    public static List<Slice> Layout(FigureBlock figure, float width, TextStyle body, LayoutContext context)
    {
        var type = context.Typography;
        var (imageWidth, imageHeight) = Size(figure, width, type.MaxFigureHeight);
        var left = figure.Alignment switch
        {
            BlockAlignment.Left => 0,
            BlockAlignment.Right => width - imageWidth,
            _ => (width - imageWidth) / 2,
        };
        var gap = type.BodySize * 0.5f;
        var rect = new SKRect(left, 0, left + imageWidth, imageHeight);
        var items = new List<PageItem> { new ImageItem(rect, PageImage.For(figure.Image)) };
        if (figure.Link is { } link)
        {
            items.Add(link switch
            {
                ExternalTarget external => new LinkItem(rect, external.Url, null),
                InternalTarget inside => new LinkItem(rect, null, DestinationNames.For(inside.ChapterIndex, inside.AnchorId)),
                _ => throw new ArgumentOutOfRangeException(nameof(figure), link.GetType().Name, "Unknown link target."),
            });
        }

        var slices = new List<Slice>
        {
            new(imageHeight, items)
            {
                SpaceBefore = type.ParagraphGap * 1.5f,
                KeepWithNext = figure.Caption.Count > 0,
            },
        };

        if (figure.Caption.Count > 0)
        {
            var captionStyle = body with { Face = FontFace.SerifItalic, Size = body.Size * 0.9f, Color = Typography.MutedColor };
            var captionWidth = Math.Min(width, Math.Max(imageWidth, width * 0.75f));
            var alignment = figure.Alignment switch
            {
                BlockAlignment.Left => TextAlignment.Left,
                BlockAlignment.Right => TextAlignment.Right,
                _ => TextAlignment.Center,
            };
            var captionLeft = figure.Alignment switch
            {
                BlockAlignment.Left => 0,
                BlockAlignment.Right => width - captionWidth,
                _ => (width - captionWidth) / 2,
            };
            var lines = TextBlock.Lines(figure.Caption, captionStyle, captionWidth, alignment, context, 1.35f);
            var captions = TextBlock.ToSlices(lines, gap, x: captionLeft);
            captions[^1] = captions[^1] with { Height = captions[^1].Height + gap };
            slices.AddRange(captions);
        }

        return slices;
    }

    private static (float Width, float Height) Size(FigureBlock figure, float width, float maxHeight)
    {
        if (figure.Width is not { } asked)
        {
            return ImageSizing.Fit(figure.Image, width, maxHeight);
        }

        var (askedWidth, askedHeight) = ImageSizing.Scaled(figure.Image, asked, width);
        var scale = Math.Min(1f, Math.Min(width / askedWidth, maxHeight / askedHeight));
        return (askedWidth * scale, askedHeight * scale);
    }
}
