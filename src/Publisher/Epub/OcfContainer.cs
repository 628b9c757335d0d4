using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Publisher.Epub;

/// <summary>
/// The EPUB's zip container (OCF): <c>mimetype</c> first and stored, then <c>META-INF/container.xml</c>, then
/// the publication's files in a fixed order, every entry with the same timestamp, so the bytes depend only on the book.
/// </summary>
internal static class OcfContainer
{
    public const string MimeType = "application/epub+zip";
    private const string PackagePath = $"{EpubNames.ContentFolder}/{EpubNames.PackageDocument}";

    /// <param name="package">The package document's bytes, written right after the container file.</param>
    /// <param name="items">Every other file, in the order they should appear in the zip.</param>
    public static void Write(Stream output, DateTimeOffset modified, byte[] package, IReadOnlyList<EpubItem> items)
    {
        var timestamp = ZipTimestamp(modified);

        // Built in memory: the zip writer needs a seekable stream to avoid data descriptors, and the
        // caller's stream may not be one.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            Add(zip, "mimetype", Encoding.ASCII.GetBytes(MimeType), timestamp, CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml", ContainerXml(), timestamp, CompressionLevel.Optimal);
            Add(zip, PackagePath, package, timestamp, CompressionLevel.Optimal);
            foreach (var item in items)
            {
                var level = IsCompressed(item.MediaType) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                Add(zip, $"{EpubNames.ContentFolder}/{item.Href}", item.Content, timestamp, level);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Add(ZipArchive zip, string name, byte[] content, DateTimeOffset timestamp, CompressionLevel level)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = timestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static byte[] ContainerXml()
    {
        XNamespace c = EpubNames.Container;
        var container = new XDocument(new XElement(
            c + "container",
            new XAttribute("version", "1.0"),
            new XElement(c + "rootfiles", new XElement(
                c + "rootfile",
                new XAttribute("full-path", PackagePath),
                new XAttribute("media-type", "application/oebps-package+xml")))));
        return XmlOutput.ToBytes(container, indent: true);
    }

    // Zip stores local time without a zone; the clock time of the UTC instant keeps every machine alike.
    // The DOS date format starts in 1980.
    private static DateTimeOffset ZipTimestamp(DateTimeOffset modified)
    {
        var utc = modified.UtcDateTime;
        var earliest = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var clock = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);
        return new DateTimeOffset(clock < earliest ? earliest : clock, TimeSpan.Zero);
    }

    // Images that are already compressed gain nothing from deflate.
    private static bool IsCompressed(string mediaType) => mediaType is "image/png" or "image/jpeg" or "image/gif" or "image/webp";
}
