using System.Text;
using SkiaSharp;

namespace Publisher.Tests.Support;

/// <summary>
/// Hand-built documents for testing the writers without the Markdown stage: one of every block and inline.
/// </summary>
internal static class DocumentSamples
{
    public static ImageResource Png(string name = "images/figure.png", int width = 320, int height = 200)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x2e, 0x5c, 0x8a));
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new ImageResource(name, name, "image/png", data.ToArray(), width, height);
    }

    /// <summary>
    /// A diagram with a label in the bundled monospace, which has the arrow: SVG text falls back only to the machine's
    /// fonts for a character its face lacks, and the tests see none.
    /// </summary>
    public static ImageResource Svg(string name = "images/diagram.svg")
    {
        const string svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
              <rect x="5" y="5" width="190" height="90" rx="8" fill="#e8eef5" stroke="#2e5c8a" stroke-width="2"/>
              <text x="100" y="58" font-size="20" text-anchor="middle" font-family="monospace" fill="#2e5c8a">Markdown → Book</text>
            </svg>
            """;
        return new ImageResource(name, name, "image/svg+xml", Encoding.UTF8.GetBytes(svg), 200, 100);
    }

    /// <summary>What a PDF made from <see cref="Metadata"/> says about itself.</summary>
    public static Publisher.Pdf.Layout.PdfDocumentInfo Info() => Publisher.Pdf.Layout.PdfDocumentInfo.From(Metadata());

    public static BookMetadata Metadata(string title = "A Sample Book") => new()
    {
        Title = title,
        Subtitle = "Every element once",
        Authors = ["Ada Writer", "Bo Editor"],
        Language = "en",
        Identifier = "urn:uuid:6f1c1d1e-8d58-5a2b-9b7e-6a3c0f9d1e42",
        Publisher = "Publisher Samples",
        Date = "2026-01-15",
        Rights = "CC BY 4.0",
        Description = "A book made by hand for tests.",
        Subjects = ["Publishing", "Testing"],
        Version = "1.0.0",
        Slug = "a-sample-book",
        Modified = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero),
    };

    /// <summary>Two chapters with every block and inline type, cross-chapter links, footnotes and images.</summary>
    public static BookDocument Rich()
    {
        var png = Png();
        var svg = Svg();
        IReadOnlyList<Inline> T(string text) => [new TextInline(text)];

        var chapter1 = new ChapterDocument(
            0,
            "content/01-first.md",
            "ch01",
            "First Steps",
            [
                new HeadingBlock(1, "first-steps", T("First Steps")) { Line = 1 },
                new ParagraphBlock(
                [
                    new TextInline("Plain text with "),
                    new StyledInline(InlineStyle.Emphasis, T("emphasis")),
                    new TextInline(", "),
                    new StyledInline(InlineStyle.Strong, T("strong")),
                    new TextInline(", "),
                    new StyledInline(InlineStyle.Strikethrough, T("struck")),
                    new TextInline(", "),
                    new CodeInline("inline_code()"),
                    new TextInline(", a "),
                    new LinkInline(new ExternalTarget("https://example.org/"), T("web link")),
                    new TextInline(", a "),
                    new LinkInline(new InternalTarget(1, "tables"), T("link to the tables section")),
                    new TextInline(" and a note"),
                    new FootnoteReference("fn-1", "fnref-1", 1),
                    new TextInline(". Ünïcödé: naïve café, Ελληνικά, кириллица — “quotes”."),
                ]) { Line = 3 },
                new HeadingBlock(2, "lists", T("Lists")) { Line = 5 },
                new ListBlock(false, 1,
                [
                    new ListItem([new ParagraphBlock(T("A bullet"))]),
                    new ListItem(
                    [
                        new ParagraphBlock(T("A bullet with a nested list")),
                        new ListBlock(true, 3,
                        [
                            new ListItem([new ParagraphBlock(T("third"))]),
                            new ListItem([new ParagraphBlock(T("fourth"))]),
                        ]),
                    ]),
                ]) { Line = 7 },
                new ListBlock(false, 1,
                [
                    new ListItem([new ParagraphBlock(T("done task"))], Checked: true),
                    new ListItem([new ParagraphBlock(T("open task"))], Checked: false),
                ]) { Line = 11 },
                new HeadingBlock(2, "code", T("Code")) { Line = 14 },
                new CodeBlock("csharp", "var book = Book.Load(\"book.yml\");\nConsole.WriteLine(book.Title);\n") { Line = 16 },
                new QuoteBlock([new ParagraphBlock(T("A quotation, set apart."))]) { Line = 20 },
                new FigureBlock(png, "A blue square with a circle", T("A figure with a caption")) { Line = 22 },
                new ThematicBreakBlock { Line = 24 },
                new ContainerBlock(ContainerKind.Aside, [new ParagraphBlock([new TextInline("Raw "), new StyledInline(InlineStyle.Emphasis, T("HTML")), new TextInline(" kept.")])]) { Line = 26, AnchorId = "note" },
            ],
            [new Footnote("fn-1", 1, [new ParagraphBlock(T("The first chapter's note."))])]);

        var chapter2 = new ChapterDocument(
            1,
            "content/02-second.md",
            "ch02",
            "Second Chapter",
            [
                new HeadingBlock(1, "second-chapter", T("Second Chapter")) { Line = 1 },
                new ParagraphBlock([new TextInline("Back to the "), new LinkInline(new InternalTarget(0, null), T("first chapter")), new TextInline(" and its own note"), new FootnoteReference("fn-1", "fnref-1", 1), new TextInline(".")]) { Line = 3 },
                new HeadingBlock(2, "tables", T("Tables")) { Line = 5 },
                new TableBlock(
                    [ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Right],
                    [new TableRow([new TableCell(T("Format")), new TableCell(T("Reader")), new TableCell(T("Size"))])],
                    [
                        new TableRow([new TableCell(T("EPUB")), new TableCell(T("phones, e-ink")), new TableCell(T("1.2 MB"))]),
                        new TableRow([new TableCell(T("PDF")), new TableCell(T("print, screens")), new TableCell(T("3.4 MB"))]),
                    ]) { Line = 7 },
                new HeadingBlock(3, "definitions", T("Definitions")) { Line = 12 },
                new DefinitionListBlock(
                [
                    new DefinitionItem([T("Spine")], [[new ParagraphBlock(T("The reading order of an EPUB."))]]),
                ]) { Line = 14 },
                new FigureBlock(svg, "A diagram", T("An SVG diagram")) { Line = 18 },
                new ParagraphBlock([new TextInline("Inline image "), new ImageInline(png, "tiny"), new TextInline(" in text."), new LineBreak(), new TextInline("After a hard break.")]) { Line = 20 },
            ],
            [new Footnote("fn-1", 1, [new ParagraphBlock(T("The second chapter's own note."))])]);

        return new BookDocument(Metadata(), [chapter1, chapter2], [png, svg]);
    }
}
