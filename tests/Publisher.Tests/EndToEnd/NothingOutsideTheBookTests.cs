using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// A book built in CI from a stranger's pull request must not read the runner's files or reach its network. Each
/// book under tests/fixtures/reach-out names something outside the book folder ({{OUTSIDE}}, a folder of sentinel
/// files) or on a web server ({{SERVER}}, started here on 127.0.0.1): building both ebooks makes no request, no
/// sentinel's content lands in any output, the diagnostics are exactly those its expected.txt lists, and an EPUB
/// written passes EPUBCheck.
/// </summary>
public sealed class NothingOutsideTheBookTests : IDisposable
{
    private const string Marker = "SENTINEL-3b1f0c";

    private readonly WatchingServer _server = new();
    private readonly TempDirectory _outside = new();

    public NothingOutsideTheBookTests()
    {
        _outside.Write("secret.svg", $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80\" height=\"20\"><text y=\"15\">{Marker}</text></svg>");
        _outside.Write("secret.css", $"/* {Marker} */ rect {{ fill: red }}");
        _outside.Write("secret.png", Book.TestImages.Png(13, 7));
    }

    public static TheoryData<string> Books() =>
        new(Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    private static string Folder => Path.Combine(FixtureBooks.RepositoryRoot, "tests", "fixtures", "reach-out");

    public void Dispose()
    {
        _server.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task The_watching_server_records_a_request_that_reaches_it()
    {
        using var client = new HttpClient();

        var answer = await client.GetByteArrayAsync(_server.Address + "/probe.png");

        Assert.Equal(["/probe.png"], _server.Requests);
        Assert.Equal((5, 5), (Book.TestImages.Inspect(answer).Width, Book.TestImages.Inspect(answer).Height));
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Building_reads_nothing_outside_the_book_and_asks_the_network_for_nothing(string name)
    {
        using var book = FixtureBooks.CopyToTemp(Path.Combine(Folder, name));
        FillIn(book.Path);
        var expected = ExpectedDiagnostic.ParseFile(Path.Combine(Folder, name, ExpectedDiagnostic.FileName));

        var result = BookPublisher.Publish(new PublishOptions
        {
            BookDirectory = book.Path,
            OutputDirectory = Path.Combine(book.Path, "out"),
            Formats = OutputFormats.All,
        });

        Assert.Empty(_server.Requests);
        Assert.Equal(
            expected.Select(e => e.ToString()).Order(StringComparer.Ordinal),
            result.Diagnostics.Select(d => $"{d.Code} {d.Location?.File} {d.Location?.Line}").Order(StringComparer.Ordinal));
        Assert.Equal(result.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error), result.Succeeded);
        foreach (var artifact in result.Artifacts)
        {
            AssertNoSentinel(artifact);
        }

        // What is left (pictures written into SVG as data: addresses, links in place of remote images) is valid EPUB.
        if (result.Artifacts.FirstOrDefault(a => a.EndsWith(".epub", StringComparison.Ordinal)) is { } epub)
        {
            var check = EpubCheck.Run(epub);
            Assert.True(check.IsClean, check.ToString());
        }
    }

    [Fact]
    public void A_remote_image_is_a_link_to_its_address_in_both_ebooks()
    {
        using var book = FixtureBooks.CopyToTemp(Path.Combine(Folder, "markdown-remote-image"));
        FillIn(book.Path);

        var result = BookPublisher.Publish(new PublishOptions { BookDirectory = book.Path, OutputDirectory = Path.Combine(book.Path, "out") });

        var pdf = result.Artifacts.Single(a => a.EndsWith(".pdf", StringComparison.Ordinal));
        var uris = PdfReadBack.Links(pdf).Select(link => link.Uri).ToList();
        Assert.Contains(_server.Address + "/harbour.jpg", uris);
        Assert.Contains(_server.Address + "/team.png", uris);
        Assert.Contains("https://ci.example.org/run", uris);
        Assert.DoesNotContain(_server.Address + "/badge.svg", uris);
        var text = PdfReadBack.Text(pdf);
        Assert.Contains("a photo of the harbour", text);
        Assert.Contains("build passing", text);

        using var epub = Epub.EpubFile.Read(result.Artifacts.Single(a => a.EndsWith(".epub", StringComparison.Ordinal)));
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var links = epub.Page("ch01.xhtml").Descendants(xhtml + "a").Select(a => ((string?)a.Attribute("href"), a.Value)).ToList();
        Assert.Contains((_server.Address + "/harbour.jpg", "a photo of the harbour"), links);
        Assert.Contains(("https://ci.example.org/run", "build passing"), links);
        Assert.Empty(_server.Requests);
    }

    /// <summary>Puts the server's address and the sentinel folder into the copied book's text files.</summary>
    private void FillIn(string book)
    {
        foreach (var file in Directory.EnumerateFiles(book, "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) is ".md" or ".svg"))
        {
            var text = File.ReadAllText(file).Replace("{{SERVER}}", _server.Address, StringComparison.Ordinal).Replace("{{OUTSIDE}}", _outside.Path, StringComparison.Ordinal);
            File.WriteAllText(file, text);
        }

        // The book's relative "../../outside/" paths lead here too, beside the book's own folder.
        var besideBook = Path.Combine(Path.GetDirectoryName(book)!, "outside");
        Directory.CreateDirectory(besideBook);
        File.Copy(Path.Combine(_outside.Path, "secret.png"), Path.Combine(besideBook, "secret.png"), overwrite: true);
    }

    private void AssertNoSentinel(string artifact)
    {
        var secrets = new[] { "secret.svg", "secret.css", "secret.png" }.Select(f => Convert.ToBase64String(File.ReadAllBytes(Path.Combine(_outside.Path, f)))).ToList();
        if (artifact.EndsWith(".epub", StringComparison.Ordinal))
        {
            using var zip = ZipFile.OpenRead(artifact);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.Latin1);
                var content = reader.ReadToEnd();
                Assert.DoesNotContain(Marker, content);
                Assert.All(secrets, secret => Assert.DoesNotContain(secret, content));
            }
        }
        else
        {
            Assert.DoesNotContain(Marker, PdfReadBack.Text(artifact));
            // The sentinel picture is 13 x 7 pixels.
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(artifact);
            var sizes = pdf.GetPages().SelectMany(page => page.GetImages()).Select(image => (image.WidthInSamples, image.HeightInSamples));
            Assert.DoesNotContain((13, 7), sizes);
        }
    }
}
