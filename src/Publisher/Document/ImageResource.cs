namespace Publisher.Document;

/// <summary>An image the book uses, read once and checked.</summary>
/// <param name="SourcePath">Relative to the book folder, forward slashes (e.g. <c>images/11-1.png</c>).</param>
/// <param name="Href">Its path inside the EPUB relative to the package document (e.g. <c>images/11-1.png</c>); unique.</param>
/// <param name="MediaType">image/png, image/jpeg, image/gif or image/svg+xml.</param>
/// <param name="Data">The bytes to publish (downscaled when the original was huge).</param>
/// <param name="PixelWidth">Intrinsic width in pixels (for SVG, its user units).</param>
/// <param name="PixelHeight">Intrinsic height in pixels (for SVG, its user units).</param>
internal sealed record ImageResource(
    string SourcePath,
    string Href,
    string MediaType,
    byte[] Data,
    int PixelWidth,
    int PixelHeight)
{
    public bool IsSvg => MediaType == "image/svg+xml";
}
