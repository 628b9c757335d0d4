using Publisher.Document;

namespace Publisher.Pdf.Layout;

/// <summary>The alternative text of a figure in the tagged PDF.</summary>
internal static class FigureText
{
    /// <summary>
    /// The author's alt text; when there is none (already reported as PUB255), the caption, else the image's file
    /// name, so a reader at least hears that a picture is there and which.
    /// </summary>
    public static string Alt(string altText, ImageResource image, IReadOnlyList<Inline>? caption = null)
    {
        if (!string.IsNullOrWhiteSpace(altText))
        {
            return altText.Trim();
        }

        var captionText = caption is null ? "" : Inlines.ToPlainText(caption);
        return captionText.Length > 0 ? captionText : Path.GetFileNameWithoutExtension(image.SourcePath);
    }
}
