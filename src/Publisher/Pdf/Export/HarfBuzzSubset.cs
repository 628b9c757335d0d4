using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Publisher.Pdf.Export;

/// <summary>
/// HarfBuzz's font subsetter (hb-subset), which the HarfBuzzSharp native library ships but its managed API does not
/// wrap. Only the handful of calls needed to cut a font down to the glyphs a book uses.
/// </summary>
internal static class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t: keep glyph ids unchanged, so the glyph ids layout shaped with stay valid in the subset.
    private const uint RetainGlyphIds = 0x00000002;

    // hb_subset_flags_t: drop TrueType hinting instructions, which PDF viewers do not need.
    private const uint NoHinting = 0x00000001;

    /// <summary>
    /// The font file reduced to <paramref name="glyphs"/> (glyph ids kept) with cmap entries for
    /// <paramref name="codepoints"/>, or null when HarfBuzz cannot subset this font.
    /// </summary>
    public static byte[]? Subset(byte[] font, int faceIndex, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        var pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
        var input = IntPtr.Zero;
        var subset = IntPtr.Zero;
        var blob = IntPtr.Zero;
        try
        {
            using var source = new Blob(pinned.AddrOfPinnedObject(), font.Length, MemoryMode.ReadOnly);
            using var face = new Face(source, faceIndex);

            input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                return null;
            }

            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
            }

            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodeSet, (uint)codepoint);
            }

            hb_subset_input_set_flags(input, RetainGlyphIds | NoHinting);
            subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            blob = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(blob, out var length);
            if (data == IntPtr.Zero || length == 0)
            {
                return null;
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (blob != IntPtr.Zero)
            {
                hb_blob_destroy(blob);
            }

            if (subset != IntPtr.Zero)
            {
                hb_face_destroy(subset);
            }

            if (input != IntPtr.Zero)
            {
                hb_subset_input_destroy(input);
            }

            pinned.Free();
        }
    }

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
}
