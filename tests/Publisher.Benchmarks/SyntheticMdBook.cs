using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Benchmarks;

/// <summary>
/// Writes the synthetic book laid out as an mdBook, the way The Rust Programming Language is: <c>book.toml</c>,
/// <c>src/SUMMARY.md</c> with a prefix chapter, a part every 25 chapters and each chapter followed by four
/// sub-chapters nested under it (which open with <c>##</c>), chapter files side by side in <c>src/</c>, code listings
/// in <c>listings/</c> brought in with <c>{{#include}}</c> and <c>{{#rustdoc_include}}</c>, and links between
/// chapters by their <c>.html</c> names. Each chapter has the same ~30 KB of content as <see cref="SyntheticBook"/>'s.
/// </summary>
internal static partial class SyntheticMdBook
{
    public static GeneratedBook Write(string bookDirectory, int chapters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chapters);
        var src = Path.Combine(bookDirectory, "src");
        Directory.CreateDirectory(Path.Combine(src, "images"));
        Directory.CreateDirectory(Path.Combine(bookDirectory, "listings"));
        File.WriteAllText(Path.Combine(bookDirectory, "book.toml"), Manifest(chapters), Utf8);

        var names = Enumerable.Range(1, chapters).Select(number => SyntheticBook.ChapterFileName(number, chapters)).ToList();
        File.WriteAllText(Path.Combine(src, "SUMMARY.md"), Summary(names), Utf8);
        var chapterFiles = new List<string>();
        var imageFiles = new List<string>();
        long markdownBytes = 0;
        for (var number = 1; number <= chapters; number++)
        {
            var next = number < chapters ? Path.ChangeExtension(names[number], ".html") : null;
            var chapter = new SyntheticChapter(number, next);
            var markdown = Shape(chapter.Markdown(SyntheticBook.ChapterBytes), number, IsSubChapter(number));
            var path = Path.Combine(src, names[number - 1]);
            File.WriteAllText(path, markdown, Utf8);
            File.WriteAllText(Path.Combine(bookDirectory, "listings", ListingName(number)), Listing(number), Utf8);
            chapterFiles.Add(path);
            markdownBytes += Utf8.GetByteCount(markdown);
            foreach (var image in chapter.Images)
            {
                var imagePath = Path.Combine(src, image.RelativePath);
                File.WriteAllBytes(imagePath, image.Data);
                imageFiles.Add(imagePath);
            }
        }

        return new GeneratedBook(bookDirectory, chapterFiles, imageFiles, markdownBytes);
    }

    /// <summary>Chapter 1 is the introduction; after it, each chapter heads the four that follow it.</summary>
    public static bool IsSubChapter(int number) => number > 1 && (number - 2) % 5 != 0;

    private static string Summary(IReadOnlyList<string> names)
    {
        var summary = new StringBuilder("# Summary\n\n");
        summary.Append(CultureInfo.InvariantCulture, $"[Introduction]({names[0]})\n\n");
        for (var number = 2; number <= names.Count; number++)
        {
            if ((number - 2) % 25 == 0)
            {
                summary.Append(CultureInfo.InvariantCulture, $"\n# Part {(number - 2) / 25 + 1}\n\n");
            }

            var indent = IsSubChapter(number) ? "    " : "";
            summary.Append(CultureInfo.InvariantCulture, $"{indent}- [Chapter {number}]({names[number - 1]})\n");
        }

        return summary.ToString();
    }

    /// <summary>A sub-chapter's headings are one level down (it opens with <c>##</c>); every chapter shows part of its listing twice.</summary>
    private static string Shape(string markdown, int number, bool subChapter)
    {
        var listing = ListingName(number);
        var code = $"""
            The listing for this chapter, in part:

            ```rust
            {"{{"}#include ../listings/{listing}:body{"}}"}
            ```

            And the lines that matter, with the rest hidden:

            ```rust,ignore
            {"{{"}#rustdoc_include ../listings/{listing}:3:5{"}}"}
            ```


            """;
        var firstSection = SectionHeading().Match(markdown);
        markdown = firstSection.Success ? markdown.Insert(firstSection.Index, code) : markdown + "\n" + code;
        return subChapter ? Demoted(markdown) : markdown;
    }

    private static string Demoted(string markdown)
    {
        var lines = markdown.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && AtxHeading().IsMatch(lines[i]))
            {
                lines[i] = "#" + lines[i];
            }
        }

        return string.Join('\n', lines);
    }

    private static string ListingName(int number) => $"ch{number.ToString("D3", CultureInfo.InvariantCulture)}.rs";

    private static string Listing(int number) => $$"""
        // ANCHOR: all
        fn main() {
            // ANCHOR: body
            let chapter = {{number}};
            let pages = chapter * 12;
            println!("chapter {chapter} has {pages} pages");
            // ANCHOR_END: body
        }
        // ANCHOR_END: all

        """;

    private static string Manifest(int chapters) => $"""
        [book]
        title = "A Synthetic mdBook of {chapters} Chapters"
        authors = ["Bench Marker", "Ada Loop"]
        description = "Synthetic chapters laid out as an mdBook."
        language = "en"
        src = "src"

        [output.html]
        git-repository-url = "https://github.com/example/synthetic-mdbook"

        """;

    [GeneratedRegex(@"^## ", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^#{1,5} ")]
    private static partial Regex AtxHeading();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
