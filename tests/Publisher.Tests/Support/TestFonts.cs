using System.Buffers.Binary;

namespace Publisher.Tests.Support;

/// <summary>
/// Font files for tests, made from the fonts the library bundles (no font file is committed for tests): a bundled
/// font under another name, or a collection (.ttc) of several put together at test time.
/// </summary>
internal static class TestFonts
{
    public static byte[] NotoSerif => BundledFonts.Read(FontRole.Serif);

    public static byte[] NotoSans => BundledFonts.Read(FontRole.Sans);

    public static byte[] JetBrainsMono => BundledFonts.Read(FontRole.Mono);

    /// <summary>
    /// A TrueType collection holding the given single-face fonts in order, each with its own copy of its tables, laid
    /// out as the OpenType specification describes ('ttcf' header, one table directory per face, then the tables).
    /// </summary>
    public static byte[] Collection(params byte[][] fonts)
    {
        var directories = fonts.Select(font => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4))).ToArray();
        var headerLength = 12 + 4 * fonts.Length;
        var directoryOffsets = new int[fonts.Length];
        var position = headerLength;
        for (var i = 0; i < fonts.Length; i++)
        {
            directoryOffsets[i] = position;
            position += 12 + 16 * directories[i];
        }

        var tables = new List<(int Font, int Record, int Offset, int Length)>();
        for (var i = 0; i < fonts.Length; i++)
        {
            for (var t = 0; t < directories[i]; t++)
            {
                var record = fonts[i].AsSpan(12 + 16 * t);
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                position = Align(position);
                tables.Add((i, t, position, length));
                position += length;
            }
        }

        var collection = new byte[Align(position)];
        "ttcf"u8.CopyTo(collection);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(8), (uint)fonts.Length);
        for (var i = 0; i < fonts.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(12 + 4 * i), (uint)directoryOffsets[i]);
            fonts[i].AsSpan(0, 12).CopyTo(collection.AsSpan(directoryOffsets[i]));
        }

        foreach (var (font, record, offset, length) in tables)
        {
            var source = fonts[font].AsSpan(12 + 16 * record, 16);
            var target = collection.AsSpan(directoryOffsets[font] + 12 + 16 * record, 16);
            source.CopyTo(target);
            BinaryPrimitives.WriteUInt32BigEndian(target[8..], (uint)offset);
            var from = (int)BinaryPrimitives.ReadUInt32BigEndian(source[8..]);
            fonts[font].AsSpan(from, length).CopyTo(collection.AsSpan(offset));
        }

        return collection;
    }

    private static int Align(int position) => (position + 3) & ~3;
}

/// <summary>A book in a temporary folder with font files and a <c>fonts:</c> section, for building in tests.</summary>
internal static class FontBook
{
    /// <summary>
    /// Writes book.yml (the title, then <paramref name="bookYmlTail"/>), one chapter, and the font files (paths relative
    /// to the book folder).
    /// </summary>
    public static TempDirectory Create(string bookYmlTail, string chapter, params (string Path, byte[] Data)[] files)
    {
        var book = new TempDirectory();
        book.Write("book.yml", "title: Fonts of Our Own\nlanguage: en\n" + bookYmlTail);
        book.Write("content/01-chapter.md", chapter);
        foreach (var (path, data) in files)
        {
            book.Write(path, data);
        }

        return book;
    }

    public static PublishResult Build(TempDirectory book, OutputFormats formats = OutputFormats.All, string output = "out")
    {
        var result = BookPublisher.Publish(new PublishOptions
        {
            BookDirectory = book.Path,
            OutputDirectory = System.IO.Path.Combine(book.Path, output),
            Formats = formats,
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }

    public static string Pdf(PublishResult result) => result.Artifacts.Single(path => path.EndsWith(".pdf", StringComparison.Ordinal));

    public static string Epub(PublishResult result) => result.Artifacts.Single(path => path.EndsWith(".epub", StringComparison.Ordinal));
}
