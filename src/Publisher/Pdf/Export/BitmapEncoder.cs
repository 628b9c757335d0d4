using System.IO.Compression;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// A bitmap as a PDF image XObject's data: <paramref name="Data"/> is the stream as stored (already filtered with
/// <paramref name="Filter"/>), <paramref name="ColorSpace"/> a device colour space name, <paramref name="Mask"/>
/// the alpha channel as a DeviceGray soft mask when some pixel is not opaque.
/// </summary>
internal sealed record EncodedImage(
    int Width,
    int Height,
    string ColorSpace,
    string Filter,
    byte[] Data,
    EncodedImage? Mask,
    bool InvertedCmyk = false);

/// <summary>
/// Encodes bitmaps for the PDF. A JPEG that PDF can show as it is goes in unchanged (DCTDecode); anything else is
/// decoded once by Skia and stored Flate-compressed: grey when every pixel is grey, RGB otherwise, with the alpha
/// channel as a soft mask only when some pixel is transparent.
/// </summary>
internal static class BitmapEncoder
{
    public static EncodedImage? Encode(PageImage image)
    {
        if (image.MediaType == "image/jpeg" && JpegFrame.Read(image.Data) is { } frame)
        {
            return new EncodedImage(frame.Width, frame.Height, frame.ColorSpace, "DCTDecode", image.Data, null, frame.IsAdobeCmyk);
        }

        return Decode(image.Data);
    }

    private static EncodedImage? Decode(byte[] encoded)
    {
        using var data = SKData.CreateCopy(encoded);
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

        var pixels = bitmap.GetPixelSpan();
        var pixelCount = info.Width * info.Height;
        var opaque = true;
        var grey = true;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            opaque &= pixels[i + 3] == 0xFF;
            grey &= pixels[i] == pixels[i + 1] && pixels[i] == pixels[i + 2];
        }

        var components = grey ? 1 : 3;
        var colour = new byte[pixelCount * components];
        var alpha = opaque ? null : new byte[pixelCount];
        for (int p = 0, i = 0; p < pixelCount; p++, i += 4)
        {
            if (grey)
            {
                colour[p] = pixels[i];
            }
            else
            {
                colour[p * 3] = pixels[i];
                colour[p * 3 + 1] = pixels[i + 1];
                colour[p * 3 + 2] = pixels[i + 2];
            }

            if (alpha is not null)
            {
                alpha[p] = pixels[i + 3];
            }
        }

        var mask = alpha is null ? null : new EncodedImage(info.Width, info.Height, "DeviceGray", "FlateDecode", Deflate(alpha), null);
        return new EncodedImage(info.Width, info.Height, grey ? "DeviceGray" : "DeviceRGB", "FlateDecode", Deflate(colour), mask);
    }

    /// <summary>zlib-compressed bytes, as FlateDecode reads them.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}

/// <summary>The frame header of a JPEG file, when it is one PDF's DCTDecode filter can show as it is.</summary>
internal sealed record JpegFrame(int Width, int Height, string ColorSpace, bool IsAdobeCmyk)
{
    /// <summary>Baseline, extended or progressive Huffman-coded, 8 bits per sample, 1, 3 or 4 components; otherwise null.</summary>
    public static JpegFrame? Read(byte[] jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }

        var adobe = false;
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (marker == 0xEE && length >= 7 && at + 9 <= jpeg.Length && jpeg.AsSpan(at + 4, 5).SequenceEqual("Adobe"u8))
            {
                adobe = true;
            }

            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                if (at + 10 > jpeg.Length || jpeg[at + 4] != 8)
                {
                    return null;
                }

                var height = (jpeg[at + 5] << 8) | jpeg[at + 6];
                var width = (jpeg[at + 7] << 8) | jpeg[at + 8];
                var components = jpeg[at + 9];
                var colorSpace = components switch
                {
                    1 => "DeviceGray",
                    3 => "DeviceRGB",
                    4 => "DeviceCMYK",
                    _ => null,
                };
                return colorSpace is null || width == 0 || height == 0
                    ? null
                    : new JpegFrame(width, height, colorSpace, adobe && components == 4);
            }

            if (marker is (>= 0xC3 and <= 0xCF) and not 0xC4 and not 0xC8 and not 0xCC or 0xDA)
            {
                // Lossless, hierarchical or arithmetic-coded frames, or scan data before any frame header.
                return null;
            }

            at += 2 + length;
        }

        return null;
    }
}
