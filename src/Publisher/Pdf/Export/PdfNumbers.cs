using System.Globalization;

namespace Publisher.Pdf.Export;

/// <summary>Numbers as written into PDF objects: invariant, at most three decimals, no exponent.</summary>
internal static class PdfNumbers
{
    public static string Format(float value) =>
        Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);
}
