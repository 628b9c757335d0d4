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
        xObject.Elements["/ColorSpace"] = new PdfName("/" + image.ColorSpace);
        xObject.Elements["/BitsPerComponent"] = new PdfInteger(8);
        xObject.Elements["/Filter"] = new PdfName("/" + image.Filter);
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
}
