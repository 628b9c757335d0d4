using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Publisher.Pdf.Export;

/// <summary>Writes an encoded bitmap as an image XObject, with its soft mask when it has one.</summary>
internal static class ImageObjects
{
    public static PdfReference Add(PdfDocument document, EncodedImage image, ContentHash content)
    {
        var xObject = new PdfDictionary(document);
        document.Internals.AddObject(xObject);
        xObject.CreateStream(image.Data);
        content.Add(image.Data);
        xObject.Elements["/Type"] = new PdfName("/XObject");
        xObject.Elements["/Subtype"] = new PdfName("/Image");
        xObject.Elements["/Width"] = new PdfInteger(image.Width);
        xObject.Elements["/Height"] = new PdfInteger(image.Height);
        xObject.Elements["/ColorSpace"] = image.Palette is { } palette ? Indexed(document, image.ColorSpace, palette) : new PdfName("/" + image.ColorSpace);
        xObject.Elements["/BitsPerComponent"] = new PdfInteger(image.BitsPerComponent);
        xObject.Elements["/Filter"] = new PdfName("/" + image.Filter);
        if (image.Colors > 0)
        {
            // Rows carry PNG filter bytes.
            xObject.Elements["/DecodeParms"] = new PdfLiteral(
                $"<</Predictor 15/Colors {image.Colors}/BitsPerComponent {image.BitsPerComponent}/Columns {image.Width}>>");
        }
        if (image.InvertedCmyk)
        {
            // Adobe's CMYK JPEGs store inverted values.
            xObject.Elements["/Decode"] = new PdfLiteral("[1 0 1 0 1 0 1 0]");
        }

        if (image.Mask is { } mask)
        {
            xObject.Elements["/SMask"] = Add(document, mask, content);
        }

        return xObject.Reference!;
    }

    /// <summary>[/Indexed base hival &lt;palette&gt;]: each sample is an index into the palette's RGB triples.</summary>
    private static PdfArray Indexed(PdfDocument document, string baseSpace, byte[] palette)
    {
        var space = new PdfArray(document);
        space.Elements.Add(new PdfName("/Indexed"));
        space.Elements.Add(new PdfName("/" + baseSpace));
        space.Elements.Add(new PdfInteger(palette.Length / 3 - 1));
        space.Elements.Add(new PdfLiteral("<" + Convert.ToHexString(palette) + ">"));
        return space;
    }
}
