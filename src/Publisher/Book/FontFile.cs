using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace Publisher.Book;

/// <summary>
/// Checks that a file is a font HarfBuzz (shaping) and Skia (drawing) can both read, with outlines a PDF can embed,
/// and takes one face out of a collection (.ttc), so every later stage gets a single-face TrueType or OpenType file.
/// </summary>
internal static class FontFile
{
    /// <summary>The face as a single-face font file and its media type, or the reason it cannot be used.</summary>
    public static (byte[]? Data, string? MediaType, string? Problem) Read(byte[] data, int index)
    {
        var format = data.Length < 12 ? "" : System.Text.Encoding.ASCII.GetString(data, 0, 4);
        if (format is "wOFF" or "wOF2")
        {
            return Fail("it is a WOFF web font; use the TrueType (.ttf) or OpenType (.otf) file it was made from");
        }

        var collection = format == "ttcf";
        if (!collection && format is not ("\0\u0001\0\0" or "true" or "OTTO"))
        {
            return Fail("it is not a TrueType or OpenType font (.ttf, .otf) or a collection of them (.ttc)");
        }

        var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
        try
        {
            using var blob = new Blob(pinned.AddrOfPinnedObject(), data.Length, MemoryMode.ReadOnly);
            var count = collection ? blob.FaceCount : 1;
            if (index >= count)
            {
                return Fail(collection
                    ? $"the collection holds {count} faces, so 'index' is 0 to {count - 1}, not {index}"
                    : $"the file holds one face (index 0), not a face {index}");
            }

            using var face = new Face(blob, index);
            var tables = face.Tables;
            var cff = tables.Contains(Tag.Parse("CFF ")) || tables.Contains(Tag.Parse("CFF2"));
            if (face.GlyphCount == 0 || !tables.Contains(Tag.Parse("cmap")))
            {
                return Fail("it is damaged: HarfBuzz finds no glyphs or no character map in it");
            }

            if (!cff && !tables.Contains(Tag.Parse("glyf")))
            {
                return Fail("its glyphs have no outlines (only colour bitmaps), which a PDF cannot embed as a font; use an outline font such as Noto Emoji");
            }

            var single = collection ? SingleFace(face) : data;
            using var skiaData = SKData.CreateCopy(single);
            using var typeface = SKTypeface.FromData(skiaData);
            if (typeface is null || typeface.GlyphCount == 0)
            {
                return Fail("it is damaged: Skia cannot read it");
            }

            return (single, cff ? "font/otf" : "font/ttf", null);
        }
        finally
        {
            pinned.Free();
        }
    }

    private static (byte[]?, string?, string?) Fail(string problem) => (null, null, problem);

    /// <summary>One face of a collection as a font file of its own: its tables, written out by HarfBuzz's face builder.</summary>
    private static byte[] SingleFace(Face face)
    {
        var builder = hb_face_builder_create();
        var blob = IntPtr.Zero;
        try
        {
            foreach (var tag in face.Tables)
            {
                using var table = face.ReferenceTable(tag);
                hb_face_builder_add_table(builder, tag, table.Handle);
            }

            blob = hb_face_reference_blob(builder);
            var bytes = hb_blob_get_data(blob, out var length);
            var single = new byte[length];
            Marshal.Copy(bytes, single, 0, (int)length);
            return single;
        }
        finally
        {
            if (blob != IntPtr.Zero)
            {
                hb_blob_destroy(blob);
            }

            hb_face_destroy(builder);
        }
    }

    private const string Library = "libHarfBuzzSharp";

    [DllImport(Library)]
    private static extern IntPtr hb_face_builder_create();

    // hb_bool_t is an int.
    [DllImport(Library)]
    private static extern int hb_face_builder_add_table(IntPtr face, uint tag, IntPtr blob);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
}
