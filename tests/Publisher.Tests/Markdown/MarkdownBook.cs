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
                image = path.EndsWith(".svg", StringComparison.Ordinal) ? DocumentSamples.Svg(path) : DocumentSamples.Png(path, 8, 8);
                _loaded.Add(image);
            }

            return image;
        }
    }
}

/// <summary>Every block and inline of a document, depth first.</summary>
internal static class DocumentWalk
{
    public static IEnumerable<Block> Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                QuoteBlock q => q.Blocks,
                ListBlock l => l.Items.SelectMany(i => i.Blocks),
                DefinitionListBlock d => d.Items.SelectMany(i => i.Definitions.SelectMany(x => x)),
                _ => [],
            };
            foreach (var child in Blocks(children))
            {
                yield return child;
            }
        }
    }

    public static IEnumerable<Block> AllBlocks(BookDocument document) =>
        document.Chapters.SelectMany(c => Blocks(c.Blocks).Concat(Blocks(c.Footnotes.SelectMany(f => f.Blocks))));

    public static IEnumerable<Inline> Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = inline switch
            {
                StyledInline s => s.Content,
                LinkInline l => l.Content,
                _ => [],
            };
            foreach (var child in Inlines(children))
            {
                yield return child;
            }
        }
    }

    public static IEnumerable<Inline> AllInlines(BookDocument document) =>
        AllBlocks(document).SelectMany(block => block switch
        {
            HeadingBlock h => h.Content,
            ParagraphBlock p => p.Content,
            TableBlock t => t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).SelectMany(c => c.Content),
            FigureBlock f => f.Caption,
            DefinitionListBlock d => d.Items.SelectMany(i => i.Terms).SelectMany(t => t),
            _ => [],
        }).SelectMany(i => Inlines([i]));
}
