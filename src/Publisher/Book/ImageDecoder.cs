using System.Runtime.InteropServices;
using SkiaSharp;

namespace Publisher.Book;

/// <summary>
/// Checks an image file by its content, never its name: PNG, JPEG and GIF are decoded in full with SkiaSharp
/// (so a truncated file is caught), SVG is parsed as XML. Raster images longer than <see cref="MaximumSide"/> pixels
/// are downscaled while they are decoded row by row (JPEG by SkiaSharp's scanline decoder, PNG by <see cref="PngRowReader"/>),
/// so even a 20000 x 20000 picture needs only one row of it in memory.
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

        // JPEG decoders can shrink by 1/2, 1/4 or 1/8 while decoding; the box filter does the rest.
        var decodeInfo = info;
        var scaled = codec.GetScaledDimensions((float)scale);
        if (scaled.Width >= target.Width && scaled.Height >= target.Height && scaled.Width < info.Width)
        {
            decodeInfo = info.WithSize(scaled.Width, scaled.Height);
        }

        // Decoding row by row keeps one row in memory. Skia does that for JPEG, at the reduced size; its PNG decoder
        // cannot (StartScanlineDecode answers Unimplemented in SkiaSharp 4.155), so PNG rows come from PngRowReader.
        if (codec.EncodedFormat == SKEncodedImageFormat.Png && PngRowReader.Open(bytes) is { } png &&
            png.Width == info.Width && png.Height == info.Height)
        {
            using (png)
            {
                return DownscaleRows(info.WithAlphaType(SKAlphaType.Premul), target.WithAlphaType(SKAlphaType.Premul), (row, _, _) => png.ReadRow(row), out problem);
            }
        }

        if (codec.StartScanlineDecode(decodeInfo) == SKCodecResult.Success && codec.ScanlineOrder == SKCodecScanlineOrder.TopDown)
        {
            return DownscaleRows(decodeInfo, target, (_, address, _) => codec.GetScanlines(address, 1, decodeInfo.RowBytes) == 1, out problem);
        }

        // GIF and interlaced PNG are decoded whole.
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
        return DownscaleRows(
            decodeInfo,
            target,
            (row, _, y) =>
            {
                Marshal.Copy(pixels + (y * (nint)decodeInfo.RowBytes), row, 0, decodeInfo.RowBytes);
                return true;
            },
            out problem);
    }

    /// <summary>
    /// Reads source row <c>y</c> (4 bytes a pixel) into <paramref name="row"/>, pinned at <paramref name="address"/>;
    /// false when the data ends early or is damaged.
    /// </summary>
    private delegate bool RowSource(byte[] row, nint address, int y);

    private static SKBitmap? DownscaleRows(SKImageInfo source, SKImageInfo target, RowSource readRow, out string problem)
    {
        problem = "";
        var box = new BoxDownscaler(source.Width, source.Height, target);
        var row = new byte[source.RowBytes];
        var pinned = GCHandle.Alloc(row, GCHandleType.Pinned);
        try
        {
            for (var y = 0; y < source.Height; y++)
            {
                if (!readRow(row, pinned.AddrOfPinnedObject(), y))
                {
                    problem = $"the image data ends or is damaged at row {y + 1} of {source.Height}";
                    box.Dispose();
                    return null;
                }

                box.AddRow(row);
            }
        }
        finally
        {
            pinned.Free();
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
