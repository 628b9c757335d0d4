using System.Globalization;
using System.Text;

namespace Publisher.Benchmarks;

/// <summary>
/// Writes a synthetic book folder shaped like a real one: <c>book.yml</c>, numbered chapters of about 30 KB of
/// Markdown each (headings, paragraphs, tables, code in several languages, nested lists, images, footnotes,
/// Greek and Cyrillic text, links to the next chapter) and the PNG and SVG images they show.
/// The same chapter count always gives the same files.
/// </summary>
internal static class SyntheticBook
{
    /// <summary>The Markdown size each chapter aims at.</summary>
    public const int ChapterBytes = 30 * 1024;

    public static GeneratedBook Write(string bookDirectory, int chapters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chapters);
        var content = Path.Combine(bookDirectory, "content");
        var images = Path.Combine(bookDirectory, "images");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(images);

        File.WriteAllText(Path.Combine(bookDirectory, "book.yml"), Manifest(chapters), Utf8);

        var names = Enumerable.Range(1, chapters).Select(number => ChapterFileName(number, chapters)).ToList();
        var chapterFiles = new List<string>();
        var imageFiles = new List<string>();
        long markdownBytes = 0;
        for (var number = 1; number <= chapters; number++)
        {
            var chapter = new SyntheticChapter(number, next: number < chapters ? names[number] : null);
            var markdown = chapter.Markdown(ChapterBytes);
            var path = Path.Combine(content, names[number - 1]);
            File.WriteAllText(path, markdown, Utf8);
            chapterFiles.Add(path);
            markdownBytes += Utf8.GetByteCount(markdown);

            foreach (var image in chapter.Images)
            {
                var imagePath = Path.Combine(bookDirectory, image.RelativePath);
                File.WriteAllBytes(imagePath, image.Data);
                imageFiles.Add(imagePath);
            }
        }

        return new GeneratedBook(bookDirectory, chapterFiles, imageFiles, markdownBytes);
    }

    /// <summary><c>07-chapter-7.md</c>; three digits once the book has 100 chapters or more, so names sort.</summary>
    public static string ChapterFileName(int number, int chapters)
    {
        var digits = Math.Max(2, chapters.ToString(CultureInfo.InvariantCulture).Length);
        return $"{number.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0')}-chapter-{number}.md";
    }

    private static string Manifest(int chapters) => $"""
        title: A Synthetic Book of {chapters} Chapters
        subtitle: Generated for the Publisher benchmark
        authors:
          - Bench Marker
          - Ada Loop
        language: en
        publisher: Publisher Benchmarks
        date: "2026-01-01"
        rights: CC0
        description: Synthetic chapters with tables, code, lists, images, footnotes and Greek and Cyrillic text.

        """;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}

/// <summary>What <see cref="SyntheticBook.Write"/> wrote.</summary>
internal sealed record GeneratedBook(
    string Directory,
    IReadOnlyList<string> ChapterFiles,
    IReadOnlyList<string> ImageFiles,
    long MarkdownBytes)
{
    public int ImageCount => ImageFiles.Count;
}
