using Publisher.Book;

namespace Publisher.Tests.Book;

public sealed class PageGeometryTests
{
    [Theory]
    [InlineData("A4", 595.28f, 841.89f)]
    [InlineData("a4", 595.28f, 841.89f)]
    [InlineData("Letter", 612f, 792f)]
    [InlineData("A5", 419.53f, 595.28f)]
    [InlineData("6x9in", 432f, 648f)]
    [InlineData("6 x 9 in", 432f, 648f)]
    [InlineData("148mm x 210mm", 419.53f, 595.28f)]
    [InlineData("148 x 210mm", 419.53f, 595.28f)]
    [InlineData("14.8cm x 21cm", 419.53f, 595.28f)]
    [InlineData("400pt x 600pt", 400f, 600f)]
    [InlineData("5.5in × 8.5in", 396f, 612f)]
    public void Page_sizes_are_read_in_points(string text, float width, float height)
    {
        var size = PageGeometry.ParsePageSize(text);

        Assert.NotNull(size);
        Assert.Equal(width, size.Value.Width, 0.05f);
        Assert.Equal(height, size.Value.Height, 0.05f);
    }

    [Theory]
    [InlineData("B7")]
    [InlineData("148mm x")]
    [InlineData("0mm x 210mm")]
    [InlineData("148furlong x 210mm")]
    [InlineData("")]
    public void Unknown_page_sizes_are_refused(string text) => Assert.Null(PageGeometry.ParsePageSize(text));

    [Theory]
    [InlineData("en-US", 612f)]
    [InlineData("en-CA", 612f)]
    [InlineData("es-MX", 612f)]
    [InlineData("fil-PH", 612f)]
    [InlineData("es-CL", 612f)]
    [InlineData("es-CO", 612f)]
    [InlineData("es-VE", 612f)]
    [InlineData("en-us", 612f)]
    [InlineData("en", 595.28f)]
    [InlineData("en-GB", 595.28f)]
    [InlineData("de", 595.28f)]
    [InlineData("zh-Hant-TW", 595.28f)]
    [InlineData("sr-Latn-US", 612f)]
    public void The_default_page_is_Letter_in_Letter_regions_and_A4_elsewhere(string language, float width) =>
        Assert.Equal(width, PageGeometry.DefaultPageSize(language).Width);

    [Fact]
    public void Default_margins_leave_a_comfortable_text_block()
    {
        foreach (var (width, height) in new[] { PageGeometry.A4, PageGeometry.Letter, PageGeometry.A5, PageGeometry.UsTrade })
        {
            var margins = PdfSettings.DefaultMargins(width, height);

            Assert.Equal(margins.Inner, margins.Outer);
            Assert.InRange(margins.Inner, 36f, 80f);
            Assert.InRange(width - margins.Inner - margins.Outer, 0.7f * width, 0.8f * width);
            Assert.True(margins.Bottom > margins.Top, "the bottom margin holds the page number");
        }
    }

    [Fact]
    public void A_book_without_a_pdf_section_gets_the_same_settings_as_the_documents_default()
    {
        Assert.Equal(new PdfSettings(), new PdfManifest().ToSettings("en"));
        Assert.Equal(PdfSettings.ForPage(612f, 792f), new PdfManifest().ToSettings("en-US"));
        Assert.Equal(PdfSettings.DefaultMargins(612f, 792f).Inner, new PdfManifest().ToSettings("en-US").MarginInner);
    }

    [Theory]
    [InlineData("20mm", 56.69f)]
    [InlineData("2cm", 56.69f)]
    [InlineData("0.75in", 54f)]
    [InlineData("54pt", 54f)]
    [InlineData("54", 54f)]
    [InlineData(" 10.5 PT ", 10.5f)]
    public void Lengths_are_read_in_points(string text, float points) =>
        Assert.Equal(points, PageGeometry.ParseLength(text)!.Value, 0.01f);

    [Theory]
    [InlineData("-5mm")]
    [InlineData("5 furlongs")]
    [InlineData("mm")]
    public void Bad_lengths_are_refused(string text) => Assert.Null(PageGeometry.ParseLength(text));
}
