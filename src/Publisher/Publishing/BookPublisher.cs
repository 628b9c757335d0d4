using Publisher.Book;
using Publisher.Epub;
using Publisher.Markdown;
using Publisher.Pdf;

namespace Publisher.Publishing;

/// <summary>
/// The library's entry point: load the book, parse its chapters into the format-neutral document,
/// then write the EPUB and the PDF. Nothing is written unless every stage succeeded.
/// </summary>
public static class BookPublisher
{
    /// <summary>Builds the requested ebook files. Content problems come back as diagnostics, never as exceptions.</summary>
    public static PublishResult Publish(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var document = LoadDocument(options, diagnostics);
        if (document is null || Stopped(diagnostics, options))
        {
            return Failed(diagnostics, document);
        }

        var outputDirectory = options.OutputDirectory ?? Path.Combine(options.BookDirectory, "artifacts");
        using var staging = new ArtifactStaging(outputDirectory, diagnostics);
        var writers = new List<Action>();
        if (options.Formats.HasFlag(OutputFormats.Epub))
        {
            writers.Add(() => staging.Write($"{document.Metadata.Slug}.epub", stream => EpubWriter.Write(document, stream)));
        }

        if (options.Formats.HasFlag(OutputFormats.Pdf))
        {
            writers.Add(() => staging.Write($"{document.Metadata.Slug}.pdf", stream => PdfWriter.Write(document, stream, diagnostics)));
        }

        // The writers only read the document, so the EPUB is written while the PDF is typeset.
        Parallel.Invoke(writers.ToArray());

        if (Stopped(diagnostics, options))
        {
            return Failed(diagnostics, document);
        }

        var artifacts = staging.Commit();
        return new PublishResult(diagnostics.ToSortedList(), artifacts, document.Metadata.Title)
        {
            Succeeded = !diagnostics.HasErrors,
        };
    }

    /// <summary>Loads and checks the book without writing anything.</summary>
    public static PublishResult Check(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var document = LoadDocument(options, diagnostics);
        return new PublishResult(diagnostics.ToSortedList(), [], document?.Metadata.Title)
        {
            Succeeded = document is not null && !Stopped(diagnostics, options),
        };
    }

    private static BookDocument? LoadDocument(PublishOptions options, DiagnosticBag diagnostics)
    {
        var source = BookLoader.Load(options, diagnostics);
        return source is null ? null : DocumentBuilder.Build(source, diagnostics);
    }

    private static bool Stopped(DiagnosticBag diagnostics, PublishOptions options) =>
        diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.HasWarnings);

    private static PublishResult Failed(DiagnosticBag diagnostics, BookDocument? document) =>
        new(diagnostics.ToSortedList(), [], document?.Metadata.Title) { Succeeded = false };
}
