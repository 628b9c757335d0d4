using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Document;

namespace Publisher.Book;

/// <summary>
/// Page sizes and lengths as book.yml writes them in its <c>pdf:</c> section. Every length is returned in PDF points
/// (1/72 inch). The defaults (page size, margins, type size) live in <see cref="PdfSettings"/>.
/// </summary>
internal static partial class PageGeometry
{
    public static readonly (float Width, float Height) A4 = PdfSettings.A4;
    public static readonly (float Width, float Height) Letter = (612f, 792f);
    public static readonly (float Width, float Height) A5 = (419.53f, 595.28f);
    public static readonly (float Width, float Height) UsTrade = (432f, 648f);

    /// <summary>The page size names book.yml accepts, besides <c>W x H</c>.</summary>
    public static readonly IReadOnlyList<string> NamedSizes = ["A4", "Letter", "A5", "6x9in"];

    // Regions whose paper is US Letter; everyone else uses A4.
    private static readonly HashSet<string> LetterRegions = ["US", "CA", "MX", "PH", "CL", "CO", "VE"];

    /// <summary>A length such as <c>20mm</c>, <c>2.5cm</c>, <c>1in</c>, <c>54pt</c> or a bare number of points.</summary>
    public static float? ParseLength(string text)
    {
        var match = LengthPattern().Match(text);
        return match.Success ? ToPoints(match.Groups["n"].Value, match.Groups["u"].Value) : null;
    }

    /// <summary>A named size (A4, Letter, A5, 6x9in) or <c>W x H</c> with units, e.g. <c>148mm x 210mm</c>.</summary>
    public static (float Width, float Height)? ParsePageSize(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("A4", StringComparison.OrdinalIgnoreCase))
        {
            return A4;
        }

        if (trimmed.Equals("Letter", StringComparison.OrdinalIgnoreCase))
        {
            return Letter;
        }

        if (trimmed.Equals("A5", StringComparison.OrdinalIgnoreCase))
        {
            return A5;
        }

        var match = SizePattern().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }

        // "6x9in" and "148 x 210mm" give the unit once, at the end.
        var heightUnit = match.Groups["hu"].Value;
        var widthUnit = match.Groups["wu"].Success && match.Groups["wu"].Value.Length > 0 ? match.Groups["wu"].Value : heightUnit;
        var width = ToPoints(match.Groups["w"].Value, widthUnit);
        var height = ToPoints(match.Groups["h"].Value, heightUnit);
        return width is > 0 && height is > 0 ? (width.Value, height.Value) : null;
    }

    /// <summary>Letter for the regions that use it (e.g. <c>en-US</c>), else A4.</summary>
    public static (float Width, float Height) DefaultPageSize(string language)
    {
        var region = language.Split('-', '_').Skip(1).FirstOrDefault(part => part.Length == 2 && part.All(char.IsAsciiLetter));
        return region is not null && LetterRegions.Contains(region.ToUpperInvariant()) ? Letter : A4;
    }

    private static float? ToPoints(string number, string unit)
    {
        if (!float.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value))
        {
            return null;
        }

        float? perUnit = unit.ToLowerInvariant() switch
        {
            "" or "pt" => 1f,
            "in" => 72f,
            "mm" => 72f / 25.4f,
            "cm" => 72f / 2.54f,
            _ => null,
        };
        return value * perUnit;
    }

    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?|\.\d+)\s*(?<u>mm|cm|in|pt)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LengthPattern();

    [GeneratedRegex(
        @"^(?<w>\d+(?:\.\d+)?)\s*(?<wu>mm|cm|in|pt)?\s*[x×]\s*(?<h>\d+(?:\.\d+)?)\s*(?<hu>mm|cm|in|pt)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
