using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>Figures: the image scaled down to fit the text block (at most about 60% of its height), centred, caption below.</summary>
internal static class FigureLayout
{
    public static List<Slice> Layout(FigureBlock figure, float width, TextStyle body, LayoutContext context)
    {
        var type = context.Typography;
        var (imageWidth, imageHeight) = ImageSizing.Fit(figure.Image, width, type.MaxFigureHeight);
        var left = (width - imageWidth) / 2;
        var gap = type.BodySize * 0.5f;

        // Tagged as a Div holding the Figure (whose /Alt a reader hears instead of the picture) and its Caption beside
        // it, not inside: a reader that speaks a figure's /Alt skips its kids. A decorative image is an artifact.
        var group = context.Open(StructureRole.Div, figure.ContentLanguage);
        var image = figure.Decorative ? null : group?.Add(new StructureNode(StructureRole.Figure) { Alt = FigureText.Alt(figure.AltText, figure.Image, figure.Caption) });
        var caption = figure.Caption.Count == 0 ? null : group?.Add(figure.Decorative ? StructureRole.P : StructureRole.Caption);
        var slices = new List<Slice>
        {
            new(imageHeight, [new ImageItem(new SKRect(left, 0, left + imageWidth, imageHeight), PageImage.For(figure.Image))
            {
                Content = image?.Content(),
                Artifact = group is not null && image is null ? ArtifactKind.Layout : ArtifactKind.None,
            }])
            {
                SpaceBefore = type.ParagraphGap * 1.5f,
                KeepWithNext = figure.Caption.Count > 0,
            },
        };

        if (figure.Caption.Count > 0)
        {
            var captionStyle = body with { Face = FontFace.SerifItalic, Size = body.Size * 0.9f, Color = Typography.MutedColor };
            var lines = TextBlock.Lines(figure.Caption, captionStyle, Math.Min(width, Math.Max(imageWidth, width * 0.75f)), TextAlignment.Center, context, 1.35f, structure: caption);
            var captionLeft = (width - Math.Min(width, Math.Max(imageWidth, width * 0.75f))) / 2;
            var captions = TextBlock.ToSlices(lines, gap, x: captionLeft);
            captions[^1] = captions[^1] with { Height = captions[^1].Height + gap };
            slices.AddRange(captions);
        }

        return slices;
    }
}
