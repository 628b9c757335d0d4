using System.Text;

namespace Publisher.Tests.Epub;

public sealed class EpubContainerTests
{
    [Fact]
    public void Mimetype_is_the_first_entry_stored_uncompressed_without_extra_field()
    {
        var bytes = EpubFile.WriteBytes(DocumentSamples.Rich());

        // Local file header: signature, then compression method at 8, name length at 26, extra length at 28.
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8));
        var nameLength = BitConverter.ToUInt16(bytes, 26);
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28));
        Assert.Equal("mimetype", Encoding.ASCII.GetString(bytes, 30, nameLength));
        Assert.Equal("application/epub+zip", Encoding.ASCII.GetString(bytes, 30 + nameLength, 20));
    }

    [Fact]
    public void The_container_names_the_package_document_which_follows_it()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        var rootfile = epub.Xml("META-INF/container.xml").Descendants().Single(e => e.Name.LocalName == "rootfile");

        Assert.Equal("OEBPS/content.opf", (string?)rootfile.Attribute("full-path"));
        Assert.Equal("application/oebps-package+xml", (string?)rootfile.Attribute("media-type"));
        Assert.Equal(["mimetype", "META-INF/container.xml", "OEBPS/content.opf"], epub.Zip.Entries.Take(3).Select(e => e.FullName));
    }

    [Fact]
    public void Writing_the_same_book_twice_gives_identical_bytes()
    {
        var first = EpubFile.WriteBytes(DocumentSamples.Rich());
        var second = EpubFile.WriteBytes(DocumentSamples.Rich());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_entry_carries_the_books_modified_time()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book);

        // Zip keeps two-second precision and no zone.
        Assert.All(epub.Zip.Entries, entry => Assert.Equal(book.Metadata.Modified.UtcDateTime, entry.LastWriteTime.DateTime));
    }

    [Fact]
    public void A_different_modified_time_changes_the_bytes()
    {
        var book = DocumentSamples.Rich();
        var later = book with { Metadata = book.Metadata with { Modified = book.Metadata.Modified.AddDays(1) } };

        Assert.NotEqual(EpubFile.WriteBytes(book), EpubFile.WriteBytes(later));
    }
}
