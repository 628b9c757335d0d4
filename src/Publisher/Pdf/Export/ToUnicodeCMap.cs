using System.Text;

namespace Publisher.Pdf.Export;

/// <summary>
/// A font's ToUnicode CMap: for each glyph id (two-byte code), the text it stands for in UTF-16, so copying and
/// searching give the words back (a ligature maps to all its letters).
/// </summary>
internal static class ToUnicodeCMap
{
    // A bfchar block may hold at most 100 entries.
    private const int BlockSize = 100;

    public static byte[] Write(IReadOnlyList<ushort> glyphs, IReadOnlyList<string?> glyphText)
    {
        var mapped = glyphs.Where(glyph => glyphText[glyph] is { Length: > 0 }).ToList();
        var text = new StringBuilder(512 + mapped.Count * 16);
        text.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var start = 0; start < mapped.Count; start += BlockSize)
        {
            var count = Math.Min(BlockSize, mapped.Count - start);
            text.Append(count).Append(" beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                var glyph = mapped[i];
                text.Append('<').Append(glyph.ToString("X4")).Append("> <");
                foreach (var c in glyphText[glyph]!)
                {
                    text.Append(((int)c).ToString("X4"));
                }

                text.Append(">\n");
            }

            text.Append("endbfchar\n");
        }

        text.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
