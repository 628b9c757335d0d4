namespace Publisher.Tests.Markdown;

public sealed class FootnoteTests
{
    [Fact]
    public void Notes_are_numbered_per_chapter_in_order_of_first_reference()
    {
        var built = MarkdownBook.Build("""
            # One

            First[^a] and second[^b] and again[^a].

            [^b]: Bee note.
            [^a]: Ay note.
            """);

        built.NoDiagnostics();
        Assert.Equal(["fn-1", "fn-2"], built.Chapter.Footnotes.Select(f => f.Id));
        Assert.Equal([1, 2], built.Chapter.Footnotes.Select(f => f.Number));
        Assert.Equal("Ay note.", Inlines.ToPlainText(((ParagraphBlock)built.Chapter.Footnotes[0].Blocks[0]).Content));

        var references = ((ParagraphBlock)built.Blocks[1]).Content.OfType<FootnoteReference>().ToList();
        Assert.Equal(["fnref-1", "fnref-2", "fnref-1-2"], references.Select(r => r.ReferenceId));
        Assert.Equal(["fn-1", "fn-2", "fn-1"], references.Select(r => r.NoteId));
    }

    [Fact]
    public void Every_chapter_keeps_its_own_note_behind_the_same_label()
    {
        var built = MarkdownBook.Build([
            ("content/01-a.md", "# A\n\nText[^1].\n\n[^1]: Note of chapter A.\n"),
            ("content/02-b.md", "# B\n\nText[^1].\n\n[^1]: Note of chapter B.\n"),
        ]);

        built.NoDiagnostics();
        var notes = built.Document.Chapters.Select(c => Inlines.ToPlainText(((ParagraphBlock)c.Footnotes.Single().Blocks[0]).Content));
        Assert.Equal(["Note of chapter A.", "Note of chapter B."], notes);
        Assert.All(built.Document.Chapters, c => Assert.Equal("fn-1", c.Footnotes.Single().Id));
    }

    [Fact]
    public void A_reference_without_definition_is_reported_and_shown_as_text()
    {
        var built = MarkdownBook.Build("# T\n\nSee [^missing] here.\n");

        var warning = built.Single(DiagnosticCodes.FootnoteUndefined);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("content/01-intro.md", 3, 5), warning.Location);
        Assert.Equal("See [^missing] here.", Inlines.ToPlainText(((ParagraphBlock)built.Blocks[1]).Content));
    }

    [Fact]
    public void A_definition_never_referenced_is_reported_and_dropped()
    {
        var built = MarkdownBook.Build("# T\n\nUsed[^1].\n\n[^1]: Used note.\n[^spare]: Never used.\n");

        var warning = built.Single(DiagnosticCodes.FootnoteUnused);
        Assert.Equal(new SourceLocation("content/01-intro.md", 6, 1), warning.Location);
        Assert.Single(built.Chapter.Footnotes);
    }
}
