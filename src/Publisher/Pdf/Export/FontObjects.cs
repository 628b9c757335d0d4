using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Publisher.Pdf.Export;

/// <summary>
/// Writes a cut font as PDF objects: a Type0 font (Identity-H, so each two-byte code is a CID) over a CID font
/// whose CIDs are glyph ids (CIDToGIDMap Identity for TrueType outlines; CFF outlines go in as OpenType), with
/// its widths, a font descriptor, the font file and a ToUnicode map.
/// </summary>
internal static class FontObjects
{
    public static PdfReference Add(PdfDocument document, PreparedFont font, ContentHash content)
    {
        var program = Stream(document, BitmapEncoder.Deflate(font.Program), content);
        program.Elements["/Filter"] = new PdfName("/FlateDecode");
        if (font.IsCff)
        {
            program.Elements["/Subtype"] = new PdfName("/OpenType");
        }
        else
        {
            program.Elements["/Length1"] = new PdfInteger(font.Program.Length);
        }

        var descriptor = Indirect(document);
        descriptor.Elements["/Type"] = new PdfName("/FontDescriptor");
        descriptor.Elements["/FontName"] = new PdfName("/" + font.BaseFont);
        descriptor.Elements["/Flags"] = new PdfInteger(font.Flags);
        descriptor.Elements["/FontBBox"] = new PdfLiteral("[" + string.Join(' ', font.BoundingBox.Select(PdfNumbers.Format)) + "]");
        descriptor.Elements["/ItalicAngle"] = new PdfLiteral(PdfNumbers.Format(font.ItalicAngle));
        descriptor.Elements["/Ascent"] = new PdfLiteral(PdfNumbers.Format(font.Ascent));
        descriptor.Elements["/Descent"] = new PdfLiteral(PdfNumbers.Format(font.Descent));
        descriptor.Elements["/CapHeight"] = new PdfLiteral(PdfNumbers.Format(font.CapHeight));
        // Required, and not in the font file; a typical value for text weights, as other writers give.
        descriptor.Elements["/StemV"] = new PdfInteger(80);
        descriptor.Elements[font.IsCff ? "/FontFile3" : "/FontFile2"] = program.Reference;

        var cidFont = Indirect(document);
        cidFont.Elements["/Type"] = new PdfName("/Font");
        cidFont.Elements["/Subtype"] = new PdfName(font.IsCff ? "/CIDFontType0" : "/CIDFontType2");
        cidFont.Elements["/BaseFont"] = new PdfName("/" + font.BaseFont);
        cidFont.Elements["/CIDSystemInfo"] = new PdfLiteral("<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>");
        cidFont.Elements["/FontDescriptor"] = descriptor.Reference;
        cidFont.Elements["/W"] = new PdfLiteral(font.Widths);
        if (!font.IsCff)
        {
            cidFont.Elements["/CIDToGIDMap"] = new PdfName("/Identity");
        }

        var toUnicode = Stream(document, BitmapEncoder.Deflate(font.ToUnicode), content);
        toUnicode.Elements["/Filter"] = new PdfName("/FlateDecode");

        var type0 = Indirect(document);
        type0.Elements["/Type"] = new PdfName("/Font");
        type0.Elements["/Subtype"] = new PdfName("/Type0");
        type0.Elements["/BaseFont"] = new PdfName("/" + font.BaseFont);
        type0.Elements["/Encoding"] = new PdfName("/Identity-H");
        // A real array, not a literal: PDFsharp renumbers objects when it saves.
        var descendants = new PdfArray(document);
        descendants.Elements.Add(cidFont.Reference!);
        type0.Elements["/DescendantFonts"] = descendants;
        type0.Elements["/ToUnicode"] = toUnicode.Reference;
        return type0.Reference!;
    }

    private static PdfDictionary Indirect(PdfDocument document)
    {
        var dictionary = new PdfDictionary(document);
        document.Internals.AddObject(dictionary);
        return dictionary;
    }

    private static PdfDictionary Stream(PdfDocument document, byte[] data, ContentHash content)
    {
        var stream = Indirect(document);
        stream.CreateStream(data);
        content.Add(data);
        return stream;
    }
}
