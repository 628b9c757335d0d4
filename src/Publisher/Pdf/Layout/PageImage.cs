using System.Runtime.CompilerServices;
using Publisher.Document;

namespace Publisher.Pdf.Layout;

/// <summary>
/// An image as the exporter needs it: its bytes, its type and, for SVG, the characters its text draws (so the font
/// subsets hold them). One instance per book image, so the exporter embeds an image once however often it appears.
/// </summary>
internal sealed class PageImage
{
    private static readonly ConditionalWeakTable<ImageResource, PageImage> Instances = [];

    private PageImage(ImageResource image)
    {
        Name = image.Href;
        MediaType = image.MediaType;
        Data = image.Data;
        TextCodepoints = IsSvg ? [.. SvgTextCharacters.Of(image.Data)] : [];
    }

    /// <summary>The image's unique name in the book (its path inside the EPUB).</summary>
    public string Name { get; }

    /// <summary>image/png, image/jpeg, image/gif or image/svg+xml.</summary>
    public string MediaType { get; }

    public byte[] Data { get; }

    public bool IsSvg => MediaType == "image/svg+xml";

    /// <summary>The code points an SVG image's text draws; empty for bitmaps.</summary>
    public IReadOnlyList<int> TextCodepoints { get; }

    /// <summary>The one page image of a book image.</summary>
    public static PageImage For(ImageResource image) => Instances.GetValue(image, static i => new PageImage(i));
}
