using System.Buffers.Binary;
using System.IO.Compression;
using Publisher.Book;
using SkiaSharp;

namespace Publisher.Tests.Book;

/// <summary>The row-by-row PNG reader must give the same pixels as SkiaSharp's whole-image decoder.</summary>
public sealed class PngRowReaderTests
{
    [Theory]
    [InlineData(SKColorType.Rgba8888, SKAlphaType.Premul)]
    [InlineData(SKColorType.Rgba8888, SKAlphaType.Opaque)]
    [InlineData(SKColorType.Gray8, SKAlphaType.Opaque)]
    public void Rows_match_skia_for_pngs_skia_writes(SKColorType colorType, SKAlphaType alphaType)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(97, 41, colorType, alphaType));
        var random = new Random(7);
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                // Noise and gradients make the encoder choose every row filter.
                var a = alphaType == SKAlphaType.Opaque ? (byte)255 : (byte)(y * 6);
                bitmap.SetPixel(x, y, x % 3 == 0
                    ? new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), a)
                    : new SKColor((byte)(x * 2), (byte)(y * 5), (byte)(x + y), a));
            }
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        AssertSameAsSkia(encoded.ToArray());
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(3, 8)]
    [InlineData(0, 4)]
    [InlineData(2, 16)]
    [InlineData(4, 8)]
    public void Rows_match_skia_for_palette_sub_byte_and_16_bit_pngs(int colorType, int bitDepth)
    {
        AssertSameAsSkia(HandMadePng(13, 5, colorType, bitDepth));
    }

    [Fact]
    public void Interlaced_pngs_are_left_to_skia()
    {
        var png = HandMadePng(4, 4, 2, 8);
        png[8 + 8 + 12] = 1; // IHDR interlace method (the CRC no longer matches, which this reader does not check)

        Assert.Null(PngRowReader.Open(png));
    }

    [Fact]
    public void A_truncated_png_stops_with_false()
    {
        var png = HandMadePng(300, 300, 2, 8);
        using var reader = PngRowReader.Open(png[..(png.Length / 3)]);

        var row = new byte[300 * 4];
        var rows = 0;
        while (rows < 300 && reader!.ReadRow(row))
        {
            rows++;
        }

        Assert.InRange(rows, 0, 299);
    }

    private static void AssertSameAsSkia(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        using var reader = PngRowReader.Open(png);
        Assert.NotNull(reader);
        Assert.Equal((decoded.Width, decoded.Height), (reader.Width, reader.Height));

        var row = new byte[reader.Width * 4];
        for (var y = 0; y < reader.Height; y++)
        {
            Assert.True(reader.ReadRow(row));
            for (var x = 0; x < reader.Width; x++)
            {
                var color = decoded.GetPixel(x, y); // unpremultiplied
                var alpha = color.Alpha;
                Assert.Equal(alpha, row[x * 4 + 3]);
                Assert.InRange(row[x * 4], color.Red * alpha / 255 - 1, color.Red * alpha / 255 + 1);
                Assert.InRange(row[x * 4 + 1], color.Green * alpha / 255 - 1, color.Green * alpha / 255 + 1);
                Assert.InRange(row[x * 4 + 2], color.Blue * alpha / 255 - 1, color.Blue * alpha / 255 + 1);
            }
        }
    }

    // A small PNG with the Sub filter on odd rows and Paeth on even ones, in formats Skia does not write.
    private static byte[] HandMadePng(int width, int height, int colorType, int bitDepth)
    {
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var rowBytes = (width * channels * bitDepth + 7) / 8;
        var bpp = Math.Max(1, channels * bitDepth / 8);
        var raw = new MemoryStream();
        var previous = new byte[rowBytes];
        for (var y = 0; y < height; y++)
        {
            var row = new byte[rowBytes];
            for (var i = 0; i < rowBytes; i++)
            {
                row[i] = (byte)((i * 37 + y * 91) & (colorType == 3 ? (bitDepth == 8 ? 3 : 0xFF) : 0xFF));
            }

            var filter = y % 2 == 0 ? 4 : 1;
            raw.WriteByte((byte)filter);
            for (var i = 0; i < rowBytes; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                var p = left + up - upLeft;
                var predictor = filter == 1 ? left
                    : Math.Abs(p - left) <= Math.Abs(p - up) && Math.Abs(p - left) <= Math.Abs(p - upLeft) ? left
                    : Math.Abs(p - up) <= Math.Abs(p - upLeft) ? up : upLeft;
                raw.WriteByte((byte)(row[i] - predictor));
            }

            previous = row;
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = ((byte)bitDepth, (byte)colorType);
        Chunk(png, "IHDR", header);
        if (colorType == 3)
        {
            Chunk(png, "PLTE", [255, 0, 0, 0, 255, 0, 0, 0, 255, 250, 250, 250]);
            Chunk(png, "tRNS", [255, 128, 0]);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    // The CRC-32 PNG chunks carry (polynomial 0xEDB88320), computed bit by bit: slow, but fixtures are tiny.
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
