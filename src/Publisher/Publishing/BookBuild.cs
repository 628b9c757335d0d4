using Publisher.Book;
using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Epub;
using Publisher.Markdown;
using Publisher.Pdf;

namespace Publisher.Publishing;

/// <summary>What one build did.</summary>
/// <param name="Document">The book, when it could be loaded (with or without errors).</param>
/// <param name="VersionSource">Where the book's version came from.</param>
internal sealed record BuildOutcome(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Artifacts,
    BookDocument? Document,
    bool Succeeded,
    BookVersionSource VersionSource = BookVersionSource.None)
{
    /// <summary>How long each stage that ran took.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    /// <summary>The book folder's layout as the report names it (book.yml, an mdBook, a GitBook), when it was read.</summary>
    public string? Layout { get; init; }

    public PublishResult ToResult() =>
        new(Diagnostics, Artifacts, Document?.Metadata.Title)
        {
            Succeeded = Succeeded,
            BookVersion = Document?.Metadata.Version,
            BookVersionSource = Document?.Metadata.Version is null ? BookVersionSource.None : VersionSource,
            Layout = Layout,
            Contents = Document is null ? [] : ContentsOf(Document),
        };

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
}

/// <summary>
/// The stages of one build, the same for <c>publisher build</c> and for every build of <c>publisher watch</c>:
/// load the book, parse its chapters into the format-neutral document, then write the EPUB and the PDF.
/// Nothing is written unless every stage succeeded.
/// </summary>
internal static class BookBuild
{
    /// <summary>Builds the requested ebook files.</summary>
    /// <param name="caches">Work kept from earlier builds (a watch); null for a one-off build.</param>
    /// <param name="inputs">Where to record every file the build reads (a watch); null when nobody asks.</param>
    /// <param name="documentReady">Called with the book and the problems found so far as soon as it is parsed without error, before the ebooks are written.</param>
    /// <param name="cancel">Stops the build between stages; nothing is written then.</param>
    public static BuildOutcome Run(
        PublishOptions options,
        BuildCaches? caches = null,
        BookInputs? inputs = null,
        Action<BookDocument, IReadOnlyList<Diagnostic>>? documentReady = null,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock();
        var (document, versionSource, layout) = LoadDocument(options, diagnostics, caches, inputs, clock);
        if (document is null || Stopped(diagnostics, options))
        {
            return Failed(diagnostics, document, versionSource, layout, clock);
        }

        documentReady?.Invoke(document, diagnostics.ToSortedList());
        cancel.ThrowIfCancellationRequested();
        var outputDirectory = options.OutputDirectory ?? Path.Combine(options.BookDirectory, "artifacts");
        using var staging = new ArtifactStaging(outputDirectory, diagnostics);
        // The PDF's pages are typeset and painted first, on every core. Writing them into one file is work for one core,
        // so the EPUB is written beside it. The EPUB carries the PDF's page breaks, so the book is typeset for an EPUB
        // alone too (then the layout's warnings about the PDF are not reported: no PDF is written).
        var wantsPdf = options.Formats.HasFlag(OutputFormats.Pdf);
        var typeset = clock.Time("layout", () => PdfWriter.Typeset(document, wantsPdf ? diagnostics : new DiagnosticBag(), caches?.Pdf));
        cancel.ThrowIfCancellationRequested();
        var pdf = wantsPdf ? clock.Time("paint", () => PdfWriter.Draw(typeset, caches?.Pdf)) : null;
        cancel.ThrowIfCancellationRequested();
        var writers = new List<(string Format, Action Write)>();
        if (options.Formats.HasFlag(OutputFormats.Epub))
        {
            writers.Add(("epub", () => staging.Write($"{document.Metadata.Slug}.epub", stream => EpubWriter.Write(document, typeset.PageMap, stream, caches?.Epub))));
        }

        if (pdf is not null)
        {
            writers.Add(("pdf", () => staging.Write($"{document.Metadata.Slug}.pdf", pdf.WriteTo)));
        }

        clock.TimeSideBySide("write", writers);
        if (Stopped(diagnostics, options))
        {
            return Failed(diagnostics, document, versionSource, layout, clock);
        }

        cancel.ThrowIfCancellationRequested();
        var artifacts = clock.Time("commit", staging.Commit);
        return new BuildOutcome(diagnostics.ToSortedList(), artifacts, document, !diagnostics.HasErrors, versionSource)
        {
            Stages = clock.Stages,
            Layout = layout,
        };
    }

    /// <summary>Loads and checks the book without writing anything.</summary>
    public static BuildOutcome Check(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var (document, versionSource, layout) = LoadDocument(options, diagnostics, caches: null, inputs: null, new StageClock());
        return new BuildOutcome(diagnostics.ToSortedList(), [], document, document is not null && !Stopped(diagnostics, options), versionSource) { Layout = layout };
    }

    private static (BookDocument? Document, BookVersionSource VersionSource, string? Layout) LoadDocument(
        PublishOptions options, DiagnosticBag diagnostics, BuildCaches? caches, BookInputs? inputs, StageClock clock)
    {
        var request = new BookLoadRequest(options.BookDirectory, options.FixEncoding, options.Version, options.Timestamp, options.DefaultVersion)
        {
            Inputs = inputs,
            Images = caches?.Images,
        };
        var source = clock.Time("load", () => BookLoader.Load(request, diagnostics));
        if (source is null)
        {
            return (null, BookVersionSource.None, null);
        }

        var document = clock.Time("document", () =>
        {
            var built = DocumentBuilder.Build(source, diagnostics, caches?.Chapters);
            PdfWriter.Check(built, diagnostics);
            return built;
        });
        return (document, SourceOf(source.VersionOrigin), source.Layout.Description);
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

    private static BuildOutcome Failed(
        DiagnosticBag diagnostics, BookDocument? document, BookVersionSource versionSource, string? layout, StageClock clock) =>
        new(diagnostics.ToSortedList(), [], document, Succeeded: false, versionSource) { Stages = clock.Stages, Layout = layout };
}
