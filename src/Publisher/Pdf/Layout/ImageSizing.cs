using Publisher.Document;
namespace Publisher.Pdf.Layout;

/// <summary>Image sizes in points: a pixel (or SVG user unit) is a CSS pixel, 0.75 pt; big images shrink to fit.</summary>
internal static class ImageSizing
{
    public const float PointsPerPixel = 0.75f;

    public static (float Width, float Height) Natural(ImageResource image) =>
        (Math.Max(1, image.PixelWidth) * PointsPerPixel, Math.Max(1, image.PixelHeight) * PointsPerPixel);

    /// <summary>The size an author asked for: CSS pixels, or a percentage of <paramref name="available"/>; the aspect ratio kept.</summary>
    public static (float Width, float Height) Scaled(ImageResource image, ImageWidth width, float available)
    {
        var (naturalWidth, naturalHeight) = Natural(image);
        var target = width.IsPercent ? available * width.Value / 100 : width.Value * PointsPerPixel;
        return (target, naturalHeight * target / naturalWidth);
    }

    /// <summary>The image's size scaled down (never up) to fit the box, keeping its aspect ratio.</summary>
    public static (float Width, float Height) Fit(ImageResource image, float maxWidth, float maxHeight)
    {
        var (width, height) = Natural(image);
        var scale = Math.Min(1f, Math.Min(maxWidth / width, maxHeight / height));
        return (width * scale, height * scale);
    }
}
