using System.Globalization;
using Publisher.Document;
using Publisher.Pdf.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Body first, margins after: places a page's content in its text block (inner and outer margins alternate on
/// facing pages) and adds the running header and the folio once the page's number is known.
/// </summary>
internal static class PageFinisher
{
    public static PageFrame Finish(
        IEnumerable<PlacedSlice> content, PageNumberStyle style, int number, string? header, bool folio, LayoutContext context)
    {
        var type = context.Typography;
        var settings = type.Settings;
        var left = type.TextLeft(number);
        var items = new List<PageItem>();
        foreach (var placed in content)
        {
            items.AddRange(PageItems.Translate(placed.Slice.Items, left, settings.MarginTop + placed.Y));
        }

        if (header is not null)
        {
            var headerStyle = type.Small();
            var line = TextBlock.Lines([new TextInline(header)], headerStyle, type.TextWidth, TextAlignment.Center, context, 1.2f)[0];
            var baseline = settings.MarginTop - type.BodySize * 2.2f;
            items.AddRange(PageItems.AsArtifacts(PageItems.Translate(line.Items, left, baseline - line.Baseline), ArtifactKind.Pagination));
            var ruleY = baseline + type.BodySize * 0.7f;
            items.Add(new LineItem(new SKPoint(left, ruleY), new SKPoint(left + type.TextWidth, ruleY), 0.4f, Typography.RuleColor) { Artifact = ArtifactKind.Pagination });
        }

        if (folio)
        {
            var text = style == PageNumberStyle.LowerRoman ? RomanNumerals.ToLower(number) : number.ToString(CultureInfo.InvariantCulture);
            var folioStyle = type.Small() with { Size = type.BodySize * 0.85f };
            var line = TextBlock.Lines([new TextInline(text)], folioStyle, type.TextWidth, TextAlignment.Center, context, 1.2f)[0];
            var baseline = settings.PageHeight - settings.MarginBottom + Math.Min(type.BodySize * 3f, settings.MarginBottom * 0.55f);
            items.AddRange(PageItems.AsArtifacts(PageItems.Translate(line.Items, left, baseline - line.Baseline), ArtifactKind.Pagination));
        }

        return new PageFrame(settings.PageWidth, settings.PageHeight, style, number, items);
    }
}
