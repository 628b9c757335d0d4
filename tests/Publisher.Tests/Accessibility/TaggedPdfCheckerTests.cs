using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Publisher.Tests.EndToEnd;
using Publisher.Tests.Fixtures;
using Publisher.Tests.Support.TaggedPdf;

namespace Publisher.Tests.Accessibility;

/// <summary>
/// The checker the tagged-PDF tests trust finds what it claims to: a good book's PDF passes, and the same file with
/// one rule broken (edited with PDFsharp and saved again) fails with that rule, where the file saved again unbroken
/// does not.
/// </summary>
public sealed class TaggedPdfCheckerTests : IClassFixture<TaggedPdfCheckerTests.EveryElementPdf>
{
    private readonly EveryElementPdf _book;

    public TaggedPdfCheckerTests(EveryElementPdf book) => _book = book;

    /// <summary>The every-element book's PDF, built once for the class, and its problems once saved again by PDFsharp.</summary>
    public sealed class EveryElementPdf : IDisposable
    {
        private readonly PublishedBook _book = PublishedBook.Publish(FixtureBooks.EveryElementBook, OutputFormats.Pdf);
        private IReadOnlyList<string>? _resaved;

        public string Path => _book.Pdf;

        /// <summary>PDFsharp writes an XMP packet of its own when it saves: that is the only problem a plain save adds.</summary>
        public IReadOnlyList<string> ResavedProblems => _resaved ??= Edited(Path, _ => { });

        public void Dispose() => _book.Dispose();
    }

    [SkippableFact]
    public void The_unbroken_file_passes_and_saved_again_lacks_only_its_xmp_packet()
    {
        Validators.PdfToText.Require();
        Assert.Empty(TaggedPdfChecker.Check(_book.Path).Problems);
        Assert.All(_book.ResavedProblems, p => Assert.Contains("pdfuaid:part 1", p, StringComparison.Ordinal));
    }

    public static TheoryData<string, string> Breaks() => new()
    {
        { "no MarkInfo", "/MarkInfo <</Marked true>>" },
        { "no Tabs", "has no /Tabs /S" },
        { "no DisplayDocTitle", "/DisplayDocTitle true" },
        { "no Lang", "the catalog has no /Lang" },
        { "figures without Alt", "a Figure has no /Alt" },
        { "header cells without Scope", "(TH) has no /Scope" },
        { "annotations without StructParent", "has no /StructParent" },
        { "annotations without Contents", "has no /Contents" },
        { "a type of our own", "/Aside is no standard structure type" },
        { "a list item's body misnamed", "a /LI element holds a /Div element" },
        { "a skipped heading level", "is H4 after H1: a level is skipped" },
        { "an MCID no element holds", "reached 0 times from the structure tree" },
        { "two blocks read in the wrong order", "part ways" },
        { "a page without StructParents", "has marked content but no /StructParents" },
    };

    [SkippableTheory]
    [MemberData(nameof(Breaks))]
    public void A_file_with_one_rule_broken_fails_with_that_rule(string broken, string problem)
    {
        Validators.PdfToText.Require();
        var problems = Edited(_book.Path, Break(broken));

        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.DoesNotContain(_book.ResavedProblems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void An_xmp_packet_without_pdfuaid_part_1_is_found()
    {
        Validators.PdfToText.Require();
        var bytes = File.ReadAllBytes(_book.Path);
        var text = Encoding.Latin1.GetString(bytes);
        var at = text.IndexOf("<pdfuaid:part>1<", StringComparison.Ordinal);
        Assert.True(at > 0);
        bytes[at + "<pdfuaid:part>".Length] = (byte)'2';

        using var folder = new TempDirectory();
        var path = System.IO.Path.Combine(folder.Path, "book.pdf");
        File.WriteAllBytes(path, bytes);
        Assert.Contains(TaggedPdfChecker.Check(path).Problems, p => p.Contains("pdfuaid:part 1", StringComparison.Ordinal));
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
        var path = System.IO.Path.Combine(folder.Path, "book.pdf");
        File.WriteAllBytes(path, pdf);
        return TaggedPdfChecker.Check(path).Problems;
    }

    /// <summary>The problems of the PDF at <paramref name="path"/> once <paramref name="edit"/> changed it and PDFsharp saved it.</summary>
    private static IReadOnlyList<string> Edited(string path, Action<PdfDocument> edit)
    {
        using var folder = new TempDirectory();
        var copy = System.IO.Path.Combine(folder.Path, "edited.pdf");
        using (var document = PdfReader.Open(path, PdfDocumentOpenMode.Modify))
        {
            edit(document);
            document.Save(copy);
        }

        return TaggedPdfChecker.Check(copy).Problems;
    }

    /// <summary>One rule broken, by name.</summary>
    private static Action<PdfDocument> Break(string broken) => document =>
    {
        var catalog = document.Internals.Catalog;
        var elements = document.Internals.GetAllObjects().OfType<PdfDictionary>().Where(d => d.Elements.ContainsKey("/S") && d.Elements.ContainsKey("/P")).ToList();
        var annotations = document.Internals.GetAllObjects().OfType<PdfDictionary>().Where(d => d.Elements.GetName("/Subtype") == "/Link").ToList();
        IEnumerable<PdfDictionary> Of(string role) => elements.Where(e => e.Elements.GetName("/S") == role);
        switch (broken)
        {
            case "no MarkInfo":
                catalog.Elements.Remove("/MarkInfo");
                break;
            case "no Tabs":
                document.Pages[0].Elements.Remove("/Tabs");
                break;
            case "no DisplayDocTitle":
                catalog.Elements.Remove("/ViewerPreferences");
                break;
            case "no Lang":
                catalog.Elements.Remove("/Lang");
                break;
            case "figures without Alt":
                Of("/Figure").First().Elements.Remove("/Alt");
                break;
            case "header cells without Scope":
                Of("/TH").First().Elements.Remove("/A");
                break;
            case "annotations without StructParent":
                annotations.First().Elements.Remove("/StructParent");
                break;
            case "annotations without Contents":
                annotations.First().Elements.Remove("/Contents");
                break;
            case "a type of our own":
                Of("/Note").First().Elements.SetName("/S", "/Aside");
                break;
            case "a list item's body misnamed":
                Of("/LBody").First().Elements.SetName("/S", "/Div");
                break;
            case "a skipped heading level":
                Of("/H2").First().Elements.SetName("/S", "/H4");
                break;
            case "an MCID no element holds":
                Of("/P").First(p => p.Elements["/K"] is PdfInteger).Elements.Remove("/K");
                break;
            case "two blocks read in the wrong order":
                var kids = Of("/Sect").First().Elements.GetArray("/K")!;
                (kids.Elements[0], kids.Elements[1]) = (kids.Elements[1], kids.Elements[0]);
                break;
            case "a page without StructParents":
                document.Pages.Cast<PdfPage>().Last(page => page.Elements.GetArray("/Annots") is null).Elements.Remove("/StructParents");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(broken), broken, "no such break");
        }
    };

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

}
