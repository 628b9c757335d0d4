using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;

namespace Publisher.Tests.Pdf.Export;

public sealed class PageLabelRangeTests
{
    private static PageFrame Page(PageNumberStyle style, int number) => new(100, 100, style, number, []);

    [Fact]
    public void Front_matter_and_body_each_start_one_range()
    {
        var ranges = PageLabelRange.From(
        [
            Page(PageNumberStyle.None, 0),
            Page(PageNumberStyle.LowerRoman, 1),
            Page(PageNumberStyle.LowerRoman, 2),
            Page(PageNumberStyle.Decimal, 1),
            Page(PageNumberStyle.Decimal, 2),
            Page(PageNumberStyle.Decimal, 3),
        ]);

        Assert.Equal(
            [
                new PageLabelRange(0, PageNumberStyle.None, 0),
                new PageLabelRange(1, PageNumberStyle.LowerRoman, 1),
                new PageLabelRange(3, PageNumberStyle.Decimal, 1),
            ],
            ranges);
    }

    [Fact]
    public void A_jump_in_numbering_starts_a_new_range_at_the_printed_number()
    {
        var ranges = PageLabelRange.From(
        [
            Page(PageNumberStyle.Decimal, 1),
            Page(PageNumberStyle.Decimal, 2),
            Page(PageNumberStyle.Decimal, 7),
        ]);

        Assert.Equal(new PageLabelRange(2, PageNumberStyle.Decimal, 7), ranges[^1]);
        Assert.Equal(2, ranges.Count);
    }

    [Fact]
    public void Unnumbered_pages_in_a_row_share_one_range()
    {
        var ranges = PageLabelRange.From([Page(PageNumberStyle.None, 0), Page(PageNumberStyle.None, 0)]);

        Assert.Single(ranges);
    }
}
