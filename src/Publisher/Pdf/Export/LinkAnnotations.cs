using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// A page's links as link annotations (indirect objects, so a structure tree can point at them): a URI action for a
/// URL, a named destination (looked up in the catalog's /Dests) for a place in the book. No border is drawn.
/// </summary>
internal static class LinkAnnotations
{
    public static IReadOnlyList<PdfDictionary> Add(PdfDocument document, PdfPage page, PageFrame frame)
    {
        var annotations = new List<PdfDictionary>();
        foreach (var item in frame.Items)
        {
            if (item is not LinkItem link || (link.Url is null && link.DestinationName is null))
            {
                continue;
            }

            var annotation = new PdfDictionary(document);
            annotation.Elements["/Type"] = new PdfName("/Annot");
            annotation.Elements["/Subtype"] = new PdfName("/Link");
            var rect = link.Rect;
            annotation.Elements["/Rect"] = new PdfLiteral(
                $"[{PdfNumbers.Format(rect.Left)} {PdfNumbers.Format(frame.Height - rect.Bottom)} {PdfNumbers.Format(rect.Right)} {PdfNumbers.Format(frame.Height - rect.Top)}]");
            annotation.Elements["/Border"] = new PdfLiteral("[0 0 0]");
            // Print: a link is part of the page, not a screen-only control.
            annotation.Elements["/F"] = new PdfInteger(4);
            if (link.Url is not null)
            {
                var action = new PdfDictionary(document);
                action.Elements["/S"] = new PdfName("/URI");
                action.Elements["/URI"] = new PdfString(link.Url);
                annotation.Elements["/A"] = action;
            }
            else
            {
                annotation.Elements["/Dest"] = new PdfName("/" + link.DestinationName);
            }

            document.Internals.AddObject(annotation);
            annotations.Add(annotation);
        }

        if (annotations.Count > 0)
        {
            var array = new PdfArray(document);
            foreach (var annotation in annotations)
            {
                array.Elements.Add(annotation.Reference!);
            }

            page.Elements["/Annots"] = array;
        }

        return annotations;
    }
}
