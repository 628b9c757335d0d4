using Publisher.Pdf.Layout;

namespace Publisher.Tests.Pdf.Layout;

public sealed class LookAtPagesTests
{
    /// <summary>Writes PNGs of the sample book when PUBLISHER_LAYOUT_PNG names a folder; otherwise only typesets.</summary>
    [Fact]
    public void Sample_book_typesets_and_can_be_looked_at()
    {
        var diagnostics = new DiagnosticBag();
        var book = BookTypesetter.Typeset(DocumentSamples.Rich(), diagnostics);
        Assert.NotEmpty(book.Pages);
        var folder = Environment.GetEnvironmentVariable("PUBLISHER_LAYOUT_PNG");
        if (!string.IsNullOrEmpty(folder))
        {
            DebugPageRenderer.RenderAll(book, folder);
        }
    }
}
