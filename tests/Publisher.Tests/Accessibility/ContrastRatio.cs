using System.Globalization;
using SkiaSharp;

namespace Publisher.Tests.Accessibility;

/// <summary>The WCAG 2 contrast ratio of two opaque colours: (L1 + 0.05) / (L2 + 0.05) of their relative luminances.</summary>
internal static class ContrastRatio
{
    /// <summary>What WCAG 2.1 level AA asks of normal-size text (1.4.3).</summary>
    public const double AA = 4.5;

    public static double Of(SKColor foreground, SKColor background)
    {
        var (lighter, darker) = (Luminance(foreground), Luminance(background)) is var (a, b) && a > b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    /// <summary>A CSS colour written <c>#rgb</c> or <c>#rrggbb</c>.</summary>
    public static SKColor Hex(string css)
    {
        var hex = css.TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }

        var value = uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new SKColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary><paramref name="tint"/> at <paramref name="alpha"/> over an opaque <paramref name="below"/>, as a browser composes it.</summary>
    public static SKColor Over(SKColor tint, double alpha, SKColor below) => new(
        (byte)Math.Round(tint.Red * alpha + below.Red * (1 - alpha)),
        (byte)Math.Round(tint.Green * alpha + below.Green * (1 - alpha)),
        (byte)Math.Round(tint.Blue * alpha + below.Blue * (1 - alpha)));

    private static double Luminance(SKColor colour) =>
        0.2126 * Channel(colour.Red) + 0.7152 * Channel(colour.Green) + 0.0722 * Channel(colour.Blue);

    private static double Channel(byte value)
    {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
