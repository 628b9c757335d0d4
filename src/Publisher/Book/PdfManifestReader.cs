using Publisher.Document;
using YamlDotNet.RepresentationModel;

namespace Publisher.Book;

/// <summary>
/// Reads the <c>pdf:</c> section of book.yml: page size, margins, type size, system fonts, hyphenation and floats,
/// each checked (PUB102, PUB103).
/// </summary>
internal sealed class PdfManifestReader(ManifestValues values)
{
    private static readonly IReadOnlyList<string> PdfKeys = ["pageSize", "margins", "fontSize", "systemFonts", "hyphenate", "floats"];
    private static readonly IReadOnlyList<string> MarginKeys = ["top", "bottom", "inner", "outer"];

    public PdfManifest Read(YamlNode node)
    {
        var pdf = new PdfManifest();
        if (values.AsMapping("pdf", node, "a map such as 'pageSize: A5'") is not { } mapping)
        {
            return pdf;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = ManifestValues.KeyName(keyNode);
            pdf = key switch
            {
                "pageSize" => pdf with { PageSize = PageSize(value) },
                "margins" => Margins(pdf, value),
                "fontSize" => pdf with { FontSize = FontSize(value) },
                "systemFonts" => pdf with { SystemFonts = Boolean("pdf.systemFonts", value) },
                "hyphenate" => pdf with { Hyphenate = Boolean("pdf.hyphenate", value) },
                "floats" => pdf with { Floats = Boolean("pdf.floats", value) },
                _ => values.Unknown(pdf, "pdf." + key, keyNode, PdfKeys.Select(k => "pdf." + k).ToList()),
            };
        }

        return CheckRoomForText(pdf, node);
    }

    private PdfManifest Margins(PdfManifest pdf, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            var all = Length("pdf.margins", node);
            return pdf with { MarginTop = all, MarginBottom = all, MarginInner = all, MarginOuter = all };
        }

        if (values.AsMapping("pdf.margins", node, "one length such as '20mm', or a map of top, bottom, inner and outer") is not { } mapping)
        {
            return pdf;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = ManifestValues.KeyName(keyNode);
            var name = "pdf.margins." + key;
            pdf = key switch
            {
                "top" => pdf with { MarginTop = Length(name, value) },
                "bottom" => pdf with { MarginBottom = Length(name, value) },
                "inner" => pdf with { MarginInner = Length(name, value) },
                "outer" => pdf with { MarginOuter = Length(name, value) },
                _ => values.Unknown(pdf, name, keyNode, MarginKeys.Select(k => "pdf.margins." + k).ToList()),
            };
        }

        return pdf;
    }

    private PdfManifest CheckRoomForText(PdfManifest pdf, YamlNode node)
    {
        // The page size may still come from the language; A5 is the smallest default-free check we can make.
        var (width, height) = pdf.PageSize ?? PageGeometry.A5;
        var margins = PdfSettings.DefaultMargins(width, height);
        var textWidth = width - (pdf.MarginInner ?? margins.Inner) - (pdf.MarginOuter ?? margins.Outer);
        var textHeight = height - (pdf.MarginTop ?? margins.Top) - (pdf.MarginBottom ?? margins.Bottom);
        if (textWidth >= 72 && textHeight >= 72)
        {
            return pdf;
        }

        values.WrongType("pdf.margins", node, $"margins that leave at least one inch for the text on a {width:0.#} x {height:0.#} pt page");
        return pdf with { MarginTop = null, MarginBottom = null, MarginInner = null, MarginOuter = null };
    }

    private (float Width, float Height)? PageSize(YamlNode node)
    {
        var size = node is YamlScalarNode scalar && !ManifestValues.IsNull(scalar) ? PageGeometry.ParsePageSize(scalar.Value!) : null;
        if (size is null)
        {
            values.WrongType("pdf.pageSize", node, $"{string.Join(", ", PageGeometry.NamedSizes)}, or a size such as '148mm x 210mm'");
        }

        return size;
    }

    private float? Length(string key, YamlNode node)
    {
        var length = node is YamlScalarNode scalar && !ManifestValues.IsNull(scalar) ? PageGeometry.ParseLength(scalar.Value!) : null;
        if (length is null)
        {
            values.WrongType(key, node, "a length such as '20mm', '2cm', '0.75in' or '54pt'");
        }

        return length;
    }

    private float? FontSize(YamlNode node)
    {
        var size = node is YamlScalarNode scalar && !ManifestValues.IsNull(scalar) ? PageGeometry.ParseLength(scalar.Value!) : null;
        if (size is >= 5 and <= 72)
        {
            return size;
        }

        values.WrongType("pdf.fontSize", node, "a type size in points from 5 to 72, such as 10.5");
        return null;
    }

    private bool? Boolean(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        values.WrongType(key, node, "true or false");
        return null;
    }
}
