using System.Text.Json;
using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using Publisher.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Publisher.Tests.Pdf.Export;

public sealed class PdfExporterTests(ExportedSample sample) : IClassFixture<ExportedSample>
{
    [Fact]
    public void Every_frame_becomes_a_page_of_its_own_size()
    {
        var frames = LaidOutSamples.Book().Pages;
        using var pdf = PdfDocument.Open(sample.Path);

        Assert.Equal(frames.Count, pdf.NumberOfPages);
        for (var i = 0; i < frames.Count; i++)
        {
            var page = pdf.GetPage(i + 1);
            Assert.Equal(frames[i].Width, page.Width, 0.5);
            Assert.Equal(frames[i].Height, page.Height, 0.5);
        }
    }

    [SkippableFact]
    public void Text_comes_back_word_for_word_including_ligatures_and_non_latin_scripts()
    {
        var ligatures = ShapedRuns.Shape(LaidOutSamples.LigatureLine, 0, 0);
        Assert.True(ligatures.Glyphs.Length < ligatures.Text.Length, "the test font should form ligatures");

        var chapterOne = PdfReadBack.Text(sample.Path, page: 4);

        Assert.Contains(LaidOutSamples.LigatureLine, chapterOne);
        Assert.Contains(LaidOutSamples.GreekLine, chapterOne);
        Assert.Contains(LaidOutSamples.CyrillicLine, chapterOne);
        Assert.Contains(LaidOutSamples.CodeLine, chapterOne);
    }

    [SkippableFact]
    public void Text_is_in_reading_order_across_pages()
    {
        var text = PdfReadBack.Text(sample.Path);

        var positions = new[] { "A Sample Book", "Contents", "More contents", LaidOutSamples.LigatureLine, "Details" }
            .Select(word => text.IndexOf(word, StringComparison.Ordinal))
            .ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [SkippableFact]
    public void Every_font_is_embedded_and_subset_with_a_unicode_map()
    {
        var fonts = PdfReadBack.Fonts(sample.Path);

        Assert.Contains(fonts, font => font.Name.EndsWith("+NotoSerif-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, font => font.Name.EndsWith("+JetBrainsMono-Regular", StringComparison.Ordinal));
        Assert.All(fonts, font =>
        {
            Assert.True(font.Embedded, $"{font.Name} is not embedded");
            Assert.True(font.Subset, $"{font.Name} is not subset");
            Assert.True(font.HasToUnicode, $"{font.Name} has no ToUnicode map");
        });
    }

    [SkippableTheory]
    [InlineData("NotoSerif-Regular", FontFace.Serif)]
    [InlineData("JetBrainsMono-Regular", FontFace.Mono)]
    internal void Fonts_of_text_runs_are_cut_down_to_the_glyphs_drawn(string fontName, FontFace face)
    {
        var embedded = PdfReadBack.EmbeddedFontSizes(sample.Path)[fontName];

        // A few dozen glyphs of a font with thousands: a small fraction of the file, even before compression.
        Assert.InRange(embedded, 1, ShapedRuns.FileSize(face) / 10);
    }

    [Fact]
    public void Outline_lists_chapters_with_their_sections_nested_on_their_pages()
    {
        var outline = PdfReadBack.Outline(sample.Path);

        Assert.Equal(["Chapter One", "Chapter Two"], outline.Select(entry => entry.Title));
        Assert.Equal([4, 5], outline.Select(entry => entry.PageNumber));
        Assert.Equal("Pictures", Assert.Single(outline[0].Children).Title);
        var details = Assert.Single(outline[1].Children);
        Assert.Equal(("Details", 5), (details.Title, details.PageNumber));
    }

    [SkippableFact]
    public void Outline_entries_land_at_the_height_where_their_heading_starts()
    {
        using var json = PdfReadBack.QpdfJson(sample.Path);
        var chapterTwo = json.RootElement.GetProperty("outlines")[1];
        var section = chapterTwo.GetProperty("kids")[0];

        Assert.Equal(LaidOutSamples.Height - 60, Top(chapterTwo), 0.5);
        Assert.Equal(LaidOutSamples.Height - 400, Top(section), 0.5);

        static double Top(JsonElement entry)
        {
            var destination = entry.GetProperty("dest");
            Assert.Equal("/XYZ", destination[1].GetString());
            return destination[3].GetDouble();
        }
    }

    [SkippableFact]
    public void Page_labels_match_the_printed_folios()
    {
        Assert.Equal(["", "i", "ii", "1", "2"], PdfReadBack.PageLabels(sample.Path));
    }

    [Fact]
    public void Internal_links_go_to_the_page_of_their_named_destination()
    {
        var internalLinks = PdfReadBack.Links(sample.Path).Where(link => link.Uri is null).ToList();

        Assert.Equal(
            [(2, 4), (2, 5), (4, 5)],
            internalLinks.Select(link => (link.PageNumber, link.TargetPageNumber ?? -1)));
    }

    [Fact]
    public void External_links_open_their_url()
    {
        var external = Assert.Single(PdfReadBack.Links(sample.Path), link => link.Uri is not null);

        Assert.Equal((4, LaidOutSamples.ExternalUrl), (external.PageNumber, external.Uri));
    }

    [SkippableFact]
    public void Bitmap_images_are_embedded_and_svg_images_stay_vectors()
    {
        using var pdf = PdfDocument.Open(sample.Path);
        var page = pdf.GetPage(4);

        var image = Assert.Single(page.GetImages());
        Assert.Equal((320, 200), (image.WidthInSamples, image.HeightInSamples));
        // The SVG's label is drawn as text, not as pixels.
        Assert.Contains("Markdown → Book", PdfReadBack.Text(sample.Path, page: 4));
    }

    [SkippableFact]
    public void Metadata_comes_from_the_book()
    {
        using var pdf = PdfDocument.Open(sample.Path);
        var info = pdf.Information;

        Assert.Equal(sample.Metadata.Title, info.Title);
        Assert.Equal("Ada Writer, Bo Editor", info.Author);
        Assert.Equal(sample.Metadata.Description, info.Subject);
        Assert.Equal("Publishing, Testing", info.Keywords);
        Assert.Equal("Publisher", info.Creator);
        Assert.Equal(sample.Metadata.Modified, info.GetCreatedDateTimeOffset());
        Assert.Equal(sample.Metadata.Modified, info.GetModifiedDateTimeOffset());
        Assert.Matches(@"Version:\s+1\.0\.0", PdfReadBack.Run(Validators.PdfInfo, ["-custom", sample.Path]).Output);
    }

    [Fact]
    public void Catalog_names_the_language_and_opens_the_outline()
    {
        using var pdf = PdfDocument.Open(sample.Path);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        Assert.Equal(sample.Metadata.Language, catalog.Get<StringToken>(NameToken.Lang, pdf.Structure.TokenScanner).Data);
        Assert.Equal("UseOutlines", catalog.Get<NameToken>(NameToken.PageMode, pdf.Structure.TokenScanner).Data);
    }

    [SkippableFact]
    public void Qpdf_finds_no_structural_problem()
    {
        var (clean, report) = PdfReadBack.QpdfCheck(sample.Path);

        Assert.True(clean, report);
    }

    [Fact]
    public void Exporting_the_same_book_twice_gives_identical_bytes()
    {
        var metadata = DocumentSamples.Metadata();

        Assert.Equal(ExportToBytes(metadata), ExportToBytes(metadata));
    }

    [Fact]
    public void A_different_timestamp_changes_the_dates_but_nothing_is_taken_from_the_clock()
    {
        var later = DocumentSamples.Metadata() with { Modified = new DateTimeOffset(2027, 3, 4, 5, 6, 7, TimeSpan.Zero) };
        using var pdf = PdfDocument.Open(ExportToBytes(later));

        Assert.Equal(later.Modified, pdf.Information.GetCreatedDateTimeOffset());
    }

    private static byte[] ExportToBytes(BookMetadata metadata)
    {
        using var buffer = new MemoryStream();
        PdfExporter.Export(LaidOutSamples.Book() with { Info = PdfDocumentInfo.From(metadata) }, buffer);
        return buffer.ToArray();
    }
}
