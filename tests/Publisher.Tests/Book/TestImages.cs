using SkiaSharp;

namespace Publisher.Tests.Book;

/// <summary>Image fixtures drawn with SkiaSharp, so tests need no binary files.</summary>
internal static class TestImages
{
    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png, 100);

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg, 80);

    /// <summary>A 1 x 1 GIF written byte by byte (Skia reads GIF but cannot write it).</summary>
    public static byte[] Gif() =>
    [
        .. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, // 1 x 1, global colour table of 2
        0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, // white, black
        0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // image descriptor
        0x02, 0x02, 0x44, 0x01, 0x00, // LZW minimum code size 2, one block of 2 bytes
        0x3B, // trailer
    ];

    public static byte[] Svg(string attributes) =>
        System.Text.Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" {attributes}><rect width=\"10\" height=\"10\"/></svg>\n");

    /// <summary>Decodes image bytes to read back their size.</summary>
    public static (int Width, int Height, SKEncodedImageFormat Format) Inspect(byte[] data)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(data));
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format, int quality)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(0, 0, width / 2f, height, paint);
        }

        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }
}
