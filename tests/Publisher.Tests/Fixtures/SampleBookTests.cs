using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Tests.Fixtures;

/// <summary>
/// The sample book is the project's showcase and its end-to-end test input: these tests keep it complete
/// and clean, independently of the stages that build it.
/// </summary>
public sealed partial class SampleBookTests
{
    private static readonly string Content = Path.Combine(FixtureBooks.SampleBook, "content");

    private static string[] ChapterFiles() =>
        Directory.GetFiles(Content, "*.md").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_sample_book_has_at_least_seven_numbered_chapters()
    {
        var names = ChapterFiles().Select(Path.GetFileName).ToList();

        Assert.True(names.Count >= 7, $"only {names.Count} chapters");
        Assert.All(names, name => Assert.Matches(@"^\d{2}-[a-z0-9-]+\.md$", name!));
    }

    [Fact]
    public void Every_chapter_starts_with_its_title_as_the_only_level_one_heading()
    {
        foreach (var file in ChapterFiles())
        {
            var headings = OutsideCode(File.ReadAllLines(file)).Where(line => line.StartsWith("# ", StringComparison.Ordinal)).ToList();

            Assert.True(File.ReadAllLines(file)[0].StartsWith("# ", StringComparison.Ordinal), file);
            Assert.Single(headings);
        }
    }

    [Fact]
    public void Every_chapter_but_the_last_ends_with_a_next_link_to_the_following_chapter()
    {
        var files = ChapterFiles();
        for (var i = 0; i < files.Length - 1; i++)
        {
            var lastLine = File.ReadAllLines(files[i]).Last(line => line.Trim().Length > 0);

            Assert.Equal($"[Next](./{Path.GetFileName(files[i + 1])})", lastLine);
        }
    }

    [Fact]
    public void The_sample_book_is_valid_utf8_without_mojibake_or_a_byte_order_mark()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var file in ChapterFiles().Append(Path.Combine(FixtureBooks.SampleBook, "book.yml")))
        {
            var bytes = File.ReadAllBytes(file);
            var text = strict.GetString(bytes);

            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), file);
            Assert.DoesNotMatch(Mojibake(), text);
        }
    }

    [Fact]
    public void Every_image_the_chapters_show_exists_and_all_images_stay_small()
    {
        var images = Path.Combine(FixtureBooks.SampleBook, "images");
        foreach (var file in ChapterFiles())
        {
            var prose = string.Join('\n', OutsideCode(File.ReadAllLines(file)).Select(line => CodeSpan().Replace(line, "")));
            foreach (Match image in ImageReference().Matches(prose))
            {
                var path = image.Groups["path"].Value;
                Assert.True(File.Exists(Path.Combine(FixtureBooks.SampleBook, path)), $"{file}: {path}");
            }
        }

        var totalBytes = Directory.GetFiles(images).Sum(path => new FileInfo(path).Length);
        Assert.True(totalBytes < 1_500_000, $"images weigh {totalBytes} bytes");
    }

    [Fact]
    public void The_sample_book_shows_png_and_svg_figures_and_a_cover()
    {
        var all = string.Join('\n', ChapterFiles().Select(File.ReadAllText));
        var manifest = File.ReadAllText(Path.Combine(FixtureBooks.SampleBook, "book.yml"));

        Assert.Matches(@"!\[[^\]]+\]\(images/[^)]+\.png", all);
        Assert.Matches(@"!\[[^\]]+\]\(images/[^)]+\.svg", all);
        Assert.Contains("cover: images/cover.png", manifest);
        Assert.True(File.Exists(Path.Combine(FixtureBooks.SampleBook, "images", "cover.png")));
    }

    [Fact]
    public void Several_chapters_use_the_same_footnote_label_with_different_text()
    {
        var definitions = ChapterFiles()
            .Select(file => File.ReadAllLines(file).FirstOrDefault(line => line.StartsWith("[^1]: ", StringComparison.Ordinal)))
            .OfType<string>()
            .ToList();

        Assert.True(definitions.Count >= 3, $"only {definitions.Count} chapters define [^1]");
        Assert.Equal(definitions.Count, definitions.Distinct().Count());
    }

    /// <summary>The lines that are not inside a fenced code block (code may show syntax it does not use).</summary>
    private static IEnumerable<string> OutsideCode(IEnumerable<string> lines)
    {
        string? fence = null;
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            var marker = FenceMarker().Match(trimmed);
            if (fence is null && marker.Success)
            {
                fence = marker.Value;
                continue;
            }

            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim() == new string(fence[0], trimmed.Trim().Length))
                {
                    fence = null;
                }

                continue;
            }

            yield return line;
        }
    }

    // The damage left by UTF-8 decoded as Windows-1252: "â€" starts quotes, dashes and invisible spaces,
    // "Ã" followed by a Latin-1 symbol or letter is an accented letter.
    [GeneratedRegex("\u00E2\u20AC|\u00C3[\u0080-\u00BF]")]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"!\[[^\]]*\]\((?<path>[^)\s]+)")]
    private static partial Regex ImageReference();

    [GeneratedRegex("(`+).+?\\1")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("^(`{3,}|~{3,})")]
    private static partial Regex FenceMarker();
}
