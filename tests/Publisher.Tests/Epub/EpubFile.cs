using System.IO.Compression;
using System.Xml.Linq;
using Publisher.Epub;

namespace Publisher.Tests.Epub;

/// <summary>An EPUB written to memory and opened again, for reading its entries back as XML.</summary>
internal sealed class EpubFile : IDisposable
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    private EpubFile(byte[] bytes)
    {
        Bytes = bytes;
        Zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
    }

    public byte[] Bytes { get; }

    public ZipArchive Zip { get; }

    public static byte[] WriteBytes(BookDocument book)
    {
        using var output = new MemoryStream();
        EpubWriter.Write(book, output);
        return output.ToArray();
    }

    public static EpubFile Of(BookDocument book) => new(WriteBytes(book));

    public static EpubFile Read(string path) => new(File.ReadAllBytes(path));

    public XDocument Xml(string entryName)
    {
        var entry = Zip.GetEntry(entryName) ?? throw new Xunit.Sdk.XunitException($"the EPUB has no entry {entryName}");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public XDocument Package => Xml("OEBPS/content.opf");

    /// <summary>A content document by its path relative to the package document.</summary>
    public XDocument Page(string href) => Xml($"OEBPS/{href}");

    public IEnumerable<XElement> Metas(string property) =>
        Package.Descendants(Opf + "meta").Where(m => (string?)m.Attribute("property") == property);

    public void Dispose() => Zip.Dispose();
}
