namespace Publisher.Epub;

/// <summary>Writes a BookDocument as an EPUB 3 file.</summary>
internal static class EpubWriter
{
    public static void Write(BookDocument document, Stream output) =>
        throw new NotImplementedException("EpubWriter is built by the EPUB stage");
}
