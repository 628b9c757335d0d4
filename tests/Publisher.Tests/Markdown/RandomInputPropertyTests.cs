using CsCheck;

namespace Publisher.Tests.Markdown;

/// <summary>Thousands of random documents: the stage never throws and all the XHTML it makes is well-formed.</summary>
public sealed class RandomInputPropertyTests
{
    internal static readonly string[] MarkdownTokens =
    [
        "# ", "## ", "\n", "\n\n", "> ", "- ", "1. ", "* ", "  ", "    ", "\t", "*", "**", "_", "~~", "`", "```", "~~~",
        "[", "]", "(", ")", "![", "[^1]", "[^1]: ", "[^x]", "#", "{#id}", "|", "|---|", ":", ": ", "- [ ] ", "- [x] ",
        "<", ">", "</", "/>", "<div>", "</div>", "<p>", "<em>", "</em>", "<b>", "</b>", "<br>", "<script>", "</script>",
        "<a href=\"", "javascript:", "\">", "</a>", "<img src=\"images/a.png\" onerror=\"x()\">", "<!--", "-->",
        "&amp;", "&#0;", "&nbsp;", "&bogus;", "\"", "'", "=", "https://example.org", "02-b.md", "#top", "\\", "\u0001",
        "\ud800", "é", "中文", "word", "text ", "images/a.png", "www.example.com", "<x:y>", "<?php ?>", "<![CDATA[", "]]>",
    ];

    internal static readonly string[] HtmlTokens =
    [
        "<", ">", "/", "=", "\"", "'", " ", "\n", "div", "span", "script", "style", "iframe", "svg", "math", "table", "tr",
        "td", "p", "a", "img", "em", "onclick", "href", "src", "javascript:", "data:", "x", "&", "&amp;", "&#x0;", "&lt;",
        ":", "xmlns", "epub:type", "id", "class", "-->", "<!--", "</", "<br>", "<hr/>", "\u0000", "\u000b", "\ud83d\ude00",
        "<object>", "<form>", "<input>", "<template>", "<select>", "<option>", "<title>", "<textarea>",
        "\n\n", "\n\n**md** text\n\n", "\n\n- item\n\n", "figure", "figcaption", "details", "summary", "center", "font",
        "align", "width", "li", "ul", "ol", "th", "colspan", "rowspan", "Note", "picture", "lang", "pre", "h2", "dl", "dd",
        "images/a.png", "images/photo.png", "bgcolor", "style", "text-align:center", "#x", "name", "blockquote", "ruby", "rt",
    ];

    internal static Gen<string> Tokens(string[] tokens, int max) =>
        Gen.Int[0, tokens.Length - 1].Array[0, max].Select(indexes => string.Concat(indexes.Select(i => tokens[i])));

    [Fact]
    public void Random_markdown_never_throws_and_gives_well_formed_xhtml() =>
        Tokens(MarkdownTokens, 80).Sample(markdown => Check("# Title\n\n" + markdown), iter: 2000);

    [Fact]
    public void Random_raw_html_never_throws_and_gives_well_formed_xhtml() =>
        Tokens(HtmlTokens, 60).Sample(html => Check("# Title\n\n<div>" + html + "\n\nText " + html + " end.\n"), iter: 2000);

    [Fact]
    public void Random_characters_never_throw() =>
        Gen.String[Gen.Char, 0, 300].Sample(text => Check(text), iter: 1000);

    private static void Check(string markdown)
    {
        var built = MarkdownBook.Build([("content/01-a.md", markdown), ("content/02-b.md", "# B\n\n## Top\n")], "images/a.png");

        DocumentWalk.Xhtml(built.Document);

        foreach (var text in DocumentWalk.AllInlines(built.Document).OfType<TextInline>())
        {
            System.Xml.XmlConvert.VerifyXmlChars(text.Text);
        }
    }
}
