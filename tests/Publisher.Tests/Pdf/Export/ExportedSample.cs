using Publisher.Pdf.Export;

namespace Publisher.Tests.Pdf.Export;

/// <summary>The sample book exported once to a temporary file, shared by the read-back tests.</summary>
public sealed class ExportedSample : IDisposable
{
    private readonly TempDirectory _folder = new();

    public ExportedSample()
    {
        Metadata = DocumentSamples.Metadata();
        Path = System.IO.Path.Combine(_folder.Path, "sample.pdf");
        using var file = File.Create(Path);
        PdfExporter.Export(LaidOutSamples.Book(), file);
    }

    internal BookMetadata Metadata { get; }

    public string Path { get; }

    public void Dispose() => _folder.Dispose();
}
