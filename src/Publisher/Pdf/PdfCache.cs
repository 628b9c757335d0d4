using Publisher.Pdf.Export;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf;

/// <summary>
/// What the PDF writer keeps from one build to the next (by <c>publisher watch</c>): laid-out chapters and their
/// finished pages, and those pages painted, with the pictures encoded.
/// </summary>
internal sealed class PdfCache
{
    public LayoutCache Layout { get; } = new();

    public ExportCache Export { get; } = new();

    /// <summary>Ends a build: forgets what it did not use; returns how much it did anew.</summary>
    public (int ChaptersLaidOut, int PagesPainted, int PicturesPrepared) Sweep()
    {
        var laidOut = Layout.Sweep();
        var (painted, pictures) = Export.Sweep();
        return (laidOut, painted, pictures);
    }
}
