using System.Security.Cryptography;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Publisher.Pdf.Export;

/// <summary>
/// Turns the first page of another PDF (an SVG image drawn by Skia) into a form XObject of the document being
/// written: its content stream and every object its resources reach are copied over. Font programs are copied once
/// per document however many forms embed the same bytes, and copied font names get tags of their own, so two
/// different cuts never share a name.
/// </summary>
internal sealed class PdfFormImporter(PdfDocument target)
{
    private readonly PdfDocument _target = target;
    private readonly Dictionary<string, PdfReference> _fontPrograms = new(StringComparer.Ordinal);
    private int _imports;

    /// <summary>
    /// The form, added to the target document. Its matrix maps the page onto the unit square, so it is placed like an
    /// image: scaled to its rectangle by the current transformation.
    /// </summary>
    public PdfDictionary Import(RenderedSvg svg)
    {
        using var input = new MemoryStream(svg.Pdf, writable: false);
        using var source = PdfReader.Open(input, PdfDocumentOpenMode.Import);
        var page = source.Pages[0];
        var import = new PageCopy(this, ++_imports);

        var form = new PdfDictionary(_target);
        form.Elements["/Type"] = new PdfName("/XObject");
        form.Elements["/Subtype"] = new PdfName("/Form");
        form.Elements["/FormType"] = new PdfInteger(1);
        form.Elements["/BBox"] = new PdfLiteral($"[0 0 {PdfNumbers.Format(svg.Width)} {PdfNumbers.Format(svg.Height)}]");
        form.Elements["/Matrix"] = new PdfLiteral(string.Create(
            System.Globalization.CultureInfo.InvariantCulture, $"[{1 / (double)svg.Width:0.#########} 0 0 {1 / (double)svg.Height:0.#########} 0 0]"));
        if (page.Elements["/Resources"] is { } resources)
        {
            form.Elements["/Resources"] = import.Copy(resources, null);
        }

        SetContent(form, page);
        _target.Internals.AddObject(form);
        return form;
    }

    private static void SetContent(PdfDictionary form, PdfPage page)
    {
        var contents = page.Elements.GetObject("/Contents");
        if (contents is PdfDictionary { Stream: { } stream } single)
        {
            form.CreateStream(stream.Value);
            foreach (var key in new[] { "/Filter", "/DecodeParms" })
            {
                if (single.Elements[key] is { } value)
                {
                    form.Elements[key] = value is PdfReference reference ? reference.Value : value;
                }
            }

            return;
        }

        using var joined = new MemoryStream();
        if (contents is PdfArray parts)
        {
            for (var i = 0; i < parts.Elements.Count; i++)
            {
                if (parts.Elements.GetDictionary(i) is { Stream: { } part })
                {
                    joined.Write(part.UnfilteredValue);
                    joined.WriteByte((byte)'\n');
                }
            }
        }

        form.CreateStream(BitmapEncoder.Deflate(joined.ToArray()));
        form.Elements["/Filter"] = new PdfName("/FlateDecode");
    }

    private PdfReference SharedFontProgram(PdfDictionary program, Func<PdfReference> copy)
    {
        var key = Convert.ToHexString(SHA256.HashData(program.Stream!.Value)) + program.Elements["/Length1"];
        if (!_fontPrograms.TryGetValue(key, out var reference))
        {
            reference = copy();
            _fontPrograms.Add(key, reference);
        }

        return reference;
    }

    /// <summary>One imported page: the objects copied so far, by their number in the source file.</summary>
    private sealed class PageCopy(PdfFormImporter importer, int number)
    {
        private readonly Dictionary<PdfObjectID, PdfReference> _copied = [];

        public PdfItem Copy(PdfItem item, string? key)
        {
            switch (item)
            {
                case PdfReference reference:
                    if (_copied.TryGetValue(reference.ObjectID, out var done))
                    {
                        return done;
                    }

                    if (key is "/FontFile" or "/FontFile2" or "/FontFile3" && reference.Value is PdfDictionary { Stream: not null } program)
                    {
                        var shared = importer.SharedFontProgram(program, () => CopyIndirect(reference));
                        _copied[reference.ObjectID] = shared;
                        return shared;
                    }

                    return CopyIndirect(reference);
                case PdfDictionary dictionary:
                    var copy = new PdfDictionary(importer._target);
                    Fill(dictionary, copy);
                    return copy;
                case PdfArray array:
                    var arrayCopy = new PdfArray(importer._target);
                    Fill(array, arrayCopy);
                    return arrayCopy;
                default:
                    // Names, numbers, strings, booleans and null are values, shared as they are.
                    return item;
            }
        }

        private PdfReference CopyIndirect(PdfReference reference)
        {
            PdfObject copy = reference.Value switch
            {
                PdfArray => new PdfArray(importer._target),
                PdfDictionary => new PdfDictionary(importer._target),
                var other => throw new NotSupportedException($"an imported indirect {other.GetType().Name} object"),
            };
            importer._target.Internals.AddObject(copy);
            _copied[reference.ObjectID] = copy.Reference!;
            if (reference.Value is PdfArray array)
            {
                Fill(array, (PdfArray)copy);
            }
            else
            {
                Fill((PdfDictionary)reference.Value, (PdfDictionary)copy);
            }

            return copy.Reference!;
        }

        private void Fill(PdfDictionary source, PdfDictionary copy)
        {
            foreach (var key in source.Elements.Keys)
            {
                // A stream's length is written anew with the copy; a page's parent is not copied.
                if ((key == "/Length" && source.Stream is not null) || key == "/Parent")
                {
                    continue;
                }

                var value = source.Elements[key]!;
                copy.Elements[key] = key is "/BaseFont" or "/FontName" && value is PdfName name ? Retag(name) : Copy(value, key);
            }

            if (source.Stream is { } stream)
            {
                copy.CreateStream(stream.Value);
            }
        }

        private void Fill(PdfArray source, PdfArray copy)
        {
            for (var i = 0; i < source.Elements.Count; i++)
            {
                copy.Elements.Add(Copy(source.Elements[i], null));
            }
        }

        /// <summary>
        /// Every Skia document tags its subsets AAAAAA+, BAAAAA+, ...; the copy gets a tag of its own (the last five
        /// letters count the imports), so fonts of different forms never share a name.
        /// </summary>
        private PdfName Retag(PdfName name)
        {
            var value = name.Value;
            if (value.Length <= 8 || value[7] != '+' || !value[1..7].All(char.IsAsciiLetterUpper))
            {
                return name;
            }

            var tag = new char[5];
            var n = number;
            for (var i = tag.Length - 1; i >= 0; i--)
            {
                tag[i] = (char)('A' + n % 26);
                n /= 26;
            }

            return new PdfName("/" + value[1] + new string(tag) + value[7..]);
        }
    }
}
