using System.Text.RegularExpressions;
using Publisher.Benchmarks;
using SkiaSharp;
using YamlDotNet.RepresentationModel;

namespace Publisher.Tests.Benchmarks;

public sealed partial class SyntheticBookTests : IDisposable
{
    private const int Chapters = 4;
    private readonly TempDirectory _folder = new();
    private readonly GeneratedBook _book;

    public SyntheticBookTests() => _book = SyntheticBook.Write(_folder.Path, Chapters);

    [Fact]
    public void The_manifest_is_yaml_with_a_title_authors_and_language()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(_folder.Path, "book.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        Assert.Contains($"{Chapters} Chapters", ((YamlScalarNode)root["title"]).Value);
        Assert.NotEmpty(((YamlSequenceNode)root["authors"]).Children);
        Assert.Equal("en", ((YamlScalarNode)root["language"]).Value);
    }

    [Fact]
    public void Chapters_are_numbered_files_in_content_that_sort_in_reading_order()
    {
        var files = Directory.GetFiles(Path.Combine(_folder.Path, "content"), "*.md").Select(Path.GetFileName).Order().ToList();

        Assert.Equal(Chapters, files.Count);
        Assert.Equal(Enumerable.Range(1, Chapters).Select(n => $"{n:D2}-"), files.Select(name => name![..3]));
        Assert.All(_book.ChapterFiles, file => Assert.StartsWith($"# Chapter ", File.ReadAllText(file)));
    }

    [Fact]
    public void File_names_keep_sorting_when_the_book_has_a_hundred_chapters()
    {
        Assert.Equal("007-chapter-7.md", SyntheticBook.ChapterFileName(7, 120));
        Assert.Equal("07-chapter-7.md", SyntheticBook.ChapterFileName(7, 50));
    }

    [Fact]
    public void Each_chapter_holds_about_thirty_kilobytes_of_markdown()
    {
        Assert.All(_book.ChapterFiles, file =>
        {
            var bytes = new FileInfo(file).Length;
            Assert.InRange(bytes, 27 * 1024, 36 * 1024);
        });
        Assert.Equal(_book.ChapterFiles.Sum(file => new FileInfo(file).Length), _book.MarkdownBytes);
    }

    [Fact]
    public void Each_chapter_has_every_kind_of_block_the_benchmark_needs()
    {
        Assert.All(_book.ChapterFiles, file =>
        {
            var text = File.ReadAllText(file);
            Assert.Matches(@"(?m)^## ", text);
            Assert.Matches(@"(?m)^### ", text);
            Assert.Matches(@"(?m)^\|:--\|--:\|", text);
            Assert.True(CodeLanguages().Matches(text).Select(m => m.Groups[1].Value).Distinct().Count() >= 3, "code in several languages");
            Assert.Matches(@"(?m)^    - ", text);
            Assert.Matches(@"(?m)^- \[x\] ", text);
            Assert.Matches(@"(?m)^> ", text);
            Assert.Matches(@"\p{IsGreek}{4}", text);
            Assert.Matches(@"\p{IsCyrillic}{4}", text);
        });
    }

    [Fact]
    public void Every_footnote_reference_has_its_definition()
    {
        Assert.All(_book.ChapterFiles, file =>
        {
            var text = File.ReadAllText(file);
            var references = FootnoteReference().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
            var definitions = FootnoteDefinition().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

            Assert.NotEmpty(references);
            Assert.Equal(references.Order(), definitions.Order());
        });
    }

    [Fact]
    public void Every_image_the_markdown_shows_exists_and_decodes()
    {
        var shown = _book.ChapterFiles
            .SelectMany(file => ImageReference().Matches(File.ReadAllText(file)))
            .Select(match => match.Groups[1].Value)
            .ToList();

        Assert.Contains(shown, path => path.EndsWith(".png", StringComparison.Ordinal));
        Assert.Contains(shown, path => path.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Equal(shown.Count, _book.ImageCount);
        Assert.All(shown, path =>
        {
            var full = Path.Combine(_folder.Path, path);
            Assert.True(File.Exists(full), $"{path} is missing");
            if (path.EndsWith(".png", StringComparison.Ordinal))
            {
                using var image = SKImage.FromEncodedData(full);
                Assert.NotNull(image);
            }
            else
            {
                Assert.Equal("svg", System.Xml.Linq.XDocument.Load(full).Root!.Name.LocalName);
            }
        });
    }

    [Fact]
    public void Each_chapter_links_to_the_next_one_except_the_last()
    {
        var links = _book.ChapterFiles.Select(file => NextLink().Match(File.ReadAllText(file))).ToList();

        Assert.All(links.SkipLast(1).Zip(_book.ChapterFiles.Skip(1)), pair =>
            Assert.Equal(Path.GetFileName(pair.Second), pair.First.Groups[1].Value));
        Assert.False(links[^1].Success);
    }

    [Fact]
    public void The_same_chapter_count_writes_the_same_files()
    {
        using var again = new TempDirectory();
        var second = SyntheticBook.Write(again.Path, Chapters);

        Assert.Equal(
            _book.ChapterFiles.Select(File.ReadAllText),
            second.ChapterFiles.Select(File.ReadAllText));
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"(?m)^```(\w+)$")]
    private static partial Regex CodeLanguages();

    [GeneratedRegex(@"\[\^(\d+)\](?!:)")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"(?m)^\[\^(\d+)\]:")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"!\[[^\]]*\]\(([^ )]+)")]
    private static partial Regex ImageReference();

    [GeneratedRegex(@"\[Next chapter\]\(\./([^)]+)\)")]
    private static partial Regex NextLink();
}
