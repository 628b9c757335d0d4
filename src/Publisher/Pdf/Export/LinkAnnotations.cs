using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// The pages' links as link annotations (indirect objects, so a structure tree can point at them): a URI action for a
/// URL, a named destination (looked up in the catalog's /Dests) for a place in the book. No border is drawn. Each says
/// in /Contents what its link says; the structure tree gives each its /StructParent. A link wrapped over many lines
/// has an annotation per line: they share one URI action (one per URL in the document) and say at most
/// <see cref="MaxContents"/> characters each, so a link's cost grows with its length, not with its length times its
/// lines.
/// </summary>
internal sealed class LinkAnnotations(PdfDocument document)
{
    /// <summary>The longest /Contents written; a longer link text (a pasted URL) is cut there, with an ellipsis.</summary>
    public const int MaxContents = 300;

    private readonly Dictionary<string, PdfReference> _actions = new(StringComparer.Ordinal);

    /// <summary>Adds the annotations of <paramref name="frame"/>'s links to <paramref name="page"/>; answers them in the order of the links.</summary>
    public IReadOnlyList<PdfDictionary> Add(PdfPage page, PageFrame frame)
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

            // What a reader hears for the link (PDF/UA-1, 7.18.1): its text, else where it goes.
            annotation.Elements["/Contents"] = TextStrings.Of(Shortened(link.Content?.Owner.Alt ?? link.Url ?? link.DestinationName!));
            if (link.Url is not null)
            {
                annotation.Elements["/A"] = Action(link.Url);
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

    /// <summary>The URI action of a URL: written once, shared by every annotation that goes there.</summary>
    private PdfReference Action(string url)
    {
        if (!_actions.TryGetValue(url, out var reference))
        {
            var action = new PdfDictionary(document);
            action.Elements["/S"] = new PdfName("/URI");
            action.Elements["/URI"] = new PdfString(url);
            document.Internals.AddObject(action);
            reference = action.Reference!;
            _actions.Add(url, reference);
        }

        return reference;
    }

    private static string Shortened(string text) =>
        text.Length <= MaxContents ? text : string.Concat(text.AsSpan(0, MaxContents - 1), "\u2026");
}
