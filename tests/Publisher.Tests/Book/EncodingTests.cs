using System.Text;
using Publisher.Book;

namespace Publisher.Tests.Book;

public sealed class EncodingTests
{
    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Read(byte[] bytes, bool fix = false)
    {
        var diagnostics = new DiagnosticBag();
        var text = TextFileReader.Read(bytes, "content/01-a.md", fix, diagnostics);
        return (text, diagnostics.ToSortedList());
    }

    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, bool fix = false) =>
        Read(Encoding.UTF8.GetBytes(text), fix);

    [Fact]
    public void A_leading_byte_order_mark_is_accepted_and_removed()
    {
        var (text, diagnostics) = Read([0xEF, 0xBB, 0xBF, .. "# Título"u8]);

        Assert.Empty(diagnostics);
        Assert.Equal("# Título", text);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0xFF }, 1, 3)]
    [InlineData(new byte[] { (byte)'x', (byte)'\n', (byte)'c', 0xC3, 0xA9, (byte)' ', 0xE9, (byte)'t', (byte)'\n' }, 2, 4)]
    [InlineData(new byte[] { (byte)'1', (byte)'\r', (byte)'\n', (byte)'2', (byte)'\r', (byte)'\n', 0xF0, 0x9F, 0x98, 0x80, 0x80 }, 3, 2)]
    [InlineData(new byte[] { (byte)'a', 0xE2, 0x80 }, 1, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xC0, 0x80 }, 1, 2)]
    public void Invalid_utf8_is_an_error_at_the_line_and_character_column_of_the_first_bad_byte(byte[] bytes, int line, int column)
    {
        var (text, diagnostics) = Read(bytes);

        Assert.Null(text);
        var error = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.InvalidUtf8, "content/01-a.md", line, column);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Windows_1252_text_is_reported_as_invalid_utf8()
    {
        var latin1 = Encoding.Latin1.GetBytes("# Café\n\nNaïve résumé\n");

        var (_, diagnostics) = Read(latin1);

        DiagnosticAssert.Single(diagnostics, DiagnosticCodes.InvalidUtf8, "content/01-a.md", 1, 6);
    }

    [Theory]
    [InlineData("It\u00e2\u20ac\u2122s here", "\u2019", "U+2019")]
    [InlineData("\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d", "\u201c", "U+201C")]
    [InlineData("caf\u00c3\u00a9", "\u00e9", "U+00E9")]
    [InlineData("a\u00c2\u00a0b", "\u00a0", "U+00A0")]
    [InlineData("zero\u00e2\u20ac\u2039width", "\u200b", "U+200B")]
    [InlineData("smile \u00f0\u0178\u02dc\u20ac", "\U0001F600", "U+1F600")]
    public void Mojibake_is_a_warning_whose_hint_names_the_intended_character(string text, string intended, string codePoint)
    {
        var (read, diagnostics) = Read(text);

        Assert.Equal(text, read);
        var warning = Assert.Single(diagnostics.Where(d => d.Code == DiagnosticCodes.Mojibake).Take(1));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains($"mis-decoded '{intended}' ({codePoint})", warning.Hint);
    }

    [Fact]
    public void The_hint_quotes_the_mojibake_and_its_repair()
    {
        var (_, diagnostics) = Read("It\u00e2\u20ac\u2122s");

        Assert.Equal("'\u00e2\u20ac\u2122' looks like mis-decoded '\u2019' (U+2019)", Assert.Single(diagnostics).Hint);
    }

    [Fact]
    public void Mojibake_after_a_link_at_the_end_of_a_line_is_found_at_its_exact_column()
    {
        const string line3 = "Start here: [link](https://example.com/a?b=c&d=e)\u00e2\u20ac\u2039";
        var text = $"# Title\n\n{line3}\n\n## Next\n";

        var (read, diagnostics) = Read(text);

        var warning = DiagnosticAssert.Single(diagnostics, DiagnosticCodes.Mojibake, "content/01-a.md", 3, line3.IndexOf('\u00e2') + 1);
        Assert.Contains("U+200B", warning.Hint);
        Assert.Equal(text, read);
    }

    [Theory]
    [InlineData("a\r\nb\r\nc \u00c3\u00a9", 3, 3)]
    [InlineData("a\rb\rc \u00c3\u00a9", 3, 3)]
    [InlineData("\u00c3\u00a9\r\n\u00c3\u00a9\n\n\U0001F600 \u00c3\u00a9", 4, 3)]
    public void Mojibake_positions_count_every_kind_of_line_break_and_characters_not_code_units(string text, int line, int column)
    {
        var (_, diagnostics) = Read(text);

        Assert.Equal(new SourceLocation("content/01-a.md", line, column), diagnostics[^1].Location);
    }

    [Fact]
    public void Fix_encoding_repairs_the_text_and_says_so()
    {
        var text = "# It\u00e2\u20ac\u2122s\n\n\u00e2\u20ac\u0153Caf\u00c3\u00a9\u00e2\u20ac\u009d [x](y.md)\u00e2\u20ac\u2039\n";

        var (read, diagnostics) = Read(text, fix: true);

        Assert.Equal("# It\u2019s\n\n\u201cCaf\u00e9\u201d [x](y.md)\u200b\n", read);
        Assert.Equal(4, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains("repaired", d.Message));
    }

    [Fact]
    public void Text_decoded_wrongly_twice_is_repaired_in_one_go()
    {
        // ’ as UTF-8, read as Windows-1252, saved as UTF-8, read as Windows-1252 again.
        const string once = "\u00e2\u20ac\u2122";
        var doubled = new string(Encoding.UTF8.GetBytes(once).Select(Windows1252).ToArray());
        Assert.Equal("\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2", doubled);

        var (read, diagnostics) = Read($"It{doubled}s", fix: true);

        Assert.Equal("It\u2019s", read);
        Assert.Contains("(U+2019)", Assert.Single(diagnostics).Hint);
    }

    [Theory]
    [InlineData("café naïve Ελληνικά")]
    [InlineData("Ærøskøbing, Æsir, Œuvre, Ça va, Übermaß, señor, Ñandú")]
    [InlineData("Prices: 5€ – 10€, “quotes” and ‘single’… • bullets ™ ©")]
    [InlineData("日本語のテキスト, 한국어, русский, עברית, العربية, emoji 😀👍🏽")]
    [InlineData("À la carte — déjà vu, Â is a letter, Ã too, â€ alone is not a sequence")]
    [InlineData("Math: x² + y³ ≤ ½ × ¼ ÷ ±°")]
    public void Ordinary_text_in_many_scripts_is_not_mojibake(string text)
    {
        var (read, diagnostics) = Read(text);

        Assert.Empty(diagnostics);
        Assert.Equal(text, read);
    }

    [Fact]
    public void A_file_full_of_mojibake_reports_a_bounded_number_of_warnings()
    {
        var text = string.Concat(Enumerable.Repeat("it\u00e2\u20ac\u2122s\n", 500));

        var (read, diagnostics) = Read(text, fix: true);

        Assert.Equal(21, diagnostics.Count);
        Assert.Contains("480 more", diagnostics[^1].Message);
        Assert.DoesNotContain('\u00e2', read!);
    }

    [Fact]
    public void Large_input_loads_a_ten_megabyte_chapter_and_a_100000_character_line()
    {
        var longLine = new string('x', 100_000);
        var paragraph = "Ünïcödé words in a long chapter, with a quote \u201clike this\u201d.\n";
        var builder = new StringBuilder("# Big\n\n").Append(longLine).Append('\n');
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(paragraph);
        }

        builder.Append("end\u00e2\u20ac\u2122\n");
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());

        var (read, diagnostics) = Read(bytes);

        Assert.Equal(builder.Length, read!.Length);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(builder.ToString().Count(c => c == '\n'), warning.Location!.Line);
    }

    private static char Windows1252(byte b) => b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;

    private static readonly string Cp1252High =
        "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
        "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
}
