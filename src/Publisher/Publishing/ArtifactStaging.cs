using Publisher.Diagnostics;
namespace Publisher.Publishing;

/// <summary>
/// Writes each artifact to a temporary file beside its final place and moves them all into place only on
/// <see cref="Commit"/>, so a failed run leaves the artifacts of an earlier good build exactly as they were.
/// </summary>
internal sealed class ArtifactStaging(string outputDirectory, DiagnosticBag diagnostics) : IDisposable
{
    private readonly List<(string Temporary, string Final)> _staged = [];
    private readonly Lock _gate = new();

    public void Write(string fileName, Action<Stream> writeContent)
    {
        var finalPath = Path.Combine(outputDirectory, fileName);
        string? temporaryPath = null;
        try
        {
            Directory.CreateDirectory(outputDirectory);
            temporaryPath = Path.Combine(outputDirectory, $".{fileName}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write))
            {
                writeContent(stream);
                stream.Flush(flushToDisk: true);
            }

            lock (_gate)
            {
                _staged.Add((temporaryPath, finalPath));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporaryPath);
            diagnostics.Error(
                DiagnosticCodes.OutputNotWritable,
                $"cannot write '{finalPath}': {e.Message}",
                hint: "check that the output folder exists, is writable and that the disk has room");
        }
    }

    /// <summary>Moves every staged file into place and returns the final paths.</summary>
    public IReadOnlyList<string> Commit()
    {
        var written = new List<string>();
        foreach (var (temporary, final) in _staged.OrderBy(s => s.Final, StringComparer.Ordinal))
        {
            File.Move(temporary, final, overwrite: true);
            written.Add(Path.GetFullPath(final));
        }

        _staged.Clear();
        return written;
    }

    public void Dispose()
    {
        foreach (var (temporary, _) in _staged)
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
