using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Pdf.Export;

/// <summary>
/// Rewrites the file PDFsharp saved (every object on its own, a classic cross-reference table) with the objects that
/// are not streams packed into Flate-compressed object streams and a cross-reference stream in place of the table
/// (ISO 32000-1, 7.5.7 and 7.5.8; PDF 1.5). A tagged book has a structure element for every paragraph, cell, list
/// item and link: written one by one, with a line of the table each, they would double the file. Streams (page
/// contents, fonts, images, the XMP packet) are copied as they are; object numbers and the order of objects stay, so
/// the same book still gives the same bytes. PDFsharp itself writes no object streams.
/// </summary>
internal static partial class ObjectStreams
{
    /// <summary>Objects per object stream: a reader unpacks a whole stream to reach one of its objects.</summary>
    private const int ObjectsPerStream = 200;

    private static readonly byte[] EndObj = "endobj"u8.ToArray();
    private static readonly byte[] EndStream = "endstream"u8.ToArray();

    /// <summary>
    /// Writes <paramref name="pdf"/> (a file as PDFsharp saves it) to <paramref name="output"/> with its objects packed,
    /// and the objects <paramref name="late"/> gives for the first free object number packed with them (its catalog
    /// reference replacing <see cref="LateObjects.CatalogPlaceholder"/> in the catalog).
    /// </summary>
    public static void Write(ReadOnlyMemory<byte> pdf, Stream output, Func<int, LateObjects>? late = null)
    {
        var file = ClassicFile.Read(pdf.Span);
        var objects = file.Objects.OrderBy(o => o.Start).ToList();

        output.Write(pdf.Span[..objects[0].Start]);
        var written = (long)objects[0].Start;
        var offsets = new Dictionary<int, long>();
        var packed = new List<(int Number, ReadOnlyMemory<byte> Value)>();
        foreach (var obj in objects)
        {
            var (start, length) = Value(pdf.Span, obj);
            var value = pdf.Slice(start, length);
            if (value.Span.EndsWith(EndStream))
            {
                offsets[obj.Number] = written;
                output.Write(pdf.Span[obj.Start..obj.End]);
                written += obj.End - obj.Start;
            }
            else
            {
                packed.Add((obj.Number, value));
            }
        }

        var nextNumber = file.Size;
        var extra = late?.Invoke(nextNumber);
        var catalog = packed.FindIndex(p => p.Number == file.Root);
        packed[catalog] = (file.Root, Catalog(packed[catalog].Value, extra?.CatalogReference));
        foreach (var value in extra?.Objects ?? [])
        {
            packed.Add((nextNumber++, value));
        }

        var inStream = new Dictionary<int, (int Stream, int Index)>();
        for (var first = 0; first < packed.Count; first += ObjectsPerStream)
        {
            var group = packed.GetRange(first, Math.Min(ObjectsPerStream, packed.Count - first));
            var number = nextNumber++;
            offsets[number] = written;
            written += WriteObjectStream(group, number, output);
            for (var i = 0; i < group.Count; i++)
            {
                inStream[group[i].Number] = (number, i);
            }
        }

        var xrefNumber = nextNumber;
        offsets[xrefNumber] = written;
        var size = xrefNumber + 1;
        var entries = new byte[size * 7];
        for (var number = 0; number < size; number++)
        {
            var entry = entries.AsSpan(number * 7, 7);
            if (offsets.TryGetValue(number, out var offset))
            {
                entry[0] = 1;
                BinaryPrimitives.WriteUInt32BigEndian(entry[1..], checked((uint)offset));
            }
            else if (inStream.TryGetValue(number, out var place))
            {
                entry[0] = 2;
                BinaryPrimitives.WriteUInt32BigEndian(entry[1..], (uint)place.Stream);
                BinaryPrimitives.WriteUInt16BigEndian(entry[5..], (ushort)place.Index);
            }
            else
            {
                // Free: object 0, and any number PDFsharp left unused.
                BinaryPrimitives.WriteUInt16BigEndian(entry[5..], number == 0 ? (ushort)65535 : (ushort)0);
            }
        }

        var data = BitmapEncoder.Deflate(entries);
        var dictionary = $"<</Type/XRef/Size {size}/W[1 4 2]{file.TrailerEntries}/Filter/FlateDecode/Length {data.Length}>>";
        WriteStreamObject(output, xrefNumber, dictionary, data);
        output.Write(Ascii($"startxref\n{written.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n"));
    }

    /// <summary>
    /// The catalog with the late objects' reference in place of the placeholder; without late objects (null) it must
    /// have no placeholder.
    /// </summary>
    private static ReadOnlyMemory<byte> Catalog(ReadOnlyMemory<byte> catalog, string? reference)
    {
        var placeholder = Ascii(LateObjects.CatalogPlaceholder);
        var at = catalog.Span.IndexOf(placeholder);
        if (reference is null)
        {
            return at < 0 ? catalog : throw new InvalidOperationException("the catalog refers to late objects, but none were written");
        }

        if (at < 0)
        {
            throw new InvalidOperationException("late objects were written, but the catalog does not refer to them");
        }

        // PDFsharp writes a literal right after its key: the space keeps the name and the reference apart.
        return (byte[])[.. catalog.Span[..at], .. Ascii(" " + reference + " "), .. catalog.Span[(at + placeholder.Length)..]];
    }

    /// <summary>One object stream: the numbers and offsets of its objects, then the objects, compressed.</summary>
    private static long WriteObjectStream(List<(int Number, ReadOnlyMemory<byte> Value)> group, int number, Stream output)
    {
        var header = new StringBuilder();
        var body = new MemoryStream();
        foreach (var (objectNumber, value) in group)
        {
            header.Append(CultureInfo.InvariantCulture, $"{objectNumber} {body.Length} ");
            body.Write(value.Span);
            body.WriteByte((byte)'\n');
        }

        var head = Ascii(header.ToString());
        var plain = new byte[head.Length + body.Length];
        head.CopyTo(plain, 0);
        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(plain.AsSpan(head.Length));
        var data = BitmapEncoder.Deflate(plain);
        var dictionary = $"<</Type/ObjStm/N {group.Count}/First {head.Length}/Filter/FlateDecode/Length {data.Length}>>";
        return WriteStreamObject(output, number, dictionary, data);
    }

    private static long WriteStreamObject(Stream output, int number, string dictionary, byte[] data)
    {
        var head = Ascii($"{number} 0 obj\n{dictionary}\nstream\n");
        var tail = "\nendstream\nendobj\n"u8;
        output.Write(head);
        output.Write(data);
        output.Write(tail);
        return head.Length + data.Length + tail.Length;
    }

    /// <summary>An object's value: what stands between <c>N 0 obj</c> and <c>endobj</c>, without the white space around it.</summary>
    private static (int Start, int Length) Value(ReadOnlySpan<byte> pdf, ClassicObject obj)
    {
        var span = pdf[obj.Start..obj.End];
        var head = Ascii($"{obj.Number} 0 obj");
        var end = span.TrimEnd("\r\n \t\f\0"u8).Length;
        if (!span.StartsWith(head) || !span[..end].EndsWith(EndObj))
        {
            throw new InvalidOperationException($"object {obj.Number} is not where PDFsharp's cross-reference table puts it");
        }

        var value = span[head.Length..(end - EndObj.Length)];
        var leading = value.Length - value.TrimStart("\r\n \t\f\0"u8).Length;
        var length = value.Trim("\r\n \t\f\0"u8).Length;
        return (obj.Start + head.Length + leading, length);
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>An object of the classic file: its number and the bytes from <c>N 0 obj</c> to the next object.</summary>
    private readonly record struct ClassicObject(int Number, int Start, int End);

    /// <summary>The objects, /Size and the trailer's entries of a file with a classic cross-reference table.</summary>
    /// <param name="Root">The catalog's object number.</param>
    private sealed record ClassicFile(IReadOnlyList<ClassicObject> Objects, int Size, int Root, string TrailerEntries)
    {
        public static ClassicFile Read(ReadOnlySpan<byte> pdf)
        {
            var startXref = pdf.LastIndexOf("startxref"u8);
            var text = startXref < 0 ? "" : Encoding.ASCII.GetString(pdf[startXref..]);
            var xref = StartXref().Match(text) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            if (xref < 0 || xref >= pdf.Length || !pdf[xref..].StartsWith("xref"u8))
            {
                throw new InvalidOperationException("PDFsharp no longer writes a classic cross-reference table");
            }

            var table = Encoding.ASCII.GetString(pdf[xref..startXref]);
            var trailerAt = table.IndexOf("trailer", StringComparison.Ordinal);
            var starts = new List<(int Number, int Start)>();
            using (var lines = new StringReader(table[4..trailerAt]))
            {
                while (lines.ReadLine() is { } line)
                {
                    if (line.Trim().Length == 0)
                    {
                        continue;
                    }

                    var section = line.Trim().Split(' ');
                    var first = int.Parse(section[0], CultureInfo.InvariantCulture);
                    var count = int.Parse(section[1], CultureInfo.InvariantCulture);
                    for (var k = 0; k < count; k++)
                    {
                        var entry = lines.ReadLine()!;
                        if (entry[17] == 'n')
                        {
                            if (entry[11..16] != "00000")
                            {
                                throw new InvalidOperationException("PDFsharp wrote an object of a generation other than 0");
                            }

                            starts.Add((first + k, int.Parse(entry[..10], CultureInfo.InvariantCulture)));
                        }
                    }
                }
            }

            var ordered = starts.OrderBy(s => s.Start).ToList();
            var objects = ordered.Select((s, i) => new ClassicObject(s.Number, s.Start, i + 1 < ordered.Count ? ordered[i + 1].Start : xref)).ToList();
            var trailer = table[trailerAt..];
            var size = SizeEntry().Match(trailer) is { Success: true } sizeEntry
                ? int.Parse(sizeEntry.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException("PDFsharp's trailer has no /Size");
            var root = RootEntry().Match(trailer) is { Success: true } rootEntry ? rootEntry : throw new InvalidOperationException("PDFsharp's trailer has no /Root");
            var id = IdEntry().Match(trailer) is { Success: true } idEntry ? idEntry.Value : "";
            var info = InfoEntry().Match(trailer) is { Success: true } infoEntry ? infoEntry.Value : "";
            return new ClassicFile(objects, size, int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture), root.Value + info + id);
        }
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info \d+ 0 R")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex IdEntry();
}
