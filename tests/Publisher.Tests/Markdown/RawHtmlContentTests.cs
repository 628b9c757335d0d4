using System.Xml.Linq;

namespace Publisher.Tests.Markdown;

/// <summary>
/// Raw HTML becomes Document content, the same tree both writers render: figures, details, lists, tables,
/// headings, and the Markdown that authors write between HTML tags (blank lines around it, as on GitHub).
/// </summary>
public sealed class RawHtmlContentTests
{
    [Fact]
    public void A_figure_with_an_aligned_image_a_caption_and_line_breaks_is_a_document_figure()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <figure>
              <img align="left" src="images/photo.png" alt="A photo" width="320">
              <br><br>
              <figcaption>Figure 1: <em>the</em> photo</figcaption>
            </figure>
            <br>
            """,
            "images/photo.png");

        built.NoDiagnostics();
        var figure = Assert.IsType<FigureBlock>(Assert.Single(built.Blocks.Skip(1)));
        Assert.Equal("images/photo.png", figure.Image.SourcePath);
        Assert.Equal("A photo", figure.AltText);
        Assert.Equal("Figure 1: the photo", Inlines.ToPlainText(figure.Caption));
        Assert.Equal(BlockAlignment.Left, figure.Alignment);
        Assert.Equal(ImageWidth.Pixels(320), figure.Width);
        Assert.Equal(3, figure.Line);
    }

    [Fact]
    public void A_centred_paragraph_with_a_picture_a_break_and_a_credit_is_a_figure_with_that_caption()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <p align="center">
              <img src="images/photo.png">
              <br/>
              <i><a href=https://example.org/source>Source: Example</a></i>
            </p>
            """,
            "images/photo.png");

        built.NoDiagnostics();
        var figure = Assert.IsType<FigureBlock>(Assert.Single(built.Blocks.Skip(1)));
        Assert.Equal(BlockAlignment.Center, figure.Alignment);
        var credit = Assert.IsType<StyledInline>(Assert.Single(figure.Caption));
        Assert.Equal(new ExternalTarget("https://example.org/source"), Assert.IsType<LinkInline>(Assert.Single(credit.Content)).Target);
    }

    [Fact]
    public void A_short_centred_block_right_after_a_picture_is_its_caption()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <div align=center>
            <img width="550" src="images/photo.png"/>
            </div>
            <div align=center>Figure 1.1 The agent and its world</div>

            <div align="center">A centred paragraph on its own stays a paragraph.</div>
            """,
            "images/photo.png");

        built.NoDiagnostics();
        var figure = Assert.IsType<FigureBlock>(built.Blocks[1]);
        Assert.Equal("Figure 1.1 The agent and its world", Inlines.ToPlainText(figure.Caption));
        Assert.Equal(ImageWidth.Pixels(550), figure.Width);
        Assert.Equal(BlockAlignment.Center, Assert.IsType<ParagraphBlock>(built.Blocks[2]).Alignment);
    }

    [Fact]
    public void Pictures_in_picture_elements_links_and_running_text_reach_the_document()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <picture><source srcset="images/photo.webp" type="image/webp"><img src="images/photo.png" alt="p"></picture>

            <a href="https://example.org"><img src="images/photo.png" alt="linked"></a>

            Text with an icon <img src="images/icon.png" alt="i"> and a picture <img src="images/photo.png" alt="big"> in it.
            """,
            "images/photo.png", "images/icon.png");

        built.NoDiagnostics();
        var blocks = built.Blocks.Skip(1).ToList();
        Assert.Equal(
            [typeof(FigureBlock), typeof(FigureBlock), typeof(ParagraphBlock), typeof(FigureBlock), typeof(ParagraphBlock)],
            blocks.Select(b => b.GetType()));
        Assert.Equal(new ExternalTarget("https://example.org"), ((FigureBlock)blocks[1]).Link);
        Assert.Contains(((ParagraphBlock)blocks[2]).Content, i => i is ImageInline { AltText: "i" });
        Assert.Equal("big", ((FigureBlock)blocks[3]).AltText);
        Assert.Equal("in it.", Inlines.ToPlainText(((ParagraphBlock)blocks[4]).Content));
    }

    [Fact]
    public void Details_with_a_summary_and_markdown_inside_is_a_details_container()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <details>
            <summary>Show the <b>answer</b></summary>

            The answer is **42**.

            - first
            - second

            </details>
            """);

        built.NoDiagnostics();
        var details = Assert.IsType<ContainerBlock>(Assert.Single(built.Blocks.Skip(1)));
        Assert.Equal(ContainerKind.Details, details.Kind);
        Assert.Equal("Show the answer", Inlines.ToPlainText(details.Label));
        Assert.Equal([typeof(ParagraphBlock), typeof(ListBlock)], details.Blocks.Select(b => b.GetType()));
        Assert.Contains(((ParagraphBlock)details.Blocks[0]).Content, i => i is StyledInline { Style: InlineStyle.Strong });
    }

    [Fact]
    public void Unknown_elements_wrapping_markdown_keep_their_content_with_one_info_per_chapter()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <Note>

            A **note** in Markdown.

            </Note>

            <Note>

            ## Another

            </Note>

            <note-box>inline text</note-box>
            """);

        Assert.Equal([typeof(HeadingBlock), typeof(ParagraphBlock), typeof(HeadingBlock), typeof(ParagraphBlock)], built.Blocks.Select(b => b.GetType()));
        Assert.Equal(["t", "another"], built.Chapter.Headings.Select(h => h.Id));
        var infos = built.All(DiagnosticCodes.HtmlUnknownElement).ToList();
        Assert.Equal(2, infos.Count);
        Assert.All(infos, i => Assert.Equal(DiagnosticSeverity.Info, i.Severity));
        Assert.Contains("2 times", infos[0].Message);
        Assert.Equal(3, infos[0].Location!.Line);
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(built.Diagnostics.Select(d => d.Severity).Distinct()));
    }

    [Fact]
    public void A_div_centring_markdown_gives_its_alignment_to_the_paragraphs_without_a_warning()
    {
        var built = MarkdownBook.Build("# T\n\n<div align=\"center\">\n\n*Centered* text.\n\n</div>\n\n<center>Old style</center>\n");

        built.NoDiagnostics();
        Assert.Equal([BlockAlignment.Center, BlockAlignment.Center], built.Blocks.Skip(1).Select(b => b.Alignment));
    }

    [Fact]
    public void A_caption_span_in_its_own_paragraph_after_a_picture_is_the_pictures_caption()
    {
        // The Rust Programming Language captions its figures this way; a caption keeps its picture's page in the PDF.
        var built = MarkdownBook.Build(
            """
            # T

            <img alt="Two tables" src="images/photo.png" class="center" style="width: 50%;" />

            <span class="caption">Figure 4-1: The memory of a `String`
            holding `"hello"`</span>

            <span class="caption">A second caption stays a paragraph</span>
            """,
            "images/photo.png");

        built.NoDiagnostics();
        var figure = Assert.IsType<FigureBlock>(built.Blocks[1]);
        Assert.Equal("Figure 4-1: The memory of a String holding \"hello\"", Inlines.ToPlainText(figure.Caption).Replace('\n', ' '));
        Assert.Contains(DocumentTree.Inlines(figure.Caption), inline => inline is CodeInline { Code: "String" });
        Assert.Equal("A second caption stays a paragraph", Inlines.ToPlainText(Assert.IsType<ParagraphBlock>(built.Blocks[2]).Content));
    }

    [Fact]
    public void A_listing_around_a_markdown_code_block_is_that_code_block_without_an_empty_one_before_it()
    {
        // <listing> is HTML's old name of <pre>; an mdBook preprocessor uses it around Markdown. (A <pre> block runs to
        // </pre> in CommonMark, so Markdown inside it stays text.)
        var built = MarkdownBook.Build(
            """
            # T

            <listing>

            ```rust
            fn main() {}
            ```

            </listing>
            """);

        built.NoDiagnostics();
        var code = built.Blocks.Skip(1).ToList();
        Assert.Equal("fn main() {}", Assert.IsType<CodeBlock>(Assert.Single(code)).Code);
    }

    [Fact]
    public void Html_lists_definition_lists_quotes_code_and_rules_become_their_blocks()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <ol start="3"><li>Three</li><li>Four <b>bold</b><ul><li>nested</li></ul></li></ol>
            <dl><dt>Term</dt><dd>Definition</dd></dl>
            <blockquote><p>Quoted</p></blockquote>
            <pre><code class="language-js">let x = 1;
            x++;</code></pre>
            <hr>
            """);

        built.NoDiagnostics();
        var blocks = built.Blocks.Skip(1).ToList();
        Assert.Equal([typeof(ListBlock), typeof(DefinitionListBlock), typeof(QuoteBlock), typeof(CodeBlock), typeof(ThematicBreakBlock)], blocks.Select(b => b.GetType()));
        var list = (ListBlock)blocks[0];
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.IsType<ListBlock>(list.Items[1].Blocks[^1]);
        var code = (CodeBlock)blocks[3];
        Assert.Equal("js", code.Language);
        Assert.Equal("let x = 1;\nx++;", code.Code);
    }

    [Fact]
    public void Html_tables_keep_header_rows_spans_header_cells_and_markdown_inside_cells()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <table>
            <caption>Results</caption>
            <tr><th>Name</th><th>Value</th></tr>
            <tr><td colspan="2" align="right">wide</td></tr>
            <tr><th>Row</th><td>

            **bold** in a cell

            </td></tr>
            </table>
            """);

        built.NoDiagnostics();
        var blocks = built.Blocks.Skip(1).ToList();
        Assert.Equal("Results", Inlines.ToPlainText(Assert.IsType<ParagraphBlock>(blocks[0]).Content));
        var table = Assert.IsType<TableBlock>(blocks[1]);
        Assert.Equal(["Name", "Value"], table.HeaderRows.Single().Cells.Select(c => Inlines.ToPlainText(c.Content)));
        Assert.Equal(2, table.BodyRows[0].Cells[0].ColumnSpan);
        Assert.Equal(ColumnAlignment.Right, table.BodyRows[0].Cells[0].Alignment);
        Assert.True(table.BodyRows[1].Cells[0].IsHeader);
        Assert.Contains(table.BodyRows[1].Cells[1].Content, i => i is StyledInline { Style: InlineStyle.Strong });
    }

    [Fact]
    public void A_table_inside_a_table_cell_is_moved_after_the_table_with_a_warning()
    {
        var built = MarkdownBook.Build("# T\n\n<table><tr><td>outer <table><tr><td>inner</td></tr></table></td></tr></table>\n");

        Assert.Equal([typeof(HeadingBlock), typeof(TableBlock), typeof(TableBlock)], built.Blocks.Select(b => b.GetType()));
        Assert.Equal("outer", Inlines.ToPlainText(((TableBlock)built.Blocks[1]).BodyRows[0].Cells[0].Content));
        Assert.Equal("inner", Inlines.ToPlainText(((TableBlock)built.Blocks[2]).BodyRows[0].Cells[0].Content));
        Assert.Equal(3, built.Single(DiagnosticCodes.HtmlElementMoved).Location!.Line);
    }

    [Fact]
    public void A_picture_in_a_table_cell_is_an_image_at_the_width_its_author_gave()
    {
        var built = MarkdownBook.Build("# T\n\n<table><tr><td><img src=\"images/photo.png\" width=\"50%\"></td><td>text</td></tr></table>\n", "images/photo.png");

        built.NoDiagnostics();
        var image = Assert.IsType<ImageInline>(Assert.Single(((TableBlock)built.Blocks[1]).BodyRows[0].Cells[0].Content));
        Assert.Equal(ImageWidth.Percent(50), image.Width);
    }

    [Fact]
    public void Html_headings_get_ids_join_the_outline_and_can_title_the_chapter()
    {
        var built = MarkdownBook.Build(
            """
            <h1 align="center">The Book</h1>

            <h2 id="custom">Custom id</h2>

            <div><h2>Generated</h2></div>

            See [here](#custom) and [there](#generated).
            """);

        built.NoDiagnostics();
        Assert.Equal("The Book", built.Chapter.Title);
        var title = Assert.IsType<HeadingBlock>(built.Blocks[0]);
        Assert.Equal(BlockAlignment.Center, title.Alignment);
        Assert.Equal(["the-book", "custom", "generated"], built.Chapter.Headings.Select(h => h.Id));
    }

    [Fact]
    public void Ids_on_html_elements_are_kept_where_links_can_reach_them()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <div id="box">Boxed text</div>

            <p>Text with <span id="spot">a spot</span> and <a name="old">an old anchor</a>.</p>

            Links: [a](#box) [b](#spot) [c](#old)
            """);

        built.NoDiagnostics();
        Assert.Equal("box", built.Blocks[1].AnchorId);
        var anchors = ((ParagraphBlock)built.Blocks[2]).Content.OfType<AnchorInline>().Select(a => a.Id);
        Assert.Equal(["spot", "old"], anchors);
        Assert.All(((ParagraphBlock)built.Blocks[3]).Content.OfType<LinkInline>(), l => Assert.IsType<InternalTarget>(l.Target));
    }

    [Fact]
    public void Languages_on_html_elements_are_kept_in_the_document()
    {
        var built = MarkdownBook.Build("# T\n\n<p lang=\"fr\">Bonjour, <span lang=\"de\">Guten Tag</span>.</p>\n\nA <i lang=\"la\">lingua</i> here.\n");

        built.NoDiagnostics();
        var french = Assert.IsType<ParagraphBlock>(built.Blocks[1]);
        Assert.Equal("fr", french.ContentLanguage);
        Assert.Equal("de", Assert.Single(french.Content.OfType<SpanInline>()).ContentLanguage);
        var latin = Assert.Single(((ParagraphBlock)built.Blocks[2]).Content.OfType<StyledInline>());
        Assert.Equal("la", latin.ContentLanguage);
        Assert.Equal(InlineStyle.Emphasis, latin.Style);
    }

    [Fact]
    public void Images_in_html_follow_the_book_rules_for_missing_and_remote_images()
    {
        var built = MarkdownBook.Build("# T\n\n<img src=\"images/missing.png\" alt=\"gone\">\n\n<img src=\"https://example.org/a.png\" alt=\"web\">\n");

        Assert.Equal(3, built.Single(DiagnosticCodes.ImageMissing).Location!.Line);
        Assert.Equal(5, built.Single(DiagnosticCodes.RemoteImage).Location!.Line);
        Assert.Equal(["gone", "web"], built.Blocks.Skip(1).Select(b => Inlines.ToPlainText(((ParagraphBlock)b).Content)));
    }

    [Fact]
    public void Ruby_quotes_and_keyboard_keys_keep_all_their_text()
    {
        var built = MarkdownBook.Build("# T\n\n<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <q>quoted</q> <kbd>Ctrl</kbd>+<kbd>C</kbd> x<sup>2</sup></p>\n");

        built.NoDiagnostics();
        var content = ((ParagraphBlock)built.Blocks[1]).Content;
        Assert.Equal("漢(kan) \u201Cquoted\u201D Ctrl+C x2", Inlines.ToPlainText(content));
        Assert.Equal(2, content.OfType<CodeInline>().Count());
    }

    [Fact]
    public void Every_conversion_of_raw_html_writes_well_formed_xhtml()
    {
        var built = MarkdownBook.Build(
            """
            # T

            <figure><img src="images/photo.png"><img src="images/photo.png"><figcaption>Two</figcaption></figure>
            <aside lang="fr"><p>À côté</p></aside>
            <details><summary>S</summary><table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table></details>
            """,
            "images/photo.png");

        built.NoDiagnostics();
        var group = Assert.IsType<ContainerBlock>(built.Blocks[1]);
        Assert.Equal(ContainerKind.Figure, group.Kind);
        Assert.Equal(2, group.Blocks.OfType<FigureBlock>().Count());
        Assert.Equal(ContainerKind.Aside, Assert.IsType<ContainerBlock>(built.Blocks[2]).Kind);
        var page = Assert.Single(DocumentWalk.Xhtml(built.Document));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        Assert.Equal("Two", page.Descendants(x + "figcaption").Single().Value);
        Assert.Equal("fr", (string?)page.Descendants(x + "aside").Single().Attribute("lang"));
        Assert.Equal("2", (string?)page.Descendants(x + "td").First().Attribute("rowspan"));
        Assert.Equal("open", (string?)page.Descendants(x + "details").Single().Attribute("open"));
    }
}
