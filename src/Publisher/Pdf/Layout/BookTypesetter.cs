namespace Publisher.Pdf.Layout;

/// <summary>Lays out the whole book into pages: title page, table of contents, chapters, running heads.</summary>
internal static class BookTypesetter
{
    public static LaidOutBook Typeset(BookDocument document, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("BookTypesetter is built by the PDF layout stage");
}
