using Publisher.Book;
using Publisher.Markdown;

namespace Publisher.Tests.Markdown;

/// <summary>Builds documents from Markdown text through the real Markdown stage, with fake book files.</summary>
internal static class MarkdownBook
{
    public static Built Build(string markdown, params string[] images) =>
        Build([("content/01-intro.md", markdown)], images);

    public static Built Build(IReadOnlyList<(string Path, string Text)> chapters, params string[] images)
    {
        var diagnostics = new DiagnosticBag();
        var sources = chapters.Select((c, i) => new ChapterSource(i, c.Path, c.Text)).ToList();
        var files = new FakeContentFiles(images);
        var document = DocumentBuilder.Build(DocumentSamples.Metadata(), sources, files, diagnostics);
        return new Built(document, diagnostics.ToSortedList());
    }
}

internal sealed record Built(BookDocument Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public ChapterDocument Chapter => Document.Chapters[0];

    public IReadOnlyList<Block> Blocks => Chapter.Blocks;

    public Diagnostic Single(string code) => Assert.Single(Diagnostics, d => d.Code == code);

    public IEnumerable<Diagnostic> All(string code) => Diagnostics.Where(d => d.Code == code);

    public void NoDiagnostics() => Assert.True(Diagnostics.Count == 0, string.Join("\n", Diagnostics));
}

/// <summary>Images that exist, by book-relative path; references resolve from the chapter's folder, then the book root.</summary>
internal sealed class FakeContentFiles(IEnumerable<string> existing) : IContentFiles
{
    private readonly HashSet<string> _existing = [.. existing];
    private readonly List<ImageResource> _loaded = [];

    public IReadOnlyList<ImageResource> LoadedImages
    {
        get
        {
            lock (_loaded)
            {
                return [.. _loaded];
            }
        }
    }

    public ImageResource? LoadImage(string reference, SourceLocation location, DiagnosticBag diagnostics)
    {
        var path = new[] { ChapterPaths.Resolve(reference, location.File), ChapterPaths.Resolve(reference, "book.yml") }
            .FirstOrDefault(p => p is not null && _existing.Contains(p));
        if (path is null)
        {
            diagnostics.Error(DiagnosticCodes.ImageMissing, $"Image not found: {reference}", location);
            return null;
        }

        lock (_loaded)
        {
            var image = _loaded.FirstOrDefault(i => i.SourcePath == path);
            if (image is null)
            {
                // An icon unless its name says it is a picture ("images/photo.png"), as real pictures are large.
                image = path.EndsWith(".svg", StringComparison.Ordinal) ? DocumentSamples.Svg(path)
                    : path.Contains("photo", StringComparison.Ordinal) ? DocumentSamples.Png(path, 640, 480)
                    : DocumentSamples.Png(path, 8, 8);
                _loaded.Add(image);
            }

            return image;
        }
    }
}

/// <summary>Every block and inline of a document, depth first (through the library's own walker).</summary>
internal static class DocumentWalk
{
    public static IEnumerable<Block> AllBlocks(BookDocument document) =>
        document.Chapters.SelectMany(c => DocumentTree.Blocks(c.Blocks).Concat(DocumentTree.Blocks(c.Footnotes.SelectMany(f => f.Blocks))));

    public static IEnumerable<Inline> AllInlines(BookDocument document) =>
        AllBlocks(document).SelectMany(DocumentTree.InlineRuns).SelectMany(DocumentTree.Inlines);

    /// <summary>Each chapter as the EPUB writes it, parsed back: it must be well-formed XML.</summary>
    public static IReadOnlyList<System.Xml.Linq.XElement> Xhtml(BookDocument document) =>
        [.. document.Chapters.Select(chapter =>
        {
            var body = new System.Xml.Linq.XElement(
                (System.Xml.Linq.XNamespace)"http://www.w3.org/1999/xhtml" + "body",
                new Publisher.Epub.XhtmlRenderer(document, chapter, Publisher.Epub.PageBreakMarkers.None).Blocks(chapter.Blocks));
            return System.Xml.Linq.XElement.Parse(body.ToString());
        })];
}
