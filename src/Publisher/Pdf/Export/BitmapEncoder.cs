using System.IO.Compression;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// A bitmap as a PDF image XObject's data: <paramref name="Data"/> is the stream as stored (already filtered with
/// <paramref name="Filter"/> and, for Flate, PNG row predictors described by <paramref name="Colors"/>),
/// <paramref name="ColorSpace"/> a device colour space name or, with a <paramref name="Palette"/>, the base of an
/// indexed one, <paramref name="Mask"/> the alpha channel as a DeviceGray soft mask when some pixel is not opaque.
/// </summary>
internal sealed record EncodedImage(
    int Width,
    int Height,
    string ColorSpace,
    string Filter,
    byte[] Data,
    EncodedImage? Mask,
    bool InvertedCmyk = false,
    int BitsPerComponent = 8,
    int Colors = 0,
    byte[]? Palette = null);

/// <summary>
/// Encodes bitmaps for the PDF. A JPEG that PDF can show as it is goes in unchanged (DCTDecode), and so does the
/// compressed data of a PNG without alpha (Flate with PNG predictors is PDF's own filter). Anything else is decoded
/// once by Skia and stored Flate-compressed with PNG row filters: grey when every pixel is grey, RGB otherwise, with
/// the alpha channel as a soft mask only when some pixel is transparent.
/// </summary>
internal static class BitmapEncoder
{
    public static EncodedImage? Encode(PageImage image)
    {
        if (image.MediaType == "image/jpeg" && JpegFrame.Read(image.Data) is { } frame)
        {
            return new EncodedImage(frame.Width, frame.Height, frame.ColorSpace, "DCTDecode", image.Data, null, frame.IsAdobeCmyk);
        }

        if (image.MediaType == "image/png" && PngData.Read(image.Data) is { } png)
        {
            return png;
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

        var mask = alpha is null ? null : Predicted(info.Width, info.Height, 1, alpha, "DeviceGray", null);
        return Predicted(info.Width, info.Height, components, colour, grey ? "DeviceGray" : "DeviceRGB", mask);
    }

    private static EncodedImage Predicted(int width, int height, int components, byte[] samples, string colorSpace, EncodedImage? mask) =>
        new(width, height, colorSpace, "FlateDecode", Deflate(PngRowFilter.Apply(samples, width * components, components)), mask, Colors: components);

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

/// <summary>
/// PNG's row filters, which make Flate much smaller on drawings and screenshots: each row is stored as it is, as the
/// difference from the pixel to its left (Sub) or from the row above (Up), whichever sums to the smallest magnitude
/// (the heuristic PNG encoders use). PDF reads them back with /Predictor 15.
/// </summary>
internal static class PngRowFilter
{
    public static byte[] Apply(byte[] samples, int rowLength, int bytesPerPixel)
    {
        var rows = samples.Length / rowLength;
        var filtered = new byte[rows * (rowLength + 1)];
        for (var y = 0; y < rows; y++)
        {
            var row = samples.AsSpan(y * rowLength, rowLength);
            var above = y > 0 ? samples.AsSpan((y - 1) * rowLength, rowLength) : [];
            long none = 0, sub = 0, up = 0;
            for (var x = 0; x < rowLength; x++)
            {
                none += Math.Abs((int)(sbyte)row[x]);
                sub += Math.Abs((int)(sbyte)(row[x] - (x >= bytesPerPixel ? row[x - bytesPerPixel] : 0)));
                up += Math.Abs((int)(sbyte)(row[x] - (y > 0 ? above[x] : 0)));
            }

            var filter = up <= sub && up <= none ? 2 : sub <= none ? 1 : 0;
            var output = filtered.AsSpan(y * (rowLength + 1), rowLength + 1);
            output[0] = (byte)filter;
            for (var x = 0; x < rowLength; x++)
            {
                output[x + 1] = filter switch
                {
                    2 => (byte)(row[x] - (y > 0 ? above[x] : 0)),
                    1 => (byte)(row[x] - (x >= bytesPerPixel ? row[x - bytesPerPixel] : 0)),
                    _ => row[x],
                };
            }
        }

        return filtered;
    }
}

/// <summary>
/// A PNG whose compressed data PDF can read as it is: not interlaced, no alpha channel and no transparent colour,
/// grey, RGB or palette. Its IDAT chunks are a zlib stream with PNG row filters, which is FlateDecode with
/// /Predictor 15.
/// </summary>
internal static class PngData
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static EncodedImage? Read(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            return null;
        }

        int width = 0, height = 0, depth = 0, colorType = -1;
        byte[]? palette = null;
        using var data = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            if (length < 0 || at + 12 + length > png.Length)
            {
                return null;
            }

            var type = png.AsSpan(at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type.SequenceEqual("IHDR"u8))
            {
                width = (body[0] << 24) | (body[1] << 16) | (body[2] << 8) | body[3];
                height = (body[4] << 24) | (body[5] << 16) | (body[6] << 8) | body[7];
                depth = body[8];
                colorType = body[9];
                if (body[12] != 0)
                {
                    return null; // interlaced
                }
            }
            else if (type.SequenceEqual("PLTE"u8))
            {
                palette = body.ToArray();
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                return null; // a transparent colour needs a mask
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                data.Write(body);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            at += 12 + length;
        }

        var colors = colorType switch { 0 => 1, 2 => 3, 3 => 1, _ => 0 };
        if (colors == 0 || width <= 0 || height <= 0 || data.Length == 0 || (colorType == 3 && palette is null) || (colorType != 3 && depth < 8))
        {
            return null;
        }

        return new EncodedImage(
            width, height, colorType == 0 ? "DeviceGray" : "DeviceRGB", "FlateDecode", data.ToArray(), null,
            BitsPerComponent: depth, Colors: colors, Palette: colorType == 3 ? palette : null);
    }
}
