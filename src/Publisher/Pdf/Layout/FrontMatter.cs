using Publisher.Document;
using Publisher.Pdf.Text;

namespace Publisher.Pdf.Layout;

/// <summary>
/// The cover (a whole page), the title page and the copyright page (items relative to the text block's top-left corner).
/// </summary>
internal static class FrontMatter
{
    /// <summary>
    /// The cover image over the whole page, no folio, labelled by name. The image fills the page keeping its aspect
    /// ratio, centred; what overhangs the page (a sliver when the proportions differ) is cut off by the page's edge.
    /// </summary>
    public static PageFrame CoverPage(ImageResource cover, Typography type, string label)
    {
        var (pageWidth, pageHeight) = (type.Settings.PageWidth, type.Settings.PageHeight);
        var (width, height) = ImageSizing.Natural(cover);
        var scale = Math.Max(pageWidth / width, pageHeight / height);
        var (drawnWidth, drawnHeight) = (width * scale, height * scale);
        var left = (pageWidth - drawnWidth) / 2;
        var top = (pageHeight - drawnHeight) / 2;
        var rect = new SkiaSharp.SKRect(left, top, left + drawnWidth, top + drawnHeight);
        return new PageFrame(pageWidth, pageHeight, PageNumberStyle.None, 0, [new ImageItem(rect, PageImage.For(cover))]) { Label = label };
    }

    public static List<PageItem> TitlePage(BookMetadata metadata, LayoutContext context)
    {
        var type = context.Typography;
        var width = type.TextWidth;
        var items = new List<PageItem>();
        var y = type.TextHeight * 0.22f;
        y = Add(items, metadata.Title, type.Style(FontFace.SansBold, type.BodySize * 2.7f, Typography.HeadingColor), y, width, context, 1.15f);
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
        {
            y = Add(items, metadata.Subtitle, type.Style(FontFace.SerifItalic, type.BodySize * 1.45f, Typography.MutedColor), y + type.BodySize * 0.8f, width, context, 1.3f);
        }

        items.Add(new LineItem(new SkiaSharp.SKPoint((width - 60) / 2, y + type.BodySize * 1.6f), new SkiaSharp.SKPoint((width + 60) / 2, y + type.BodySize * 1.6f), 1.5f, Typography.AccentColor));
        y += type.BodySize * 3.2f;
        if (metadata.Authors.Count > 0)
        {
            Add(items, string.Join(", ", metadata.Authors), type.Style(FontFace.Serif, type.BodySize * 1.3f, Typography.TextColor), y, width, context, 1.4f);
        }

        var foot = new List<string>();
        if (!string.IsNullOrWhiteSpace(metadata.Publisher))
        {
            foot.Add(metadata.Publisher);
        }

        if (!string.IsNullOrWhiteSpace(metadata.Version))
        {
            foot.Add(BookLabels.Format(BookLabels.For(metadata.Language).Version, metadata.Version));
        }

        var footY = type.TextHeight - foot.Count * type.BodySize * 1.5f;
        foreach (var line in foot)
        {
            footY = Add(items, line, type.Style(FontFace.Sans, type.BodySize * 0.95f, Typography.MutedColor), footY, width, context, 1.5f);
        }

        return items;
    }

    public static List<PageItem> CopyrightPage(BookMetadata metadata, LayoutContext context)
    {
        var type = context.Typography;
        var labels = BookLabels.For(metadata.Language);
        var style = type.Style(FontFace.Serif, type.BodySize * 0.85f, Typography.TextColor);
        var paragraphs = new List<(string Text, TextStyle Style)> { (metadata.Title, style with { Face = FontFace.SerifBold }) };
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
        {
            paragraphs.Add((metadata.Subtitle, style with { Face = FontFace.SerifItalic }));
        }

        if (metadata.Authors.Count > 0)
        {
            paragraphs.Add((BookLabels.Format(labels.ByAuthors, string.Join(", ", metadata.Authors)), style));
        }

        paragraphs.Add(("", style));
        if (!string.IsNullOrWhiteSpace(metadata.Rights))
        {
            paragraphs.Add((metadata.Rights, style));
        }

        if (!string.IsNullOrWhiteSpace(metadata.Version))
        {
            paragraphs.Add((BookLabels.Format(labels.Version, metadata.Version), style));
        }

        var date = string.IsNullOrWhiteSpace(metadata.Date) ? metadata.Modified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : metadata.Date;
        paragraphs.Add((BookLabels.Format(labels.Published, date), style));
        if (!string.IsNullOrWhiteSpace(metadata.Publisher))
        {
            paragraphs.Add((metadata.Publisher, style));
        }

        paragraphs.Add((metadata.Identifier, style with { Color = Typography.MutedColor }));
        paragraphs.Add(("", style));
        paragraphs.Add((labels.TypesetWith, style with { Color = Typography.MutedColor }));

        var laidOut = paragraphs.Select(p => TextBlock.Lines([new TextInline(p.Text)], p.Style, type.TextWidth, TextAlignment.Left, context, 1.5f)).ToList();
        var total = laidOut.Sum(lines => Math.Max(lines.Sum(l => l.Height), style.Size * 1.5f));
        var y = type.TextHeight - total;
        var items = new List<PageItem>();
        foreach (var lines in laidOut)
        {
            if (lines.Count == 0)
            {
                y += style.Size * 1.5f;
            }

            foreach (var line in lines)
            {
                items.AddRange(PageItems.Translate(line.Items, 0, y));
                y += line.Height;
            }
        }

        return items;
    }

    private static float Add(List<PageItem> items, string text, TextStyle style, float y, float width, LayoutContext context, float leading)
    {
        foreach (var line in TextBlock.Lines([new TextInline(text)], style, width, TextAlignment.Center, context, leading))
        {
            items.AddRange(PageItems.Translate(line.Items, 0, y));
            y += line.Height;
        }

        return y;
    }
}
