using System.Runtime.InteropServices;
using SkiaSharp;

namespace Publisher.Book;

/// <summary>
/// Shrinks an RGBA image fed one row at a time by averaging each block of source pixels into one target
/// pixel (a box filter: no aliasing at large factors, and only one source row in memory).
/// </summary>
internal sealed class BoxDownscaler : IDisposable
{
    private readonly int _sourceHeight;
    private readonly int[] _targetColumn;
    private readonly int[] _columnWidth;
    private readonly uint[] _sums;
    private readonly SKBitmap _target;
    private int _sourceRow;
    private int _bandRow;
    private int _bandHeight;

    public BoxDownscaler(int sourceWidth, int sourceHeight, SKImageInfo target)
    {
        _sourceHeight = sourceHeight;
        _target = new SKBitmap(target);
        _targetColumn = new int[sourceWidth];
        _columnWidth = new int[target.Width];
        for (var x = 0; x < sourceWidth; x++)
        {
            _targetColumn[x] = (int)((long)x * target.Width / sourceWidth);
            _columnWidth[_targetColumn[x]]++;
        }

        _sums = new uint[target.Width * 4];
    }

    /// <summary>Adds the next source row (4 bytes a pixel).</summary>
    public void AddRow(ReadOnlySpan<byte> row)
    {
        var band = (int)((long)_sourceRow * _target.Height / _sourceHeight);
        if (band != _bandRow)
        {
            Flush();
            _bandRow = band;
        }

        for (var x = 0; x < _targetColumn.Length; x++)
        {
            var sum = _targetColumn[x] * 4;
            var pixel = x * 4;
            _sums[sum] += row[pixel];
            _sums[sum + 1] += row[pixel + 1];
            _sums[sum + 2] += row[pixel + 2];
            _sums[sum + 3] += row[pixel + 3];
        }

        _bandHeight++;
        _sourceRow++;
    }

    /// <summary>The shrunken image; the caller owns it.</summary>
    public SKBitmap Finish()
    {
        Flush();
        return _target;
    }

    public void Dispose() => _target.Dispose();

    private void Flush()
    {
        if (_bandHeight == 0)
        {
            return;
        }

        var rowStart = _bandRow * _target.RowBytes;
        var output = new byte[_sums.Length];
        for (var x = 0; x < _columnWidth.Length; x++)
        {
            var area = (uint)(_columnWidth[x] * _bandHeight);
            for (var channel = 0; channel < 4; channel++)
            {
                var i = x * 4 + channel;
                output[i] = area == 0 ? (byte)0 : (byte)((_sums[i] + area / 2) / area);
            }
        }

        Marshal.Copy(output, 0, _target.GetPixels() + rowStart, output.Length);
        Array.Clear(_sums);
        _bandHeight = 0;
    }
}
