using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// Bitmap images in the form Skia's PDF backend embeds with the least work. A JPEG stays encoded, so its bytes go
/// into the PDF as they are. Other formats are decoded once, to unpremultiplied RGBA (the PDF's own layout); an image
/// with an alpha channel but no transparent pixel (most screenshots) is marked opaque, so Skia neither converts nor
/// scans its alpha again.
/// </summary>
internal static class BitmapDecoder
{
    public static SKImage? Decode(PageImage image)
    {
        using var data = SKData.CreateCopy(image.Data);
        if (image.MediaType == "image/jpeg")
        {
            return SKImage.FromEncodedData(data);
        }

        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var alphaType = codec.Info.AlphaType == SKAlphaType.Opaque || IsOpaque(bitmap) ? SKAlphaType.Opaque : SKAlphaType.Unpremul;
        return SKImage.FromPixelCopy(info.WithAlphaType(alphaType), bitmap.GetPixels(), bitmap.RowBytes);
    }

    private static bool IsOpaque(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        for (var alpha = 3; alpha < pixels.Length; alpha += 4)
        {
            if (pixels[alpha] != 0xFF)
            {
                return false;
            }
        }

        return true;
    }
}
