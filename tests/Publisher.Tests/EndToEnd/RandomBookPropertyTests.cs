using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using CsCheck;
using Publisher.Tests.Markdown;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// Random chapters, raw HTML and byte strings through the whole pipeline: publishing never throws, and every
/// EPUB it writes is well-formed (each XML file in it parses).
/// </summary>
public sealed class RandomBookPropertyTests
{
    private static readonly byte[] Png = DocumentSamples.Png().Data;

    [Fact]
    public void Random_markdown_and_raw_html_publish_without_throwing_and_give_well_formed_epubs() =>
        RandomInputPropertyTests.Tokens(RandomInputPropertyTests.MarkdownTokens, 60)
            .Select(RandomInputPropertyTests.Tokens(RandomInputPropertyTests.HtmlTokens, 30))
            .Sample((markdown, html) => PublishAndCheck(Encoding.UTF8.GetBytes($"# Title\n\n{markdown}\n\n<div>{html}</div>\n\n{html}\n")), iter: 250);

    [Fact]
    public void Random_bytes_as_a_chapter_publish_or_fail_cleanly_but_never_throw() =>
        Gen.Byte.Array[0, 400].Sample(PublishAndCheck, iter: 250);

    [Fact]
    public void Random_markdown_typesets_to_pdf_without_throwing() =>
        RandomInputPropertyTests.Tokens(RandomInputPropertyTests.MarkdownTokens, 60)
            .Sample(markdown => PublishAndCheck(Encoding.UTF8.GetBytes("# Title\n\n" + markdown), OutputFormats.Pdf), iter: 40);

    private static void PublishAndCheck(byte[] chapter) => PublishAndCheck(chapter, OutputFormats.Epub);

    private static void PublishAndCheck(byte[] chapter, OutputFormats formats)
    {
        using var book = new TempDirectory();
        book.Write("book.yml", "title: Random\nauthors: [Tester]\n");
        book.Write("content/01-random.md", chapter);
        book.Write("content/02-b.md", "# B\n\n## Top\n");
        book.Write("images/a.png", Png);

        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = book.Path, Formats = formats });

        Assert.Equal(result.ErrorCount == 0, result.Succeeded);
        foreach (var epub in result.Artifacts.Where(a => a.EndsWith(".epub", StringComparison.Ordinal)))
        {
            using var zip = ZipFile.OpenRead(epub);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) || e.FullName.EndsWith(".opf", StringComparison.Ordinal) || e.FullName.EndsWith(".ncx", StringComparison.Ordinal)))
            {
                using var stream = entry.Open();
                XDocument.Load(stream);
            }
        }
    }
}
