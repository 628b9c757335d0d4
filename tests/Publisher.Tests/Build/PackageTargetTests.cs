using System.IO.Compression;
using System.Text.Json;

namespace Publisher.Tests.Build;

[Collection(BuildScriptCollection.Name)]
public sealed class PackageTargetTests : IDisposable
{
    private readonly TempDirectory _book = new();
    private readonly TempDirectory _output = new();

    public void Dispose()
    {
        _book.Dispose();
        _output.Dispose();
    }

    [SkippableFact]
    public void Package_writes_versioned_ebooks_whose_checksums_verify_and_whose_metadata_carry_the_version()
    {
        FixtureBook.Write(_book);

        var run = Package(_output.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var epub = Assert.Single(Directory.GetFiles(_output.Path, "*-9.8.7.epub"));
        var pdf = Assert.Single(Directory.GetFiles(_output.Path, "*-9.8.7.pdf"));
        AssertChecksumsVerify([epub, pdf]);
        AssertBuildInfo();
        Assert.Contains("9.8.7", PackageDocument(epub));
        // Glyph-by-glyph text extraction may space out letters; the version must be there all the same.
        Assert.Contains("9.8.7", string.Concat(PdfMetadataAndText(pdf).Where(c => !char.IsWhiteSpace(c))));

        // Built again, later, into another folder: every file the same to the byte, build-info.json included.
        using var again = new TempDirectory();
        var second = Package(again.Path);
        Assert.True(second.ExitCode == 0, second.ToString());
        var first = Directory.GetFiles(_output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first, Directory.GetFiles(again.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(first, name => Assert.True(
            File.ReadAllBytes(Path.Combine(_output.Path, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.Path, name!))),
            $"{name} differs between two builds of the same book"));
    }

    // --no-build: the tests already built the command line, in the tests' own configuration.
    private ExternalProcess Package(string output) => BuildScript.Run(
        environment: null,
        "--target=Package", "--no-build", $"--configuration={RepositoryFolder.Configuration}",
        $"--book={_book.Path}", $"--output={output}", "--book-version=9.8.7");

    private void AssertChecksumsVerify(string[] files)
    {
        var sums = File.ReadAllLines(Path.Combine(_output.Path, "SHA256SUMS"));
        Assert.Equal(files.Select(Path.GetFileName).Order(StringComparer.Ordinal), sums.Select(line => line[66..]).Order(StringComparer.Ordinal));
        var check = ExternalProcess.Run(Validators.Sha256Sum.Require(), ["-c", "SHA256SUMS"], _output.Path);
        Assert.True(check.ExitCode == 0, check.ToString());

        foreach (var line in sums)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_output.Path, line[66..]))));
            Assert.Equal($"{hash}  {line[66..]}", line);
        }
    }

    private void AssertBuildInfo()
    {
        using var info = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output.Path, "build-info.json")));
        var root = info.RootElement;
        Assert.Equal("9.8.7", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("commit").GetString()));
        // No wall-clock time: it would make every rebuild differ.
        Assert.Equal(["commit", "packages", "tools", "version"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("7.0.0", root.GetProperty("tools").GetProperty("cake").GetString());
        Assert.Equal("1.6.0", root.GetProperty("packages").GetProperty("Markdig").GetString());
    }

    private static string PackageDocument(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        var opf = zip.Entries.Single(entry => entry.FullName.EndsWith(".opf", StringComparison.Ordinal));
        using var reader = new StreamReader(opf.Open());
        return reader.ReadToEnd();
    }

    private static string PdfMetadataAndText(string pdf) =>
        PdfReadBack.Text(pdf) + PdfReadBack.Run(Validators.PdfInfo, ["-meta", pdf]).Output;
}
