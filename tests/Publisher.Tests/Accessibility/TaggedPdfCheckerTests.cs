using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Fixtures;
using Publisher.Tests.Support.TaggedPdf;

namespace Publisher.Tests.Accessibility;

/// <summary>
/// The checker the tagged-PDF tests trust finds what it claims to: a good book's PDF passes, and the same file with
/// one rule broken (an edit of the same length in its bytes, so every offset stays right) fails with that rule.
/// </summary>
public sealed partial class TaggedPdfCheckerTests : IClassFixture<TaggedPdfCheckerTests.EveryElementPdf>
{
    private readonly EveryElementPdf _book;

    public TaggedPdfCheckerTests(EveryElementPdf book) => _book = book;

    /// <summary>The every-element book's PDF, built once for the class.</summary>
    public sealed class EveryElementPdf : IDisposable
    {
        private readonly PublishedBook _book = PublishedBook.Publish(FixtureBooks.EveryElementBook, OutputFormats.Pdf);

        public byte[] Bytes => File.ReadAllBytes(_book.Pdf);

        public void Dispose() => _book.Dispose();
    }

    [SkippableFact]
    public void The_unbroken_file_passes()
    {
        Validators.PdfToText.Require();
        Assert.Empty(Problems(_book.Bytes));
    }

    [SkippableTheory]
    [InlineData("/MarkInfo", "/MarkInfX", "/MarkInfo <</Marked true>>")]
    [InlineData("/Tabs/S", "/Tabx/S", "has no /Tabs /S")]
    [InlineData("/DisplayDocTitle", "/DisplayDocTitlX", "/DisplayDocTitle true")]
    [InlineData("<pdfuaid:part>1</pdfuaid:part>", "<pdfuaid:part>2</pdfuaid:part>", "pdfuaid:part 1")]
    [InlineData("/Alt", "/Alx", "a Figure has no /Alt")]
    [InlineData("/Scope", "/Scopx", "(TH) has no /Scope")]
    [InlineData("/StructParent ", "/StructParenX ", "has no /StructParent")]
    [InlineData("/Contents(", "/Contentx(", "has no /Contents")]
    [InlineData("/S/Note/", "/S/Nate/", "/Nate is no standard structure type")]
    [InlineData("/S/LBody/", "/S/Lbody/", "a /LI element holds a /Lbody element")]
    public void A_file_with_one_rule_broken_fails_with_that_rule(string from, string to, string problem)
    {
        Validators.PdfToText.Require();
        var problems = Problems(Replace(_book.Bytes, from, to));
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_heading_two_levels_below_the_one_before_is_a_skipped_level()
    {
        Validators.PdfToText.Require();
        var problems = Problems(Replace(_book.Bytes, "/S/H2/", "/S/H4/", once: true));
        Assert.Contains(problems, p => p.Contains("is H4 after H1: a level is skipped", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Marked_content_that_no_element_holds_is_found()
    {
        Validators.PdfToText.Require();
        var bytes = _book.Bytes;
        var text = Encoding.Latin1.GetString(bytes);
        var paragraph = SingleMcidParagraph().Match(text);
        Assert.True(paragraph.Success);
        Encoding.Latin1.GetBytes("/X").CopyTo(bytes, paragraph.Groups["k"].Index);

        Assert.Contains(Problems(bytes), p => p.Contains("reached 0 times from the structure tree", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_tree_that_reads_two_blocks_in_the_wrong_order_is_found()
    {
        Validators.PdfToText.Require();
        var bytes = _book.Bytes;
        var text = Encoding.Latin1.GetString(bytes);

        // The first chapter's first two kids (its heading and its first paragraph) trade places in the tree.
        var kids = SectionKids().Matches(text).First(m => m.Groups["a"].Length == m.Groups["b"].Length);
        var (a, b) = (kids.Groups["a"], kids.Groups["b"]);
        Encoding.Latin1.GetBytes(b.Value).CopyTo(bytes, a.Index);
        Encoding.Latin1.GetBytes(a.Value).CopyTo(bytes, b.Index);

        Assert.Contains(Problems(bytes), p => p.Contains("part ways", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void An_untagged_pdf_fails_on_every_count()
    {
        Validators.PdfToText.Require();
        var problems = Problems(UntaggedPdf());

        Assert.Contains(problems, p => p.Contains("painting outside marked content (Tj)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no /StructTreeRoot", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no /MarkInfo", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no /Lang", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no XMP metadata", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the tree's text and pdftotext's part ways", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Problems(byte[] pdf)
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "book.pdf");
        File.WriteAllBytes(path, pdf);
        return TaggedPdfChecker.Check(path).Problems;
    }

    /// <summary>Replaces <paramref name="from"/> (every time, or the first) by text of the same length: no offset moves.</summary>
    private static byte[] Replace(byte[] pdf, string from, string to, bool once = false)
    {
        Assert.Equal(from.Length, to.Length);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        var replaced = once ? string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)) : text.Replace(from, to, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(replaced);
    }

    /// <summary>A page of text with none of a tagged PDF's marks, written by hand (Helvetica needs no embedding).</summary>
    private static byte[] UntaggedPdf()
    {
        var content = "BT /F1 12 Tf 20 100 Td (Hello world) Tj ET";
        string[] objects =
        [
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
            $"<</Length {content.Length}>>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    [GeneratedRegex(@"/S/P/P \d+ 0 R/Pg \d+ 0 R(?<k>/K) \d+>>")]
    private static partial Regex SingleMcidParagraph();

    [GeneratedRegex(@"/S/Sect/P \d+ 0 R/K\[(?<a>\d+ 0 R) (?<b>\d+ 0 R)")]
    private static partial Regex SectionKids();
}
