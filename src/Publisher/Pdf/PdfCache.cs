using Publisher.Pdf.Layout;

namespace Publisher.Pdf;

/// <summary>What the PDF writer keeps from one build to the next (by <c>publisher watch</c>): laid-out chapters.</summary>
internal sealed class PdfCache
{
    public LayoutCache Layout { get; } = new();

    /// <summary>Ends a build: forgets what it did not use; returns how many chapters it laid out anew.</summary>
    public int Sweep() => Layout.Sweep();
}
