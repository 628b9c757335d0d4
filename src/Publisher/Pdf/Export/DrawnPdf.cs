using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>A book's pages drawn by Skia, in chunks, waiting to be joined and given their outline and labels.</summary>
internal sealed class DrawnPdf(LaidOutBook book, IReadOnlyList<byte[]> chunks)
{
    /// <summary>Joins the chunks into one PDF with its outline, page labels and metadata, and writes it.</summary>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        DocumentStructurePass.Apply(chunks, book, output);
    }
}
