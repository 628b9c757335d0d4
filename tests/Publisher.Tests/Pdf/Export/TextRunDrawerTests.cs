using System.Text;
using CsCheck;
using Publisher.Pdf.Export;

namespace Publisher.Tests.Pdf.Export;

public sealed class TextRunDrawerTests
{
    private static readonly string[] Samples = ["é", "κ", "Ж", "ﬁ", "😀", " "];

    [Fact]
    public void Utf8_offsets_match_the_encoded_prefix_of_every_utf16_index()
    {
        Gen.String[Gen.Char.AlphaNumeric, 0, 8]
            .SelectMany(a => Gen.Int[0, 5].Select(i => a + Samples[i]))
            .Array[0, 6]
            .Select(parts => string.Concat(parts))
            .Sample(text =>
            {
                var offsets = TextRunDrawer.Utf8Offsets(text);
                for (var i = 0; i <= text.Length; i++)
                {
                    if (i > 0 && i < text.Length && char.IsLowSurrogate(text[i]))
                    {
                        continue;
                    }

                    Assert.Equal(Encoding.UTF8.GetByteCount(text.AsSpan(0, i)), offsets[i]);
                }
            });
    }
}
