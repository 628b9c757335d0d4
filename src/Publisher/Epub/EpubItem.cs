namespace Publisher.Epub;

/// <summary>One file of the publication below <c>OEBPS/</c>, as the package document lists it.</summary>
/// <param name="Id">The manifest id, an XML name unique in the package.</param>
/// <param name="Href">The path relative to the package document, e.g. <c>ch01.xhtml</c> or <c>images/a.png</c>.</param>
/// <param name="MediaType">The MIME type, e.g. <c>application/xhtml+xml</c>.</param>
/// <param name="Content">The file's bytes.</param>
internal sealed record EpubItem(string Id, string Href, string MediaType, byte[] Content)
{
    /// <summary>Manifest properties such as <c>nav</c>, <c>svg</c> or <c>cover-image</c>.</summary>
    public IReadOnlyList<string> Properties { get; init; } = [];

    /// <summary>Where the item sits in the reading order; null when it is not in the spine.</summary>
    public SpinePlacement? Spine { get; init; }
}

/// <summary>How a content document takes part in the reading order.</summary>
/// <param name="Linear">False for auxiliary pages a reader may skip.</param>
internal sealed record SpinePlacement(bool Linear = true);
