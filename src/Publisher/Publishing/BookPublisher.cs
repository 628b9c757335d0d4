using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Document;
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
        var (source, document, versionSource) = LoadDocument(options, diagnostics);
        if (document is null || Stopped(diagnostics, options))
        {
            return Result(diagnostics, source, document, versionSource, [], succeeded: false);
        }

        var outputDirectory = options.OutputDirectory ?? Path.Combine(options.BookDirectory, "artifacts");
        using var staging = new ArtifactStaging(outputDirectory, diagnostics);
        // The PDF's pages are typeset and painted first, on every core. Writing them into one file is work for one core,
        // so the EPUB is written beside it. The EPUB carries the PDF's page breaks, so the book is typeset for an EPUB
        // alone too (then the layout's warnings about the PDF are not reported: no PDF is written).
        var wantsPdf = options.Formats.HasFlag(OutputFormats.Pdf);
        var typeset = PdfWriter.Typeset(document, wantsPdf ? diagnostics : new DiagnosticBag());
        var pdf = wantsPdf ? PdfWriter.Draw(typeset) : null;
        var writers = new List<Action>();
        if (options.Formats.HasFlag(OutputFormats.Epub))
        {
            writers.Add(() => staging.Write($"{document.Metadata.Slug}.epub", stream => EpubWriter.Write(document, typeset.PageMap, stream)));
        }

        if (pdf is not null)
        {
            writers.Add(() => staging.Write($"{document.Metadata.Slug}.pdf", pdf.WriteTo));
        }

        Parallel.Invoke(writers.ToArray());

        if (Stopped(diagnostics, options))
        {
            return Result(diagnostics, source, document, versionSource, [], succeeded: false);
        }

        var artifacts = staging.Commit();
        return Result(diagnostics, source, document, versionSource, artifacts, succeeded: !diagnostics.HasErrors);
    }

    /// <summary>Loads and checks the book without writing anything.</summary>
    public static PublishResult Check(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var (source, document, versionSource) = LoadDocument(options, diagnostics);
        return Result(diagnostics, source, document, versionSource, [], succeeded: document is not null && !Stopped(diagnostics, options));
    }

    private static (BookSource? Source, BookDocument? Document, BookVersionSource VersionSource) LoadDocument(PublishOptions options, DiagnosticBag diagnostics)
    {
        var source = BookLoader.Load(
            new BookLoadRequest(options.BookDirectory, options.FixEncoding, options.Version, options.Timestamp, options.DefaultVersion),
            diagnostics);
        if (source is null)
        {
            return (null, null, BookVersionSource.None);
        }

        var document = DocumentBuilder.Build(source, diagnostics);
        PdfWriter.Check(document, diagnostics);
        return (source, document, SourceOf(source.VersionOrigin));
    }

    /// <summary>The parts and chapters of the outline, without the sections inside chapters.</summary>
    private static List<ContentsItem> ContentsOf(BookDocument document)
    {
        var items = new List<ContentsItem>();
        void Add(IEnumerable<OutlineItem> entries, int depth)
        {
            foreach (var entry in entries.Where(e => e.Kind != OutlineKind.Section))
            {
                items.Add(new ContentsItem(depth, entry.Title, entry.Kind == OutlineKind.Part ? null : document.Chapters[entry.ChapterIndex].SourcePath));
                Add(entry.Children, depth + 1);
            }
        }

        Add(BookOutline.Of(document), 0);
        return items;
    }

    private static BookVersionSource SourceOf(VersionOrigin origin) => origin switch
    {
        VersionOrigin.Request => BookVersionSource.Options,
        VersionOrigin.Manifest => BookVersionSource.Manifest,
        VersionOrigin.Default => BookVersionSource.Default,
        _ => BookVersionSource.None,
    };

    private static bool Stopped(DiagnosticBag diagnostics, PublishOptions options) =>
        diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.HasWarnings);

    private static PublishResult Result(
        DiagnosticBag diagnostics, BookSource? source, BookDocument? document, BookVersionSource versionSource, IReadOnlyList<string> artifacts, bool succeeded) =>
        new(diagnostics.ToSortedList(), artifacts, document?.Metadata.Title)
        {
            Succeeded = succeeded,
            BookVersion = document?.Metadata.Version,
            BookVersionSource = document?.Metadata.Version is null ? BookVersionSource.None : versionSource,
            Layout = source?.Layout.Description,
            Contents = document is null ? [] : ContentsOf(document),
        };
}
