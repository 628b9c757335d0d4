using System.Text;
using Publisher.Pdf.Export;

namespace Publisher.Tests.Pdf.Export;

/// <summary>
/// The PDF's objects other than streams (catalog, pages, annotations, outline, the structure tree) are packed into
/// compressed object streams behind a cross-reference stream, and every reader's tool still finds them.
/// </summary>
public sealed class ObjectStreamsTests(ExportedSample sample) : IClassFixture<ExportedSample>, IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void Objects_other_than_streams_are_packed_behind_a_cross_reference_stream_and_qpdf_finds_nothing_wrong()
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(sample.Path));

        Assert.DoesNotContain("\nxref\n", text, StringComparison.Ordinal);
        Assert.Contains("/Type/XRef", text, StringComparison.Ordinal);
        Assert.Contains("/Type/ObjStm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/Type/Catalog", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/Subtype/Link", text, StringComparison.Ordinal);

        var (clean, report) = PdfReadBack.QpdfCheck(sample.Path);
        Assert.True(clean, report);
        var pages = PdfReadBack.Run(Validators.Qpdf, ["--show-npages", sample.Path]).Output.Trim();
        Assert.Equal(LaidOutSamples.Book().Pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), pages);
        Assert.NotEmpty(PdfReadBack.Links(sample.Path));
    }

    [SkippableFact]
    public void Text_in_an_object_that_looks_like_the_end_of_one_changes_nothing()
    {
        var book = LaidOutSamples.Book();
        book = book with { Info = book.Info with { Title = "On endobj and endstream\nendobj" } };
        var path = Path.Combine(_folder.Path, "tricky.pdf");
        using (var file = File.Create(path))
        {
            PdfExporter.Export(book, file);
        }

        var (clean, report) = PdfReadBack.QpdfCheck(path);
        Assert.True(clean, report);
        var info = PdfReadBack.Run(Validators.PdfInfo, [path]).Output;
        Assert.Contains("On endobj and endstream", info, StringComparison.Ordinal);
    }
}
