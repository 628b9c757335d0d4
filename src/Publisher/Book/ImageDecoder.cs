using System.Runtime.InteropServices;
using SkiaSharp;

namespace Publisher.Book;

/// <summary>
/// Checks an image file by its content, never its name: PNG, JPEG and GIF are decoded in full with SkiaSharp
/// (so a truncated file is caught), SVG is parsed as XML. Raster images longer than
/// <see cref="MaximumSide"/> pixels are downscaled, row by row, so even a 20000 x 20000 picture fits in memory.
/// </summary>
internal static class ImageDecoder
{
    public const int MaximumSide = 4000;

    // Beyond this even streaming takes too long to be worth it; no book needs a gigapixel picture.
    private const long MaximumPixels = 1_000_000_000;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageCheck Check(byte[] bytes)
    {
        var content = bytes.AsSpan();
        if (content.StartsWith(PngSignature))
        {
            return CheckRaster(bytes, "image/png", "PNG");
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return CheckRaster(bytes, "image/jpeg", "JPEG");
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return CheckRaster(bytes, "image/gif", "GIF");
        }

        return SvgImage.LooksLikeXml(content)
            ? SvgImage.Check(bytes)
            : ImageCheck.Bad(content.Length == 0 ? "the file is empty" : "the file is not a PNG, JPEG, GIF or SVG image");
    }

    private static ImageCheck CheckRaster(byte[] bytes, string mediaType, string format)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return ImageCheck.Bad($"the {format} file is corrupt or truncated and cannot be decoded");
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > MaximumPixels)
        {
            return ImageCheck.Bad($"the {format} image is {width} x {height} pixels, too large to read; scale it down");
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        if (Math.Max(width, height) <= MaximumSide)
        {
            using var bitmap = new SKBitmap(info);
            var result = codec.GetPixels(info, bitmap.GetPixels());
            return result == SKCodecResult.Success
                ? ImageCheck.Good(mediaType, bytes, width, height)
                : ImageCheck.Bad($"the {format} file is corrupt or truncated ({Explain(result)})");
        }

        using var downscaled = Downscale(codec, info, out var problem);
        if (downscaled is null)
        {
            return ImageCheck.Bad($"the {format} file is corrupt or truncated ({problem})");
        }

        // A GIF becomes a PNG: Skia writes no GIF, and a still of its first frame is what a page can show.
        var (outputFormat, outputType, quality) = mediaType == "image/jpeg"
            ? (SKEncodedImageFormat.Jpeg, "image/jpeg", 90)
            : (SKEncodedImageFormat.Png, "image/png", 100);
        using var encoded = downscaled.Encode(outputFormat, quality);
        return ImageCheck.Good(outputType, encoded.ToArray(), downscaled.Width, downscaled.Height, (width, height));
    }

    private static SKBitmap? Downscale(SKCodec codec, SKImageInfo info, out string problem)
    {
        var scale = (double)MaximumSide / Math.Max(info.Width, info.Height);
        var target = new SKImageInfo(
            Math.Max(1, (int)Math.Round(info.Width * scale)),
            Math.Max(1, (int)Math.Round(info.Height * scale)),
            info.ColorType,
            info.AlphaType);
        var box = new BoxDownscaler(info.Width, info.Height, target);
        var row = GC.AllocateArray<byte>(info.RowBytes, pinned: true);
        var rowAddress = Marshal.UnsafeAddrOfPinnedArrayElement(row, 0);
        problem = "";

        var start = codec.StartScanlineDecode(info);
        if (start == SKCodecResult.Success)
        {
            for (var y = 0; y < info.Height; y++)
            {
                if (codec.GetScanlines(rowAddress, 1, info.RowBytes) != 1)
                {
                    problem = $"the image data ends at row {y + 1} of {info.Height}";
                    box.Dispose();
                    return null;
                }

                box.AddRow(row);
            }

            return box.Finish();
        }

        // Some files (interlaced ones) cannot be read row by row; they are decoded whole instead.
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            problem = Explain(result);
            box.Dispose();
            return null;
        }

        var pixels = bitmap.GetPixelSpan();
        for (var y = 0; y < info.Height; y++)
        {
            box.AddRow(pixels.Slice(y * info.RowBytes, info.RowBytes));
        }

        return box.Finish();
    }

    private static string Explain(SKCodecResult result) => result switch
    {
        SKCodecResult.IncompleteInput => "the image data ends early",
        SKCodecResult.ErrorInInput => "the image data is damaged",
        SKCodecResult.InvalidInput => "the image data is invalid",
        _ => $"decoder said {result}",
    };
}
