namespace Publisher.Tests.Markdown;

public sealed class BlockConversionTests
{
    [Fact]
    public void A_github_alert_is_a_quote_that_opens_with_its_kind_in_bold()
    {
        var built = MarkdownBook.Build("""
            # Title

            > [!IMPORTANT]
            > Back up first.

            > [!TIP] is no alert when it does not stand alone.
            """);

        built.NoDiagnostics();
        var alert = Assert.IsType<QuoteBlock>(built.Blocks[1]);
        var label = Assert.IsType<StyledInline>(Assert.Single(Assert.IsType<ParagraphBlock>(alert.Blocks[0]).Content));
        Assert.Equal((InlineStyle.Strong, "Important"), (label.Style, Inlines.ToPlainText(label.Content)));
        Assert.Equal("Back up first.", Inlines.ToPlainText(Assert.IsType<ParagraphBlock>(alert.Blocks[1]).Content));
        var plain = Assert.IsType<QuoteBlock>(built.Blocks[2]);
        Assert.StartsWith("[!TIP]", Inlines.ToPlainText(Assert.IsType<ParagraphBlock>(Assert.Single(plain.Blocks)).Content));
    }

    [Fact]
    public void Every_markdown_block_becomes_its_document_block_with_its_source_line()
    {
        var built = MarkdownBook.Build("""
            # Title

            A *paragraph* with **strong**, ~~struck~~ and `code`.

            ```CSharp title="x"
            var x = 1;
            ```

                indented code

            > quoted

            3. three
            4. four

            - [x] done
            - [ ] open

            ---

            | a | b | c |
            |:--|:-:|--:|
            | 1 | 2 | 3 |

            Term
            : first definition
            : second definition
            """);

        built.NoDiagnostics();
        var blocks = built.Blocks;
        Assert.Equal(
            [typeof(HeadingBlock), typeof(ParagraphBlock), typeof(CodeBlock), typeof(CodeBlock), typeof(QuoteBlock), typeof(ListBlock), typeof(ListBlock), typeof(ThematicBreakBlock), typeof(TableBlock), typeof(DefinitionListBlock)],
            blocks.Select(b => b.GetType()));
        Assert.Equal([1, 3, 5, 9, 11, 13, 16, 19, 21, 25], blocks.Select(b => b.Line));

        var paragraph = (ParagraphBlock)blocks[1];
        Assert.Equal(
            [typeof(TextInline), typeof(StyledInline), typeof(TextInline), typeof(StyledInline), typeof(TextInline), typeof(StyledInline), typeof(TextInline), typeof(CodeInline), typeof(TextInline)],
            paragraph.Content.Select(i => i.GetType()));
        Assert.Equal(
            [InlineStyle.Emphasis, InlineStyle.Strong, InlineStyle.Strikethrough],
            paragraph.Content.OfType<StyledInline>().Select(s => s.Style));

        var fenced = (CodeBlock)blocks[2];
        Assert.Equal("csharp", fenced.Language);
        Assert.Equal("var x = 1;", fenced.Code);
        Assert.Null(((CodeBlock)blocks[3]).Language);

        var ordered = (ListBlock)blocks[5];
        Assert.True(ordered.Ordered);
        Assert.Equal(3, ordered.Start);
        Assert.Equal(2, ordered.Items.Count);

        var tasks = (ListBlock)blocks[6];
        Assert.Equal([true, false], tasks.Items.Select(i => i.Checked));
        Assert.Equal("done", Inlines.ToPlainText(((ParagraphBlock)tasks.Items[0].Blocks[0]).Content));
        Assert.Equal("done", ((TextInline)((ParagraphBlock)tasks.Items[0].Blocks[0]).Content[0]).Text);

        var table = (TableBlock)blocks[8];
        Assert.Equal([ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Right], table.Alignments);
        Assert.Single(table.HeaderRows);
        Assert.Equal(["1", "2", "3"], table.BodyRows[0].Cells.Select(c => Inlines.ToPlainText(c.Content)));

        var definitions = (DefinitionListBlock)blocks[9];
        var item = Assert.Single(definitions.Items);
        Assert.Equal("Term", Inlines.ToPlainText(Assert.Single(item.Terms)));
        Assert.Equal(2, item.Definitions.Count);
    }

    [Fact]
    public void An_image_alone_in_its_paragraph_becomes_a_figure_captioned_by_its_title_else_its_alt_text()
    {
        var built = MarkdownBook.Build(
            """
            # Pictures

            ![A chart](../images/chart.png "Sales by year")

            ![The logo](images/logo.svg)

            Text with ![icon](images/chart.png) inside.
            """,
            "images/chart.png",
            "images/logo.svg");

        built.NoDiagnostics();
        var figures = built.Blocks.OfType<FigureBlock>().ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal("images/chart.png", figures[0].Image.SourcePath);
        Assert.Equal("A chart", figures[0].AltText);
        Assert.Equal("Sales by year", Inlines.ToPlainText(figures[0].Caption));
        Assert.Equal("The logo", Inlines.ToPlainText(figures[1].Caption));
        Assert.Equal(3, figures[0].Line);

        var inline = Assert.Single(((ParagraphBlock)built.Blocks[3]).Content.OfType<ImageInline>());
        Assert.Equal("icon", inline.AltText);
        Assert.Equal(["images/chart.png", "images/logo.svg"], built.Document.Images.Select(i => i.SourcePath));
    }

    [Fact]
    public void A_missing_image_is_reported_by_the_book_files_at_the_image()
    {
        var built = MarkdownBook.Build("# T\n\nSee ![x](images/missing.png).\n");

        var error = built.Single(DiagnosticCodes.ImageMissing);
        Assert.Equal(new SourceLocation("content/01-intro.md", 3, 5), error.Location);
    }

    [Fact]
    public void Autolinks_and_bare_web_addresses_become_external_links()
    {
        var built = MarkdownBook.Build("# T\n\n<https://example.org/a> and www.example.com and <me@example.org>\n");

        var targets = ((ParagraphBlock)built.Blocks[1]).Content.OfType<LinkInline>().Select(l => ((ExternalTarget)l.Target).Url).ToList();
        Assert.Equal(["https://example.org/a", "http://www.example.com", "mailto:me@example.org"], targets);
    }
}
