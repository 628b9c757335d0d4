using System.IO.Compression;
using System.Xml.Linq;
using Publisher.Tests.Epub;

namespace Publisher.Tests.EndToEnd;

public sealed class SampleBookEpubTests(SampleBookBuild build) : IClassFixture<SampleBookBuild>
{
    private static readonly XNamespace Opf = EpubFile.Opf;
    private static readonly XNamespace Xhtml = EpubFile.Xhtml;
    private static readonly XNamespace Ops = EpubFile.Ops;

    [Fact]
    public void The_sample_book_publishes_with_no_errors_and_no_warnings()
    {
        Assert.True(build.Book.Result.Succeeded, string.Join('\n', build.Book.Result.Diagnostics));
        Assert.Equal(0, build.Book.Result.WarningCount);
        Assert.Equal(2, build.Book.Result.Artifacts.Count);
        Assert.EndsWith("the-publisher-guide.epub", build.Book.Epub);
    }

    [SkippableFact]
    public void EpubCheck_reports_no_errors_and_no_warnings_for_the_sample_book()
    {
        var report = EpubCheck.Run(build.Book.Epub);

        Assert.True(report.IsClean, report.ToString());
    }

    [Fact]
    public void The_spine_reads_the_chapters_in_file_order_after_the_front_matter()
    {
        using var epub = Open();
        var chapterTitles = SpineDocuments(epub)
            .Select(doc => doc.Descendants(Xhtml + "section").FirstOrDefault(s => (string?)s.Attribute(Ops + "type") == "chapter"))
            .Where(section => section is not null)
            .Select(section => section!.Descendants(Xhtml + "h1").First().Value.Trim())
            .ToList();

        Assert.Equal(build.ChapterTitles, chapterTitles);
    }

    [Fact]
    public void The_navigation_document_lists_every_chapter_with_its_sections()
    {
        using var epub = Open();
        var nav = epub.Xml("OEBPS/" + ManifestHref(epub, item => ((string?)item.Attribute("properties"))?.Contains("nav") == true));
        var toc = nav.Descendants(Xhtml + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "toc");
        var chapters = toc.Element(Xhtml + "ol")!.Elements(Xhtml + "li").ToList();

        Assert.Equal(build.ChapterTitles, chapters.Select(li => li.Element(Xhtml + "a")!.Value.Trim()));
        var gettingStarted = chapters[1];
        Assert.NotEmpty(gettingStarted.Element(Xhtml + "ol")!.Elements(Xhtml + "li"));
        Assert.NotNull(epub.Zip.GetEntry("OEBPS/toc.ncx"));
    }

    [Fact]
    public void Every_link_inside_the_book_lands_on_an_existing_file_and_id()
    {
        using var epub = Open();
        var ids = epub.Zip.Entries
            .Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .ToDictionary(
                e => e.FullName["OEBPS/".Length..],
                e => epub.Xml(e.FullName).Descendants().Select(x => (string?)x.Attribute("id")).OfType<string>().ToHashSet());
        var internalLinks = 0;
        foreach (var (file, _) in ids)
        {
            foreach (var href in epub.Xml("OEBPS/" + file).Descendants(Xhtml + "a").Select(a => (string?)a.Attribute("href")).OfType<string>())
            {
                if (href.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }

                internalLinks++;
                var parts = href.Split('#', 2);
                var target = parts[0].Length == 0 ? file : parts[0];
                Assert.True(ids.ContainsKey(target), $"{file}: link to missing file {href}");
                if (parts.Length == 2)
                {
                    Assert.True(ids[target].Contains(parts[1]), $"{file}: link to missing id {href}");
                }
            }
        }

        Assert.True(internalLinks > 20, $"only {internalLinks} internal links found");
    }

    [Fact]
    public void The_manifest_names_every_file_in_the_zip_and_nothing_else()
    {
        using var epub = Open();
        var manifest = epub.Package.Descendants(Opf + "item")
            .Select(item => "OEBPS/" + (string)item.Attribute("href")!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var files = epub.Zip.Entries
            .Select(e => e.FullName)
            .Where(name => name != "mimetype" && !name.StartsWith("META-INF/", StringComparison.Ordinal) && name != "OEBPS/content.opf")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(files, manifest);
        Assert.Contains(epub.Package.Descendants(Opf + "item"), item => (string?)item.Attribute("media-type") == "image/svg+xml");
        Assert.Contains(epub.Package.Descendants(Opf + "item"), item => (string?)item.Attribute("properties") == "cover-image");
    }

    [Fact]
    public void Publishing_the_same_book_twice_gives_byte_identical_files()
    {
        using var second = new TempDirectory();
        var again = build.Book.PublishAgain(second.Path);

        Assert.True(again.Succeeded);
        Assert.Equal(File.ReadAllBytes(build.Book.Epub), File.ReadAllBytes(again.Artifacts.Single(a => a.EndsWith(".epub", StringComparison.Ordinal))));
        Assert.Equal(File.ReadAllBytes(build.Book.Pdf), File.ReadAllBytes(again.Artifacts.Single(a => a.EndsWith(".pdf", StringComparison.Ordinal))));
    }

    private EpubFile Open() => EpubFile.Read(build.Book.Epub);

    private static string ManifestHref(EpubFile epub, Func<XElement, bool> predicate) =>
        (string)epub.Package.Descendants(Opf + "item").First(predicate).Attribute("href")!;

    private static IEnumerable<XDocument> SpineDocuments(EpubFile epub)
    {
        var items = epub.Package.Descendants(Opf + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        return epub.Package.Descendants(Opf + "itemref").Select(r => epub.Xml("OEBPS/" + items[(string)r.Attribute("idref")!]));
    }
}
