namespace Publisher.Publishing;

/// <summary>Which ebook files to write.</summary>
[Flags]
public enum OutputFormats
{
    /// <summary>An EPUB 3 file.</summary>
    Epub = 1,

    /// <summary>A typeset PDF file.</summary>
    Pdf = 2,

    /// <summary>Both the EPUB and the PDF.</summary>
    All = Epub | Pdf,
}
