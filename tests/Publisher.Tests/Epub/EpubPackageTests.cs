using System.Xml.Linq;

namespace Publisher.Tests.Epub;

public sealed class EpubPackageTests
{
    private static readonly XNamespace Opf = EpubFile.Opf;
    private static readonly XNamespace Dc = EpubFile.Dc;

    [Fact]
    public void The_package_declares_identifier_language_and_direction()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());
        var package = epub.Package.Root!;

        Assert.Equal("3.0", (string?)package.Attribute("version"));
        var identifierId = (string?)package.Attribute("unique-identifier");
        var identifier = package.Descendants(Dc + "identifier").Single();
        Assert.Equal(identifierId, (string?)identifier.Attribute("id"));
        Assert.Equal(DocumentSamples.Metadata().Identifier, identifier.Value);
        Assert.Equal("en", (string?)package.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("ltr", (string?)package.Attribute("dir"));
    }

    [Fact]
    public void Every_dublin_core_field_of_the_metadata_is_written()
    {
        var metadata = DocumentSamples.Metadata();
        using var epub = EpubFile.Of(DocumentSamples.Rich());
        string[] Values(string name) => epub.Package.Descendants(Dc + name).Select(e => e.Value).ToArray();

        Assert.Equal([metadata.Title, metadata.Subtitle!], Values("title"));
        Assert.Equal(metadata.Authors, Values("creator"));
        Assert.Equal([metadata.Language], Values("language"));
        Assert.Equal([metadata.Publisher!], Values("publisher"));
        Assert.Equal([metadata.Date!], Values("date"));
        Assert.Equal([metadata.Rights!], Values("rights"));
        Assert.Equal([metadata.Description!], Values("description"));
        Assert.Equal(metadata.Subjects, Values("subject"));
        Assert.Equal("2026-01-15T12:00:00Z", epub.Metas("dcterms:modified").Single().Value);
        Assert.Equal(metadata.Version, epub.Metas("schema:version").Single().Value);
    }

    [Fact]
    public void The_subtitle_and_every_author_are_refined()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());
        var package = epub.Package;
        string? Refinement(XElement element, string property) => package.Descendants(Opf + "meta")
            .SingleOrDefault(m => (string?)m.Attribute("refines") == $"#{(string?)element.Attribute("id")}" && (string?)m.Attribute("property") == property)?.Value;

        var titles = package.Descendants(Dc + "title").ToList();
        Assert.Equal("main", Refinement(titles[0], "title-type"));
        Assert.Equal("subtitle", Refinement(titles[1], "title-type"));
        Assert.All(package.Descendants(Dc + "creator"), creator => Assert.Equal("aut", Refinement(creator, "role")));
    }

    [Fact]
    public void Accessibility_metadata_describes_the_content()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());
        string[] Values(string property) => epub.Metas(property).Select(m => m.Value).ToArray();

        Assert.Equal(["textual", "visual"], Values("schema:accessMode"));
        Assert.Equal(["textual"], Values("schema:accessModeSufficient"));
        Assert.Subset(
            new HashSet<string>(Values("schema:accessibilityFeature")),
            new HashSet<string> { "tableOfContents", "readingOrder", "structuralNavigation", "alternativeText", "displayTransformability" });
        Assert.Equal(["none"], Values("schema:accessibilityHazard"));
        var summary = Assert.Single(Values("schema:accessibilitySummary"));
        Assert.Contains("2 chapters", summary);
        Assert.Contains("3 images, each with a text alternative", summary);
    }

    [Fact]
    public void A_book_with_an_undescribed_image_claims_neither_alternative_text_nor_conformance()
    {
        var book = PlainBook(altText: "");
        using var epub = EpubFile.Of(book);

        Assert.DoesNotContain("alternativeText", epub.Metas("schema:accessibilityFeature").Select(m => m.Value));
        Assert.Equal(["textual,visual"], epub.Metas("schema:accessModeSufficient").Select(m => m.Value));
        Assert.Empty(epub.Metas("dcterms:conformsTo"));
    }

    [Fact]
    public void A_book_whose_images_are_all_described_claims_WCAG_AA()
    {
        using var epub = EpubFile.Of(PlainBook(altText: "A circle"));

        Assert.Contains("WCAG 2.1 Level AA", epub.Metas("dcterms:conformsTo").Single().Value);
    }

    [Fact]
    public void Raw_html_does_not_stop_a_book_claiming_conformance_as_it_is_written_like_any_other_content()
    {
        using var epub = EpubFile.Of(DocumentSamples.Rich());

        Assert.Contains(DocumentSamples.Rich().Chapters[0].Blocks, b => b is ContainerBlock);
        Assert.Contains("WCAG 2.1 Level AA", epub.Metas("dcterms:conformsTo").Single().Value);
    }

    [Fact]
    public void The_manifest_lists_every_file_of_the_zip_and_nothing_else()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book with { Metadata = book.Metadata with { CoverImage = DocumentSamples.Png("images/cover.png") } });

        var manifest = epub.Package.Descendants(Opf + "item").Select(i => "OEBPS/" + (string?)i.Attribute("href")).Order().ToList();
        var files = epub.Zip.Entries.Select(e => e.FullName)
            .Where(name => name is not "mimetype" and not "META-INF/container.xml" and not "OEBPS/content.opf")
            .Order().ToList();

        Assert.Equal(files, manifest);
        Assert.Equal(manifest.Count, manifest.Distinct().Count());
    }

    [Fact]
    public void Images_are_carried_with_their_media_types_and_bytes()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book);
        var items = epub.Package.Descendants(Opf + "item").ToDictionary(i => (string)i.Attribute("href")!, i => (string)i.Attribute("media-type")!);

        foreach (var image in book.Images)
        {
            Assert.Equal(image.MediaType, items[image.Href]);
            using var stream = epub.Zip.GetEntry($"OEBPS/{image.Href}")!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(image.Data, copy.ToArray());
        }
    }

    [Fact]
    public void The_nav_document_and_the_cover_image_have_their_properties()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book with { Metadata = book.Metadata with { CoverImage = DocumentSamples.Png("images/cover.png") } });
        var items = epub.Package.Descendants(Opf + "item").ToList();

        Assert.Equal("nav.xhtml", (string?)items.Single(i => (string?)i.Attribute("properties") == "nav").Attribute("href"));
        Assert.Equal("images/cover.png", (string?)items.Single(i => (string?)i.Attribute("properties") == "cover-image").Attribute("href"));
    }

    [Fact]
    public void The_spine_reads_cover_title_page_contents_then_chapters_in_order()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book with { Metadata = book.Metadata with { CoverImage = DocumentSamples.Png("images/cover.png") } });
        var package = epub.Package;
        var hrefById = package.Descendants(Opf + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        var spine = package.Descendants(Opf + "spine").Single();

        var order = spine.Elements(Opf + "itemref").Select(r => hrefById[(string)r.Attribute("idref")!]).ToList();

        Assert.Equal(["cover.xhtml", "title.xhtml", "nav.xhtml", "ch01.xhtml", "ch02.xhtml"], order);
        Assert.Equal("toc.ncx", hrefById[(string)spine.Attribute("toc")!]);
    }

    [Fact]
    public void A_right_to_left_language_sets_direction_and_page_progression()
    {
        var book = DocumentSamples.Rich();
        using var epub = EpubFile.Of(book with { Metadata = book.Metadata with { Language = "ar-EG" } });

        Assert.Equal("rtl", (string?)epub.Package.Root!.Attribute("dir"));
        Assert.Equal("rtl", (string?)epub.Package.Descendants(Opf + "spine").Single().Attribute("page-progression-direction"));
        Assert.Equal("rtl", (string?)epub.Page("ch01.xhtml").Root!.Attribute("dir"));
    }

    private static BookDocument PlainBook(string altText)
    {
        var png = DocumentSamples.Png();
        var chapter = new ChapterDocument(0, "content/01-a.md", "ch01", "Alone",
            [
                new HeadingBlock(1, "alone", [new TextInline("Alone")]),
                new FigureBlock(png, altText, []),
            ],
            []);
        return new BookDocument(DocumentSamples.Metadata(), [chapter], [png]);
    }
}
