using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// A run of pages numbered the same way: from physical page <paramref name="FirstPageIndex"/> on, labelled in
/// <paramref name="Style"/> starting at <paramref name="FirstNumber"/>, or a named page labelled
/// <paramref name="Prefix"/> alone. One entry of the PDF's /PageLabels tree.
/// </summary>
internal sealed record PageLabelRange(int FirstPageIndex, PageNumberStyle Style, int FirstNumber, string? Prefix = null)
{
    /// <summary>The fewest ranges that label every page with its printed folio.</summary>
    public static IReadOnlyList<PageLabelRange> From(IReadOnlyList<PageFrame> pages)
    {
        var ranges = new List<PageLabelRange>();
        PageFrame? previous = null;
        for (var index = 0; index < pages.Count; index++)
        {
            var page = pages[index];
            if (page.Label is not null)
            {
                ranges.Add(new PageLabelRange(index, PageNumberStyle.None, page.Number, page.Label));
            }
            else if (previous is null || previous.Label is not null || !Continues(previous, page))
            {
                ranges.Add(new PageLabelRange(index, page.NumberStyle, page.Number));
            }

            previous = page;
        }

        return ranges;
    }

    private static bool Continues(PageFrame previous, PageFrame page) =>
        page.NumberStyle == previous.NumberStyle &&
        (page.NumberStyle == PageNumberStyle.None || page.Number == previous.Number + 1);
}
