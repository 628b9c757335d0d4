using System.Xml;

namespace Publisher.Document;

/// <summary>How Publisher reads XML that comes from a book (SVG images): the one rule every stage uses.</summary>
internal static class SafeXml
{
    /// <summary>
    /// A DOCTYPE is common in SVG files; it is skipped, no external entity is ever fetched, and entities cannot
    /// expand into a flood of text.
    /// </summary>
    public static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
    };
}
