using System.Globalization;
using System.Xml;
using Publisher.Document;

namespace Publisher.Book;

/// <summary>Recognises an SVG file by its XML root element and reads its intrinsic size.</summary>
internal static class SvgImage
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    // The size a browser gives an SVG that states none.
    private const float DefaultWidth = 300;
    private const float DefaultHeight = 150;

    public static bool LooksLikeXml(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        var start = content.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && content[start] == (byte)'<';
    }

    public static ImageCheck Check(byte[] bytes)
    {
        var settings = SafeXml.ReaderSettings();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            reader.MoveToContent();
            if (reader.LocalName != "svg")
            {
                return ImageCheck.Bad($"the file is XML with root element <{reader.Name}>, not an SVG image");
            }

            if (reader.NamespaceURI != SvgNamespace)
            {
                return ImageCheck.Bad($"the SVG root element lacks xmlns=\"{SvgNamespace}\", so readers will not show it");
            }

            var (width, height) = Size(reader.GetAttribute("width"), reader.GetAttribute("height"), reader.GetAttribute("viewBox"));

            // Read to the end so a broken file is caught here rather than in a reader's app.
            while (reader.Read())
            {
            }

            return ImageCheck.Good("image/svg+xml", bytes, (int)MathF.Round(width), (int)MathF.Round(height));
        }
        catch (XmlException e)
        {
            return ImageCheck.Bad($"the SVG file is not well-formed XML (line {e.LineNumber}, column {e.LinePosition}: {e.Message})");
        }
    }

    private static (float Width, float Height) Size(string? widthText, string? heightText, string? viewBoxText)
    {
        var width = Length(widthText);
        var height = Length(heightText);
        var viewBox = ViewBox(viewBoxText);
        if (width is { } w && height is { } h)
        {
            return (w, h);
        }

        if (viewBox is { } box)
        {
            // With one side given, the other follows the viewBox's aspect ratio.
            return (width, height) switch
            {
                ({ } onlyWidth, null) => (onlyWidth, onlyWidth * box.Height / box.Width),
                (null, { } onlyHeight) => (onlyHeight * box.Width / box.Height, onlyHeight),
                _ => box,
            };
        }

        return (width ?? DefaultWidth, height ?? DefaultHeight);
    }

    private static (float Width, float Height)? ViewBox(string? text)
    {
        var parts = (text ?? "").Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
        {
            return null;
        }

        var numbers = parts.Select(p => float.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : float.NaN).ToArray();
        return numbers[2] > 0 && numbers[3] > 0 && float.IsFinite(numbers[2]) && float.IsFinite(numbers[3])
            ? (numbers[2], numbers[3])
            : null;
    }

    // SVG user units are CSS pixels (96 per inch); percentages and font-relative units give no intrinsic size.
    private static float? Length(string? text)
    {
        var value = text?.Trim() ?? "";
        var unit = new string(value.Reverse().TakeWhile(char.IsAsciiLetter).Reverse().ToArray());
        float? perUnit = unit.ToLowerInvariant() switch
        {
            "" or "px" => 1f,
            "pt" => 96f / 72f,
            "pc" => 16f,
            "in" => 96f,
            "cm" => 96f / 2.54f,
            "mm" => 96f / 25.4f,
            _ => null,
        };
        return perUnit is not null &&
               float.TryParse(value[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) &&
               number > 0 && float.IsFinite(number)
            ? number * perUnit
            : null;
    }
}
