using System.Text;
using System.Xml.Linq;
using Publisher.Book;

namespace Publisher.Tests.Book;

/// <summary>
/// An SVG image in the book reaches nothing outside it: every address it names goes through the book-folder rule,
/// pictures in the book are written into it, everything else is removed, and each removal is reported at its line.
/// </summary>
public sealed class SvgSanitizerTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    private readonly TempDirectory _outside = new();
    private readonly BookFolder _book = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose()
    {
        _book.Dispose();
        _outside.Dispose();
    }

    private IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.ToSortedList();

    /// <summary>Writes images/pic.svg with the given body (from line 2 on) and loads it as a chapter would.</summary>
    private (ImageResource? Image, BookFiles Files) LoadSvg(string body, string attributes = "")
    {
        _book.File("images/pic.svg", $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"40\" height=\"20\"{attributes}>\n{body}\n</svg>\n");
        var files = new BookFiles(_book.Root);
        return (files.LoadImage("../images/pic.svg", new SourceLocation("content/01-a.md", 3, 1), _diagnostics), files);
    }

    private static XElement Parse(ImageResource image) => XElement.Parse(Encoding.UTF8.GetString(image.Data));

    [Fact]
    public void A_network_address_is_removed_and_reported_at_its_line_in_the_svg()
    {
        var (image, _) = LoadSvg("<rect width=\"4\" height=\"4\"/>\n<image href=\"http://127.0.0.1:9/x.png\" width=\"4\" height=\"4\"/>\n<image xlink:href=\"//cdn.example.org/y.png\" width=\"4\" height=\"4\"/>");

        var images = Parse(image!).Elements(Svg + "image").ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, element => Assert.DoesNotContain(element.Attributes(), a => a.Name.LocalName == "href"));
        DiagnosticAssert.Single(Diagnostics.Where(d => d.Location!.Line == 3).ToList(), DiagnosticCodes.SvgNetworkResource, "images/pic.svg", 3, 8);
        Assert.Equal(2, Diagnostics.Count(d => d.Code == DiagnosticCodes.SvgNetworkResource && d.Severity == DiagnosticSeverity.Warning));
        Assert.Equal(2, Diagnostics.Count);
    }

    [Fact]
    public void A_file_outside_the_book_is_refused_with_PUB110_and_never_read()
    {
        var secret = Path.Combine(_outside.Path, "secret.png");
        File.WriteAllBytes(secret, TestImages.Png(3, 3));

        var (image, _) = LoadSvg($"<image href=\"file://{secret}\" width=\"4\" height=\"4\"/>\n<image href=\"../../outside.png\" width=\"4\" height=\"4\"/>\n<image href=\"{secret}\" width=\"4\" height=\"4\"/>");

        var errors = Diagnostics.Where(d => d.Code == DiagnosticCodes.PathEscapesBook).ToList();
        Assert.Equal([2, 3, 4], errors.Select(d => d.Location!.Line));
        Assert.All(errors, d => Assert.Equal("images/pic.svg", d.Location!.File));
        Assert.DoesNotContain(Convert.ToBase64String(File.ReadAllBytes(secret))[..40], Encoding.UTF8.GetString(image!.Data));
        Assert.All(Parse(image).Elements(Svg + "image"), element => Assert.Null(element.Attribute("href")));
    }

    [Fact]
    public void A_picture_in_the_book_is_written_into_the_svg_and_is_not_an_image_of_its_own()
    {
        var png = TestImages.Png(6, 4);
        _book.File("images/dot.png", png);

        var (image, files) = LoadSvg("<image href=\"dot.png\" width=\"6\" height=\"4\"/>\n<image xlink:href=\"images/dot.png\" width=\"6\" height=\"4\"/>");

        Assert.Empty(Diagnostics);
        var hrefs = Parse(image!).Elements(Svg + "image").Select(e => (string?)e.Attribute("href") ?? (string?)e.Attribute(Xlink + "href")).ToList();
        Assert.Equal(2, hrefs.Count);
        Assert.All(hrefs, href => Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), href));
        Assert.Equal(["images/pic.svg"], files.LoadedImages.Select(i => i.SourcePath));
    }

    [Fact]
    public void An_svg_shown_inside_an_svg_is_made_self_contained_too_and_one_that_shows_itself_is_stopped()
    {
        _book.File("images/inner.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\">\n<image href=\"https://example.org/x.png\"/>\n<image href=\"pic.svg\"/>\n</svg>\n");

        var (image, _) = LoadSvg("<image href=\"inner.svg\" width=\"4\" height=\"4\"/>");

        var href = (string)Parse(image!).Element(Svg + "image")!.Attribute("href")!;
        Assert.StartsWith("data:image/svg+xml;base64,", href);
        var inner = Encoding.UTF8.GetString(Convert.FromBase64String(href["data:image/svg+xml;base64,".Length..]));
        Assert.DoesNotContain("example.org", inner);
        Assert.DoesNotContain("pic.svg", inner);
        DiagnosticAssert.Single(Diagnostics.Where(d => d.Code == DiagnosticCodes.SvgNetworkResource).ToList(), DiagnosticCodes.SvgNetworkResource, "images/inner.svg", 2, 8);
        DiagnosticAssert.Single(Diagnostics.Where(d => d.Code == DiagnosticCodes.SvgContentRemoved).ToList(), DiagnosticCodes.SvgContentRemoved, "images/inner.svg", 3, 8);
    }

    [Fact]
    public void Style_sheets_lose_imports_and_addresses_but_keep_references_to_the_svgs_own_elements()
    {
        const string dot = "data:image/png;base64,iVBORw0KGgo=";
        var (image, _) = LoadSvg(
            "<style>@import url(\"http://127.0.0.1:9/a.css\");\n@import 'b.css';\n" +
            "rect { fill: url(#g); } circle { fill: url(other.svg#p); stroke: url(" + dot + ") } " +
            "@font-face { font-family: X; src: url(https://fonts.example.org/x.woff2) } .c { background: -webkit-image-set(\"y.png\" 1x) }</style>\n" +
            "<rect style=\"fill: url(http://127.0.0.1:9/p.svg#x); stroke: red\" filter=\"url(#blur)\" width=\"4\" height=\"4\"/>\n" +
            "<circle fill=\"url(../images/pat.svg#p)\" r=\"2\"/>");

        var svg = Parse(image!);
        var sheet = svg.Element(Svg + "style")!.Value;
        Assert.DoesNotContain("@import", sheet);
        Assert.Contains("fill: url(#g)", sheet);
        Assert.Contains("stroke: url(" + dot + ")", sheet);
        Assert.DoesNotContain("other.svg", sheet);
        Assert.DoesNotContain("fonts.example.org", sheet);
        Assert.DoesNotContain("image-set", sheet);
        Assert.Equal("fill: none; stroke: red", (string)svg.Element(Svg + "rect")!.Attribute("style")!);
        Assert.Equal("url(#blur)", (string)svg.Element(Svg + "rect")!.Attribute("filter")!);
        Assert.Equal("none", (string)svg.Element(Svg + "circle")!.Attribute("fill")!);
        Assert.Equal(
            [DiagnosticCodes.SvgNetworkResource, DiagnosticCodes.SvgNetworkResource, DiagnosticCodes.SvgContentRemoved, DiagnosticCodes.SvgContentRemoved, DiagnosticCodes.SvgContentRemoved],
            Diagnostics.Where(d => d.Location!.Line == 2).Select(d => d.Code).Order());
        Assert.Equal([DiagnosticCodes.SvgNetworkResource], Diagnostics.Where(d => d.Location!.Line == 5).Select(d => d.Code));
        Assert.Equal([DiagnosticCodes.SvgContentRemoved], Diagnostics.Where(d => d.Location!.Line == 6).Select(d => d.Code));
    }

    [Fact]
    public void Css_escapes_that_could_spell_an_address_take_the_whole_style_away()
    {
        var (image, _) = LoadSvg("<style>rect { fill: u\\72 l(http://127.0.0.1:9/x) }</style>\n<rect style=\"fill: \\75 rl(http://127.0.0.1:9/y)\" width=\"4\" height=\"4\"/>");

        var svg = Parse(image!);
        Assert.Equal("", svg.Element(Svg + "style")!.Value);
        Assert.Null(svg.Element(Svg + "rect")!.Attribute("style"));
        Assert.Equal(2, Diagnostics.Count(d => d.Code == DiagnosticCodes.SvgContentRemoved));
    }

    [Fact]
    public void Scripts_event_handlers_embedded_html_and_other_files_are_removed_with_a_warning_each()
    {
        var (image, _) = LoadSvg(
            "<script>fetch('http://127.0.0.1:9/')</script>\n" +
            "<foreignObject width=\"9\" height=\"9\"><img xmlns=\"http://www.w3.org/1999/xhtml\" src=\"http://127.0.0.1:9/z.png\"/></foreignObject>\n" +
            "<use href=\"icons.svg#star\"/>\n" +
            "<set attributeName=\"href\" to=\"http://127.0.0.1:9/q.png\"/>\n" +
            "<a href=\"https://example.org/about\"><text x=\"1\" y=\"9\">About &amp; more</text></a>",
            attributes: " onload=\"alert(1)\"");

        var svg = Parse(image!);
        Assert.Empty(svg.Elements(Svg + "script"));
        Assert.Empty(svg.Elements(Svg + "foreignObject"));
        Assert.Empty(svg.Elements(Svg + "set"));
        Assert.Null(svg.Attribute("onload"));
        Assert.Null(svg.Element(Svg + "use")!.Attribute("href"));
        Assert.Equal("https://example.org/about", (string)svg.Element(Svg + "a")!.Attribute("href")!);
        Assert.Equal("About & more", svg.Element(Svg + "a")!.Value);
        Assert.Equal([1, 2, 3, 4, 5], Diagnostics.Select(d => d.Location!.Line).Order());
        Assert.All(Diagnostics, d => Assert.Equal(DiagnosticCodes.SvgContentRemoved, d.Code));
    }

    [Fact]
    public void Embedded_html_that_a_switch_offers_beside_svg_text_goes_quietly_and_alone_it_is_reported()
    {
        // draw.io writes every label twice: HTML in a <foreignObject>, then the same words as SVG <text>.
        var (image, _) = LoadSvg(
            "<switch><foreignObject width=\"9\" height=\"9\" requiredFeatures=\"http://www.w3.org/TR/SVG11/feature#Extensibility\">" +
            "<div xmlns=\"http://www.w3.org/1999/xhtml\">Stack</div></foreignObject><text x=\"1\" y=\"9\">Stack</text></switch>\n" +
            "<switch><foreignObject width=\"9\" height=\"9\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Heap</div></foreignObject></switch>");

        var switches = Parse(image!).Elements(Svg + "switch").ToList();
        Assert.Empty(switches.SelectMany(s => s.Elements(Svg + "foreignObject")));
        Assert.Equal("Stack", switches[0].Element(Svg + "text")!.Value);
        var removed = Assert.Single(Diagnostics);
        Assert.Equal((DiagnosticCodes.SvgContentRemoved, 3), (removed.Code, removed.Location!.Line));
    }

    [Fact]
    public void A_draw_io_diagram_loses_its_embedded_source_and_its_link_gets_a_title_so_the_epub_stays_valid()
    {
        var (image, _) = LoadSvg(
            "<switch><g requiredFeatures=\"http://www.w3.org/TR/SVG11/feature#Extensibility\"/>" +
            "<a xlink:href=\"https://www.drawio.com/doc/faq/svg-export-text-problems\" target=\"_blank\"><text>Text is not SVG</text></a></switch>\n" +
            "<a href=\"https://example.org/about\" xlink:title=\"About us\"><text>About</text></a>",
            attributes: " content=\"&lt;mxfile host=&quot;app.diagrams.net&quot; agent=&quot;Mozilla/5.0 (X11)&quot;&gt;&lt;/mxfile&gt;\"");

        var svg = Parse(image!);
        Assert.Null(svg.Attribute("content"));
        var links = svg.Descendants(Svg + "a").ToList();
        Assert.Equal(
            ["https://www.drawio.com/doc/faq/svg-export-text-problems", "About us"],
            links.Select(a => (string?)a.Attribute((XNamespace)"http://www.w3.org/1999/xlink" + "title")));
        Assert.Empty(Diagnostics);
    }

    [Fact]
    public void Another_programs_metadata_and_style_sheet_instructions_are_dropped_and_the_drawing_stays()
    {
        _book.File("images/pic.svg",
            "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"http://127.0.0.1:9/s.css\"?>\n<!DOCTYPE svg>\n" +
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xml:base=\"http://127.0.0.1:9/\" width=\"4\" height=\"4\">\n" +
            "<inkscape:grid href=\"http://127.0.0.1:9/g\"/><rect inkscape:label=\"box\" width=\"4\" height=\"4\" fill=\"#c00\"/><text xml:space=\"preserve\">  a  b </text>\n</svg>\n");

        var image = new BookFiles(_book.Root).LoadImage("images/pic.svg", new SourceLocation("content/01-a.md", 1, 1), _diagnostics);

        var text = Encoding.UTF8.GetString(image!.Data);
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.DoesNotContain("inkscape", text);
        var svg = XElement.Parse(text);
        Assert.Equal("#c00", (string)svg.Element(Svg + "rect")!.Attribute("fill")!);
        Assert.Equal("  a  b ", svg.Element(Svg + "text")!.Value);
        DiagnosticAssert.Single(Diagnostics, DiagnosticCodes.SvgContentRemoved, "images/pic.svg", 2, 3);
    }

    [Fact]
    public void An_svg_that_names_nothing_outside_itself_keeps_its_drawing_and_size()
    {
        var (image, _) = LoadSvg("<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/></linearGradient></defs>\n<rect width=\"40\" height=\"20\" fill=\"url(#g)\"/>\n<use xlink:href=\"#g\"/>");

        Assert.Empty(Diagnostics);
        Assert.Equal((40, 20), (image!.PixelWidth, image.PixelHeight));
        var svg = Parse(image);
        Assert.Equal("url(#g)", (string)svg.Element(Svg + "rect")!.Attribute("fill")!);
        Assert.Equal("#g", (string)svg.Element(Svg + "use")!.Attribute(Xlink + "href")!);
    }
}
