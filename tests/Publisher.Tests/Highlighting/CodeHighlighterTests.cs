using CsCheck;
using Publisher.Highlighting;

namespace Publisher.Tests.Highlighting;

public sealed class CodeHighlighterTests
{
    public static TheoryData<string> Languages =>
    [
        "csharp", "cs", "c", "cpp", "java", "js", "javascript", "ts", "typescript", "py", "python", "sql",
        "xml", "html", "css", "json", "powershell", "markdown", "php", "fsharp", "haskell", "rust", "sh", "bash", "yaml", "yml", "console", "",
    ];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Joining_the_tokens_of_every_line_gives_back_the_code(string language)
    {
        Gen.String[Gen.Char["abc \t\n\"'/*#<>={}();:-_0123456789ifclassdef\u00e9\u4e2d"], 0, 200].Sample(code =>
        {
            var lines = CodeHighlighter.Highlight(code, language);

            var joined = string.Join("\n", lines.Select(tokens => string.Concat(tokens.Select(t => t.Text))));
            Assert.Equal(code.TrimEnd('\n'), joined);
            Assert.All(lines, tokens => Assert.All(tokens, t => Assert.DoesNotContain('\n', t.Text)));
        }, iter: 200);
    }

    [Fact]
    public void Windows_line_ends_become_lines_without_carriage_returns()
    {
        var lines = CodeHighlighter.Highlight("int a = 1;\r\nint b = 2;\r\n", "csharp");

        Assert.Equal(2, lines.Count);
        Assert.Equal("int b = 2;", string.Concat(lines[1].Select(t => t.Text)));
    }

    [Fact]
    public void CSharp_keywords_strings_and_comments_get_their_kinds()
    {
        var tokens = CodeHighlighter.Highlight("public class Book // the model\n{ string Title = \"Hi\"; int Pages = 42; }", "cs")
            .SelectMany(line => line).ToList();

        Assert.Contains(tokens, t => t is { Text: "public", Kind: TokenKind.Keyword });
        Assert.Contains(tokens, t => t is { Text: "class", Kind: TokenKind.Keyword });
        Assert.Contains(tokens, t => t.Kind == TokenKind.Comment && t.Text.Contains("the model"));
        Assert.Contains(tokens, t => t is { Text: "\"Hi\"", Kind: TokenKind.String });
    }

    [Theory]
    [InlineData("python", "def greet(name):\n    return 'hi ' + name  # say hi", "def", "# say hi")]
    [InlineData("js", "const x = 'a'; // note", "const", "// note")]
    [InlineData("sql", "SELECT title FROM books -- all", "SELECT", "-- all")]
    [InlineData("c", "#include <stdio.h>\nint main(void) { return 0; } /* done */", "return", "/* done */")]
    public void Common_languages_colour_keywords_and_comments(string language, string code, string keyword, string comment)
    {
        var tokens = CodeHighlighter.Highlight(code, language).SelectMany(line => line).ToList();

        Assert.Contains(tokens, t => t.Text == keyword && t.Kind == TokenKind.Keyword);
        Assert.Contains(tokens, t => t.Text.Contains(comment) && t.Kind == TokenKind.Comment);
    }

    [Fact]
    public void Markup_names_and_attribute_values_are_told_apart()
    {
        var tokens = CodeHighlighter.Highlight("<book lang=\"en\">Text</book>", "xml").SelectMany(line => line).ToList();

        Assert.Contains(tokens, t => t.Kind == TokenKind.Markup && t.Text.Contains("book"));
        Assert.Contains(tokens, t => t is { Text: "lang", Kind: TokenKind.Attribute });
        Assert.Contains(tokens, t => t is { Text: "\"en\"", Kind: TokenKind.String });
    }

    [Theory]
    [InlineData("cobol")]
    [InlineData("no-such-language")]
    [InlineData(null)]
    public void Unknown_languages_give_one_plain_token_per_line(string? language)
    {
        var lines = CodeHighlighter.Highlight("echo \"hi\" # comment\nls -la\n", language);

        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal(TokenKind.Plain, Assert.Single(line).Kind));
    }

    [Fact]
    public void Json_keys_strings_numbers_and_constants_are_told_apart_even_with_an_unclosed_string()
    {
        var code = "{ \"title\": \"Book\", \"pages\": 42, \"draft\": true }\n\"unclosed and long enough to make a backtracking matcher give up";

        var tokens = CodeHighlighter.Highlight(code, "json").SelectMany(line => line).ToList();

        Assert.Contains(tokens, t => t is { Text: "\"title\"", Kind: TokenKind.Attribute });
        Assert.Contains(tokens, t => t is { Text: "\"Book\"", Kind: TokenKind.String });
        Assert.Contains(tokens, t => t is { Text: "42", Kind: TokenKind.Number });
        Assert.Contains(tokens, t => t is { Text: "true", Kind: TokenKind.Keyword });
    }

    [Fact]
    public void Yaml_keys_comments_strings_and_constants_are_told_apart()
    {
        var code = "# book settings\ntitle: \"The Guide\"\nauthors:\n  - Ada\ntoc_depth: 2\ndraft: false";

        var tokens = CodeHighlighter.Highlight(code, "yml").SelectMany(line => line).ToList();

        Assert.Contains(tokens, t => t is { Text: "# book settings", Kind: TokenKind.Comment });
        Assert.Contains(tokens, t => t is { Text: "title", Kind: TokenKind.Attribute });
        Assert.Contains(tokens, t => t is { Text: "toc_depth", Kind: TokenKind.Attribute });
        Assert.Contains(tokens, t => t is { Text: "\"The Guide\"", Kind: TokenKind.String });
        Assert.Contains(tokens, t => t is { Text: "2", Kind: TokenKind.Number });
        Assert.Contains(tokens, t => t is { Text: "false", Kind: TokenKind.Keyword });
    }

    [Fact]
    public void Shell_comments_strings_variables_and_options_are_told_apart()
    {
        var code = "export BOOK=\"$HOME/book\" # where it lives\nif [ -d \"$BOOK\" ]; then ./build.sh --book=$BOOK; fi";

        var tokens = CodeHighlighter.Highlight(code, "bash").SelectMany(line => line).ToList();

        Assert.Contains(tokens, t => t is { Text: "export", Kind: TokenKind.Keyword });
        Assert.Contains(tokens, t => t is { Text: "# where it lives", Kind: TokenKind.Comment });
        Assert.Contains(tokens, t => t is { Text: "\"$HOME/book\"", Kind: TokenKind.String });
        Assert.Contains(tokens, t => t is { Text: "--book", Kind: TokenKind.Attribute });
        Assert.Contains(tokens, t => t is { Text: "$BOOK", Kind: TokenKind.Attribute });
        Assert.Contains(tokens, t => t is { Text: "fi", Kind: TokenKind.Keyword });
    }

    [Fact]
    public void A_code_block_of_the_document_is_highlighted_once_for_both_writers()
    {
        var block = new CodeBlock("csharp", "var pages = 42;");

        var forEpub = CodeHighlighter.Highlight(block);
        var forPdf = CodeHighlighter.Highlight(block);

        Assert.Same(forEpub, forPdf);
        Assert.Equal(CodeHighlighter.Highlight(block.Code, block.Language).SelectMany(line => line), forEpub.SelectMany(line => line));
    }
}
