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

    // Formats that must be decoded whole are refused above this (400 MB of pixels).
    private const long MaximumWholeDecodePixels = 100_000_000;

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

        using var downscaled = Downscale(bytes, codec, info, out var problem);
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

    private static SKBitmap? Downscale(byte[] bytes, SKCodec codec, SKImageInfo info, out string problem)
    {
        var scale = (double)MaximumSide / Math.Max(info.Width, info.Height);
        var target = new SKImageInfo(
            Math.Max(1, (int)Math.Round(info.Width * scale)),
            Math.Max(1, (int)Math.Round(info.Height * scale)),
            SKColorType.Rgba8888,
            info.AlphaType);
        problem = "";

        if (codec.EncodedFormat == SKEncodedImageFormat.Png && PngRowReader.Open(bytes) is { } png &&
            png.Width == info.Width && png.Height == info.Height)
        {
            using (png)
            {
                return DownscaleRows(png.Width, png.Height, target.WithAlphaType(SKAlphaType.Premul), png.ReadRow, out problem);
            }
        }

        // JPEG decoders can shrink by 1/2, 1/4 or 1/8 while decoding; the box filter does the rest.
        var decodeInfo = info;
        var scaled = codec.GetScaledDimensions((float)scale);
        if (scaled.Width >= target.Width && scaled.Height >= target.Height && scaled.Width < info.Width)
        {
            decodeInfo = info.WithSize(scaled.Width, scaled.Height);
        }

        if ((long)decodeInfo.Width * decodeInfo.Height > MaximumWholeDecodePixels)
        {
            problem = $"it is too large to decode in memory ({info.Width} x {info.Height} pixels); scale it down before adding it";
            return null;
        }

        using var bitmap = new SKBitmap(decodeInfo);
        var result = codec.GetPixels(decodeInfo, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            problem = Explain(result);
            return null;
        }

        var pixels = bitmap.GetPixels();
        var rowBytes = decodeInfo.RowBytes;
        return DownscaleRows(
            decodeInfo.Width,
            decodeInfo.Height,
            target,
            (row, y) =>
            {
                Marshal.Copy(pixels + (y * (nint)rowBytes), row, 0, rowBytes);
                return true;
            },
            out problem);
    }

    private delegate bool RowSource(byte[] row, int y);

    private static SKBitmap? DownscaleRows(int width, int height, SKImageInfo target, Func<Span<byte>, bool> readRow, out string problem) =>
        DownscaleRows(width, height, target, (row, _) => readRow(row), out problem);

    private static SKBitmap? DownscaleRows(int width, int height, SKImageInfo target, RowSource readRow, out string problem)
    {
        problem = "";
        var box = new BoxDownscaler(width, height, target);
        var row = new byte[width * 4];
        for (var y = 0; y < height; y++)
        {
            if (!readRow(row, y))
            {
                problem = $"the image data ends or is damaged at row {y + 1} of {height}";
                box.Dispose();
                return null;
            }

            box.AddRow(row);
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
