using System.Text.Json;
using System.Text.RegularExpressions;
using Publisher.Book;
using Publisher.Markdown;
using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;
using Publisher.Tests.Fixtures;
using SkiaSharp;

namespace Publisher.Tests.Pdf.Export;

/// <summary>
/// Our own page writer read back with the tools readers use: pdffonts, pdftotext, pdfimages and qpdf --json. Fonts
/// are CID subsets with ToUnicode maps, text copies as the layout's words, images stay as they came (a JPEG stays
/// DCT), SVG stays vector, links and destinations resolve.
/// </summary>
public sealed partial class PageWriterTests(ExportedSample sample) : IClassFixture<ExportedSample>, IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void Every_font_is_a_cid_truetype_subset_with_identity_encoding_and_a_unicode_map()
    {
        var fonts = PdfReadBack.Fonts(sample.Path);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            Assert.Equal(("CID TrueType", "Identity-H"), (font.Type, font.Encoding));
            Assert.Matches("^[A-Z]{6}\\+", font.Name);
            Assert.True(font.Embedded && font.Subset && font.HasToUnicode, font.Name);
        });
    }

    [SkippableFact]
    public void The_sample_book_gives_back_exactly_the_text_layout_put_on_each_page_in_its_order()
    {
        var book = BookTypesetter.Typeset(SampleDocument(), new DiagnosticBag());
        var path = Export(book);

        var compared = 0;
        for (var i = 0; i < book.Pages.Count; i++)
        {
            if (book.Pages[i].Items.Any(item => item is ImageItem { Image.IsSvg: true }))
            {
                // An SVG's own text comes back too, and layout does not know it.
                continue;
            }

            compared++;
            // pdftotext -raw reads in content-stream order (the order layout gave) and keeps line-end hyphens.
            var laidOut = Whitespace().Replace(string.Concat(book.Pages[i].Items.OfType<TextRunItem>().Select(run => run.Text)), string.Empty);
            var extracted = Whitespace().Replace(PdfReadBack.Run(Validators.PdfToText, ["-raw", "-enc", "UTF-8", "-f", $"{i + 1}", "-l", $"{i + 1}", path, "-"]).Output, string.Empty);
            var at = laidOut.Zip(extracted).TakeWhile(pair => pair.First == pair.Second).Count();
            Assert.True(laidOut == extracted, $"page {i + 1}, from character {at}:\nlaid out  {laidOut[Math.Max(0, at - 20)..]}\nextracted {extracted[Math.Max(0, at - 20)..]}");
        }

        Assert.True(compared > book.Pages.Count - 5, $"only {compared} of {book.Pages.Count} pages compared");
    }

    [SkippableFact]
    public void A_glyph_used_for_other_text_elsewhere_and_a_glyph_that_stands_for_nothing_copy_as_their_own_text()
    {
        var plain = ShapedRuns.Shape("plain x", 20, 40);
        // The same glyphs standing for other text: the ToUnicode map holds only one text per glyph.
        var other = plain with { Baseline = 60, Text = "other y" };
        // A line-end hyphen that stands for nothing: its cluster starts at the end of the run's text.
        var hyphen = ShapedRuns.Shape("hyph-", 20, 80);
        hyphen = hyphen with { Text = "hyph", Clusters = [.. hyphen.Clusters[..^1], 4] };
        var page = new PageFrame(300, 200, PageNumberStyle.Decimal, 1, [plain, other, hyphen, ShapedRuns.Shape("enation", 20, 100)]);

        var text = PdfReadBack.Text(Export(new LaidOutBook([page], [], DocumentSamples.Info())));

        Assert.Equal(["plain", "x", "other", "y", "hyph", "enation"], Words(text));
    }

    [SkippableFact]
    public void Jpeg_photos_stay_dct_and_each_image_is_listed_once_per_use()
    {
        var jpeg = Photo();
        var image = new ImageItem(new SKRect(20, 20, 180, 120), PageImage.For(jpeg));
        var pages = Enumerable.Range(1, 2).Select(n => new PageFrame(300, 300, PageNumberStyle.Decimal, n, [image])).ToList();

        var list = ImageList(Export(new LaidOutBook(pages, [], DocumentSamples.Info())));

        Assert.Equal(2, list.Count);
        Assert.All(list, row => Assert.Equal(("image", "160", "100", "jpeg"), (row.Type, row.Width, row.Height, row.Encoding)));
        // One object, drawn on both pages.
        Assert.Single(list.Select(row => row.Object).Distinct());
    }

    [SkippableFact]
    public void Svg_images_are_form_xobjects_with_vector_content_and_no_pixels()
    {
        using var json = PdfReadBack.QpdfJson(sample.Path);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var forms = objects.EnumerateObject()
            .Where(entry => entry.Value.TryGetProperty("stream", out var stream) &&
                            stream.GetProperty("dict").TryGetProperty("/Subtype", out var subtype) && subtype.GetString() == "/Form")
            .ToList();

        var form = Assert.Single(forms);
        var contents = PdfReadBack.Run(Validators.Qpdf, [$"--show-object={ObjectNumber(form.Name)}", "--filtered-stream-data", sample.Path]).Output;
        Assert.Matches(@"\b(re|l|c)\n", contents);
        Assert.Contains("TJ", contents.Replace("Tj", "TJ", StringComparison.Ordinal), StringComparison.Ordinal);
        // The chart page (4) has one bitmap (the PNG); the SVG added no image of its own.
        Assert.Single(ImageList(sample.Path), row => row.Page == "4");
    }

    [SkippableFact]
    public void Links_are_annotations_to_named_destinations_the_catalog_defines_or_to_uris()
    {
        using var json = PdfReadBack.QpdfJson(sample.Path);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var values = objects.EnumerateObject()
            .Select(entry => entry.Value.TryGetProperty("value", out var value) ? value : default)
            .Where(value => value.ValueKind == JsonValueKind.Object)
            .ToList();
        var catalog = values.Single(value => value.TryGetProperty("/Type", out var type) && type.GetString() == "/Catalog");
        var destinations = objects.GetProperty("obj:" + catalog.GetProperty("/Dests").GetString()).GetProperty("value");
        var links = values.Where(value => value.TryGetProperty("/Subtype", out var subtype) && subtype.GetString() == "/Link").ToList();

        var named = links.Where(link => link.TryGetProperty("/Dest", out _)).Select(link => link.GetProperty("/Dest").GetString()!).ToList();
        Assert.Equal(3, named.Count);
        Assert.All(named, name => Assert.True(destinations.TryGetProperty(name, out var target) && target[1].GetString() == "/XYZ", name));
        var uri = Assert.Single(links, link => link.TryGetProperty("/A", out _)).GetProperty("/A");
        Assert.Equal(("/URI", "u:" + LaidOutSamples.ExternalUrl), (uri.GetProperty("/S").GetString(), uri.GetProperty("/URI").GetString()));
    }

    [SkippableFact]
    public void Every_page_balances_its_state_text_and_marked_content_operators()
    {
        var pages = PdfReadBack.Run(Validators.Qpdf, ["--json", "--json-key=pages", sample.Path]).Output;
        using var json = JsonDocument.Parse(pages);
        foreach (var page in json.RootElement.GetProperty("pages").EnumerateArray())
        {
            var stream = PdfReadBack.Run(Validators.Qpdf, [$"--show-object={ObjectNumber(page.GetProperty("contents")[0].GetString()!)}", "--filtered-stream-data", sample.Path]).Output;
            Assert.Equal(Count(stream, "q"), Count(stream, "Q"));
            Assert.Equal(Count(stream, "BT"), Count(stream, "ET"));
            Assert.Equal(Count(stream, "BDC") + Count(stream, "BMC"), Count(stream, "EMC"));
        }
    }

    private static int Count(string stream, string op) => Regex.Count(stream, $@"(^|\s){Regex.Escape(op)}\n");

    private static string ObjectNumber(string reference) => reference.Replace("obj:", string.Empty, StringComparison.Ordinal).Split(' ')[0];

    private static List<string> Words(string text) =>
        Whitespace().Split(text).Where(word => word.Length > 0).ToList();

    private static BookDocument SampleDocument()
    {
        var diagnostics = new DiagnosticBag();
        var source = BookLoader.Load(new BookLoadRequest(FixtureBooks.SampleBook), diagnostics)!;
        return DocumentBuilder.Build(source, diagnostics);
    }

    private sealed record ImageRow(string Page, string Type, string Width, string Height, string Encoding, string Object);

    private static List<ImageRow> ImageList(string path) =>
        PdfReadBack.Run(Validators.PdfImages, ["-list", path]).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => new ImageRow(cells[0], cells[2], cells[3], cells[4], cells[8], cells[10]))
            .ToList();

    private static ImageResource Photo()
    {
        using var bitmap = new SKBitmap(160, 100);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return new ImageResource("images/photo.jpg", "images/photo.jpg", "image/jpeg", data.ToArray(), 160, 100);
    }

    private string Export(LaidOutBook book)
    {
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".pdf");
        using var file = File.Create(path);
        PdfExporter.Export(book, file);
        return path;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
