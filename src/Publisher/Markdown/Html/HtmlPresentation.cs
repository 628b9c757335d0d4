using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>
/// What an element's presentational attributes and <c>style</c> ask for, in the terms a book keeps: an
/// alignment, a picture's width, a language. Presentation with no such equivalent (colours, borders, cell
/// padding, fonts) is dropped with one warning per kind and chapter (PUB231); event handlers are removed (PUB205).
/// </summary>
internal sealed partial record HtmlPresentation(BlockAlignment Alignment, ImageWidth? Width, float? HeightPixels, string? Language)
{
    public static readonly HtmlPresentation None = new(BlockAlignment.Default, null, null, null);

    /// <summary>Attributes that only change the look and that the book cannot carry.</summary>
    private static readonly HashSet<string> DroppedAttributes = new(StringComparer.Ordinal)
    {
        "valign", "bgcolor", "border", "cellpadding", "cellspacing", "color", "face", "size", "hspace", "vspace",
        "clear", "frame", "rules", "background", "nowrap", "bordercolor", "compact", "noshade", "char", "charoff",
        "axis", "frameborder", "scrolling", "marginwidth", "marginheight", "text", "link", "vlink", "alink",
        "leftmargin", "topmargin",
    };

    public static HtmlPresentation Read(string element, IEnumerable<(string Name, string Value)> attributes, SourceLocation location, HtmlReport report)
    {
        var alignment = BlockAlignment.Default;
        ImageWidth? width = null;
        float? height = null;
        string? language = null;
        var isImage = element == "img";
        foreach (var (rawName, value) in attributes)
        {
            var name = rawName.ToLowerInvariant();
            switch (name)
            {
                case "align":
                    alignment = Align(element, value, location, report, alignment);
                    break;
                case "width" or "height" when isImage:
                    if (Length(value) is { } length)
                    {
                        if (name == "width")
                        {
                            width = length;
                        }
                        else if (!length.IsPercent)
                        {
                            height = length.Value;
                        }
                    }

                    break;
                case "width" or "height":
                    report.PresentationDropped($"attribute '{name}'", element, location);
                    break;
                case "type" when element is "ol" or "ul" or "li":
                    report.PresentationDropped("attribute 'type' (the numbering style)", element, location);
                    break;
                case "style":
                    (alignment, width, height) = Style(element, value, location, report, alignment, width, height);
                    break;
                case "lang" or "xml:lang":
                    language = LanguageTag().IsMatch(value.Trim()) ? value.Trim() : language;
                    break;
                case var _ when name.StartsWith("on", StringComparison.Ordinal) && name.Length > 2:
                    report.Diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, $"Removed the event handler attribute '{name}' from <{element}>", location);
                    break;
                case var _ when DroppedAttributes.Contains(name):
                    report.PresentationDropped($"attribute '{name}'", element, location);
                    break;
            }
        }

        if (element == "center" && alignment == BlockAlignment.Default)
        {
            alignment = BlockAlignment.Center;
        }

        return new HtmlPresentation(alignment, width, height, language);
    }

    private static BlockAlignment Align(string element, string value, SourceLocation location, HtmlReport report, BlockAlignment current)
    {
        var alignment = value.Trim().ToLowerInvariant() switch
        {
            "left" => BlockAlignment.Left,
            "center" or "centre" => BlockAlignment.Center,
            "middle" when element != "img" => BlockAlignment.Center,
            "right" => BlockAlignment.Right,
            "justify" when element != "img" => BlockAlignment.Justify,
            _ => (BlockAlignment?)null,
        };
        if (alignment is null)
        {
            report.PresentationDropped($"alignment '{value.Trim()}'", element, location);
            return current;
        }

        return alignment.Value;
    }

    private static (BlockAlignment, ImageWidth?, float?) Style(
        string element, string style, SourceLocation location, HtmlReport report, BlockAlignment alignment, ImageWidth? width, float? height)
    {
        var isImage = element == "img";
        foreach (var declaration in style.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = declaration.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var property = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Trim().ToLowerInvariant().Replace("!important", "", StringComparison.Ordinal).Trim();
            switch (property)
            {
                case "text-align" when !isImage:
                    alignment = Align(element, value, location, report, alignment);
                    break;
                case "width" or "max-width" when isImage && Length(value) is { } length:
                    width = width is null || property == "max-width" && Narrower(length, width) ? length : width;
                    break;
                case "height" when isImage && Length(value) is { IsPercent: false } length:
                    height = length.Value;
                    break;
                case "float" when isImage && value is "left" or "right":
                    alignment = value == "left" ? BlockAlignment.Left : BlockAlignment.Right;
                    break;
                case "display" when value is "block" or "inline" or "inline-block":
                case "margin" or "margin-left" or "margin-right" when isImage && value.Contains("auto", StringComparison.Ordinal):
                    alignment = property.StartsWith("margin", StringComparison.Ordinal) ? BlockAlignment.Center : alignment;
                    break;
                default:
                    report.PresentationDropped($"style '{property}'", element, location);
                    break;
            }
        }

        return (alignment, width, height);
    }

    private static bool Narrower(ImageWidth candidate, ImageWidth current) =>
        candidate.IsPercent == current.IsPercent && candidate.Value < current.Value;

    /// <summary><c>300</c>, <c>300px</c> or <c>50%</c>; anything else (<c>auto</c>, <c>20em</c>) is no width.</summary>
    public static ImageWidth? Length(string value)
    {
        var match = LengthValue().Match(value.Trim());
        if (!match.Success || !float.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return null;
        }

        return match.Groups["unit"].Value == "%" ? ImageWidth.Percent(Math.Min(number, 100)) : ImageWidth.Pixels(number);
    }

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>px|%)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthValue();

    [GeneratedRegex(@"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
