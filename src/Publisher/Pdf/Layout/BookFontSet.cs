using Publisher.Document;
using Publisher.Pdf.Text;

namespace Publisher.Pdf.Layout;

/// <summary>The fonts a book is typeset with, from its metadata: its own faces and fallbacks, and <c>pdf.systemFonts</c>.</summary>
internal static class BookFontSet
{
    public static FontSet For(BookMetadata metadata) =>
        FontSet.For(
            metadata.Fonts.Faces.ToDictionary(pair => FontRoles.Face(pair.Key), pair => Source(pair.Value)),
            metadata.Fonts.Fallbacks.Select(Source).ToList(),
            metadata.Pdf.SystemFonts);

    private static FontSource Source(BookFont font) => new(font.SourcePath, font.Data);
}
