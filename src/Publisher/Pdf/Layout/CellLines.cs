using Publisher.Pdf.Text;

namespace Publisher.Pdf.Layout;

/// <summary>One table cell's text broken into lines, and the left edge of its column (padding not included).</summary>
internal sealed record CellLines(float X, List<TextLine> Lines);
