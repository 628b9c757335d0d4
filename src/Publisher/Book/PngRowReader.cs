using System.Buffers.Binary;
using System.IO.Compression;

namespace Publisher.Book;

/// <summary>
/// Reads a non-interlaced PNG one row at a time, as premultiplied RGBA. SkiaSharp's PNG codec can only decode a
/// whole image (its <c>StartScanlineDecode</c> answers Unimplemented in 4.155, while JPEG's works), which for a
/// 20000 x 20000 picture means 1.6 GB; downscaling row by row needs only two rows. Interlaced files return null from
/// <see cref="Open"/> and are decoded whole by SkiaSharp instead.
/// </summary>
internal sealed class PngRowReader : IDisposable
{
    private readonly ZLibStream _pixels;
    private readonly int _colorType;
    private readonly int _bitDepth;
    private readonly byte[] _palette;
    private readonly byte[] _paletteAlpha;
    private readonly int _bytesPerPixel;
    private byte[] _previous;
    private byte[] _current;

    private PngRowReader(int width, int height, int bitDepth, int colorType, byte[] palette, byte[] paletteAlpha, byte[] compressed)
    {
        Width = width;
        Height = height;
        _bitDepth = bitDepth;
        _colorType = colorType;
        _palette = palette;
        _paletteAlpha = paletteAlpha;
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        _bytesPerPixel = Math.Max(1, channels * bitDepth / 8);
        var rowBytes = (int)(((long)width * channels * bitDepth + 7) / 8);
        _previous = new byte[rowBytes];
        _current = new byte[rowBytes];
        _pixels = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>A reader for the file, or null when it is interlaced or not a PNG this reader understands.</summary>
    public static PngRowReader? Open(byte[] png)
    {
        var position = 8;
        int width = 0, height = 0, bitDepth = 0, colorType = -1, interlace = 0;
        byte[] palette = [];
        byte[] paletteAlpha = [];
        using var compressed = new MemoryStream();
        while (position + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            if (length < 0 || position + 12L + length > png.Length)
            {
                break;
            }

            var type = png.AsSpan(position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            if (type.SequenceEqual("IHDR"u8) && length >= 13)
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (bitDepth, colorType, interlace) = (data[8], data[9], data[12]);
            }
            else if (type.SequenceEqual("PLTE"u8))
            {
                palette = data.ToArray();
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                paletteAlpha = data.ToArray();
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                compressed.Write(data);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            position += 12 + length;
        }

        var supported = width > 0 && height > 0 && interlace == 0 && colorType switch
        {
            0 => bitDepth is 1 or 2 or 4 or 8 or 16,
            3 => bitDepth is 1 or 2 or 4 or 8 && palette.Length >= 3,
            2 or 4 or 6 => bitDepth is 8 or 16,
            _ => false,
        };
        return supported ? new PngRowReader(width, height, bitDepth, colorType, palette, paletteAlpha, compressed.ToArray()) : null;
    }

    /// <summary>Reads the next row into <paramref name="rgba"/> (4 bytes a pixel); false when the data ends early or is damaged.</summary>
    public bool ReadRow(Span<byte> rgba)
    {
        try
        {
            var filter = _pixels.ReadByte();
            if (filter is < 0 or > 4)
            {
                return false;
            }

            _pixels.ReadExactly(_current);
            Unfilter(filter);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            return false;
        }

        if (_bitDepth == 8 && _colorType == 2)
        {
            // Plain 8-bit RGB, by far the most common large PNG, without the general per-pixel dispatch.
            for (int x = 0, source = 0, target = 0; x < Width; x++, source += 3, target += 4)
            {
                rgba[target] = _current[source];
                rgba[target + 1] = _current[source + 1];
                rgba[target + 2] = _current[source + 2];
                rgba[target + 3] = 255;
            }
        }
        else
        {
            ConvertRow(rgba);
        }

        (_previous, _current) = (_current, _previous);
        return true;
    }

    private void ConvertRow(Span<byte> rgba)
    {
        for (var x = 0; x < Width; x++)
        {
            var (r, g, b, a) = Pixel(x);
            rgba[x * 4] = (byte)(r * a / 255);
            rgba[x * 4 + 1] = (byte)(g * a / 255);
            rgba[x * 4 + 2] = (byte)(b * a / 255);
            rgba[x * 4 + 3] = (byte)a;
        }
    }

    public void Dispose() => _pixels.Dispose();

    // The five PNG row filters, undone in place using the row above.
    private void Unfilter(int filter)
    {
        var row = _current;
        var above = _previous;
        var bpp = _bytesPerPixel;
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0;
            int up = above[i];
            int upLeft = i >= bpp ? above[i - bpp] : 0;
            row[i] = filter switch
            {
                1 => (byte)(row[i] + left),
                2 => (byte)(row[i] + up),
                3 => (byte)(row[i] + ((left + up) >> 1)),
                4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                _ => row[i],
            };
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private (int R, int G, int B, int A) Pixel(int x)
    {
        switch (_colorType)
        {
            case 0:
            {
                var gray = Sample(x, 0, 1);
                return (gray, gray, gray, 255);
            }

            case 3:
            {
                var index = SubByteSample(x);
                var entry = index * 3;
                if (entry + 2 >= _palette.Length)
                {
                    return (0, 0, 0, 255);
                }

                var alpha = index < _paletteAlpha.Length ? _paletteAlpha[index] : 255;
                return (_palette[entry], _palette[entry + 1], _palette[entry + 2], alpha);
            }

            case 4:
            {
                var gray = Sample(x, 0, 2);
                return (gray, gray, gray, Sample(x, 1, 2));
            }

            case 2:
                return (Sample(x, 0, 3), Sample(x, 1, 3), Sample(x, 2, 3), 255);

            default:
                return (Sample(x, 0, 4), Sample(x, 1, 4), Sample(x, 2, 4), Sample(x, 3, 4));
        }
    }

    // An 8-bit value for one channel; 16-bit samples keep their high byte, 1/2/4-bit gray is scaled up.
    private int Sample(int x, int channel, int channels)
    {
        if (_bitDepth == 8)
        {
            return _current[x * channels + channel];
        }

        if (_bitDepth == 16)
        {
            return _current[(x * channels + channel) * 2];
        }

        var maximum = (1 << _bitDepth) - 1;
        return SubByteSample(x) * 255 / maximum;
    }

    private int SubByteSample(int x)
    {
        if (_bitDepth == 8)
        {
            return _current[x];
        }

        var bit = x * _bitDepth;
        var shift = 8 - _bitDepth - bit % 8;
        return (_current[bit / 8] >> shift) & ((1 << _bitDepth) - 1);
    }
}
