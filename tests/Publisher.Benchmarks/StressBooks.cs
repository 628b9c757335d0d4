using System.Globalization;
using System.Text;

namespace Publisher.Benchmarks;

/// <summary>
/// Books built to find work that grows faster than the input: each scenario writes a small book whose one
/// dimension is <c>n</c> (a token's length, a line's length, a count of headings or links). Built at n, 2n and 4n,
/// time and memory should about double with each step; four times as much means the cost grows with n squared.
/// The same scenario and n always give the same files.
/// </summary>
internal static class StressBooks
{
    public static readonly IReadOnlyList<StressScenario> All =
    [
        new("long-word", 50_000, "one paragraph holding a word of n letters and digits (no break opportunity)", LongWord),
        new("base64", 50_000, "one paragraph holding a pasted base64 blob of n characters (breaks only after '/')", Base64Blob),
        new("long-url", 50_000, "one paragraph holding a link whose URL-like text is n characters", LongUrl),
        new("table-cell", 50_000, "a table whose cell holds a word of n characters", TableCell),
        new("code-line", 50_000, "a code block (JSON, highlighted) of one line of n characters", CodeLine),
        new("code-token", 50_000, "a plain code block of one line that is a single n-character token", CodeToken),
        new("long-paragraph", 20_000, "one justified paragraph of n words", LongParagraph),
        new("headings-footnotes", 5_000, "n headings (all in the contents), each followed by a paragraph with a footnote", HeadingsAndFootnotes),
        new("duplicate-ids", 5_000, "n headings with the same title, and a link to each one's numbered id", DuplicateIds),
        new("links", 5_000, "two chapters of n headings with explicit ids, each linking to its partner in the other chapter", CrossLinks),
        new("footnotes-one-paragraph", 2_000, "one paragraph with n footnote references", FootnotesInOneParagraph),
        new("many-chapters", 1_000, "n short chapters, listed in book.yml, each linking to the next", ManyChapters) { ListsChapters = true },
        new("broken-anchors", 2_000, "n headings and n links to misspelt anchors (a bad book: the time to report n errors)", BrokenAnchors) { ExpectsErrors = true },
    ];

    public static StressScenario? Find(string name) =>
        All.FirstOrDefault(scenario => scenario.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes <c>book.yml</c> and the chapters into <paramref name="bookDirectory"/>; returns the Markdown size.</summary>
    public static long Write(StressScenario scenario, string bookDirectory, int n)
    {
        var content = Path.Combine(bookDirectory, "content");
        Directory.CreateDirectory(content);
        var chapters = scenario.Chapters(n);
        var manifest = new StringBuilder($"title: Stress {scenario.Name} {n}\nlanguage: en\n");
        if (scenario.ListsChapters)
        {
            manifest.Append("chapters:\n");
            for (var i = 0; i < chapters.Count; i++)
            {
                manifest.Append("  - content/").Append(ChapterFileName(i)).Append('\n');
            }
        }

        File.WriteAllText(Path.Combine(bookDirectory, "book.yml"), manifest.ToString(), Utf8);
        long bytes = 0;
        for (var i = 0; i < chapters.Count; i++)
        {
            File.WriteAllText(Path.Combine(content, ChapterFileName(i)), chapters[i], Utf8);
            bytes += Utf8.GetByteCount(chapters[i]);
        }

        return bytes;
    }

    private static string ChapterFileName(int index) => $"{index + 1:D2}-chapter.md";

    private static IReadOnlyList<string> LongWord(int n) =>
        [$"# A long word\n\nBefore the word. {Token(n, Alphanumerics)} After the word, the paragraph goes on as usual.\n"];

    private static IReadOnlyList<string> Base64Blob(int n) =>
        [$"# A pasted blob\n\nThe key is {Token(n, Alphanumerics + "+/")} and nothing more.\n"];

    private static IReadOnlyList<string> LongUrl(int n)
    {
        var url = "https://example.org/download?token=" + Token(n, Alphanumerics + "-_.~%=&");
        return [$"# A long link\n\nDownload it from <{url}> today.\n"];
    }

    private static IReadOnlyList<string> TableCell(int n) =>
        [$"# A long cell\n\n| Name | Value |\n|---|---|\n| short | a few words |\n| blob | {Token(n, Alphanumerics)} |\n| after | more words |\n"];

    private static IReadOnlyList<string> CodeLine(int n)
    {
        var json = new StringBuilder("{");
        for (var i = 0; json.Length < n; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"\"key{i}\":[{i},\"{Token(8 + i % 5, Alphanumerics, i)}\",true],");
        }

        json.Append("\"end\":null}");
        return [$"# A minified line\n\n```json\n{json}\n```\n"];
    }

    private static IReadOnlyList<string> CodeToken(int n) =>
        [$"# A pasted key\n\n```\n{Token(n, Alphanumerics)}\n```\n"];

    private static IReadOnlyList<string> ManyChapters(int n) =>
        Enumerable.Range(0, n)
            .Select(i => $"# Chapter {i + 1}\n\n## Part one\n\nA short chapter.[^1] On to [the next]({ChapterFileName((i + 1) % n)}#part-one).\n\n[^1]: A note.\n")
            .ToList();

    private static IReadOnlyList<string> BrokenAnchors(int n)
    {
        var text = new StringBuilder("# Broken anchors\n\n");
        for (var i = 0; i < n; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Topic {i}\n\nSee [the topic](#topc-{i}).\n\n");
        }

        return [text.ToString()];
    }

    private static IReadOnlyList<string> LongParagraph(int n)
    {
        var random = new Random(n);
        var words = Enumerable.Range(0, n).Select(_ => Words[random.Next(Words.Length)]);
        return [$"# A long paragraph\n\n{string.Join(' ', words)}.\n"];
    }

    private static IReadOnlyList<string> HeadingsAndFootnotes(int n)
    {
        var text = new StringBuilder("# Many sections\n\n");
        for (var i = 1; i <= n; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Section {i}\n\nA short paragraph about section {i}.[^n{i}]\n\n");
        }

        for (var i = 1; i <= n; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[^n{i}]: The note of section {i}.\n\n");
        }

        return [text.ToString()];
    }

    private static IReadOnlyList<string> DuplicateIds(int n)
    {
        var text = new StringBuilder("# Repeated titles\n\n");
        for (var i = 0; i < n; i++)
        {
            // The ids are notes, notes-1, notes-2...: each section links to its own.
            text.Append(CultureInfo.InvariantCulture, $"## Notes\n\nSee [these notes](#notes{(i == 0 ? "" : $"-{i}")}).\n\n");
        }

        return [text.ToString()];
    }

    private static IReadOnlyList<string> CrossLinks(int n)
    {
        var first = new StringBuilder("# First\n\n");
        var second = new StringBuilder("# Second\n\n");
        for (var i = 0; i < n; i++)
        {
            first.Append(CultureInfo.InvariantCulture, $"### Anchor {i} {{#a{i}}}\n\nGo to [its partner](02-chapter.md#b{i}).\n\n");
            second.Append(CultureInfo.InvariantCulture, $"### Partner {i} {{#b{i}}}\n\nBack to [the anchor](01-chapter.md#a{i}).\n\n");
        }

        return [first.ToString(), second.ToString()];
    }

    private static IReadOnlyList<string> FootnotesInOneParagraph(int n)
    {
        var text = new StringBuilder("# Notes everywhere\n\n");
        for (var i = 1; i <= n; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Claim {i}.[^{i}] ");
        }

        text.Append("\n\n");
        for (var i = 1; i <= n; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[^{i}]: Source {i}.\n");
        }

        return [text.ToString()];
    }

    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly string[] Words =
        ["book", "chapter", "page", "margin", "type", "layout", "reader", "author", "the", "a", "of", "and", "to", "measure", "leading", "kerning"];

    /// <summary>n characters drawn from <paramref name="alphabet"/>, never two '/' in a row (so "//" does not change the breaks).</summary>
    private static string Token(int n, string alphabet, int seed = 1)
    {
        var random = new Random(seed);
        var text = new StringBuilder(n);
        while (text.Length < n)
        {
            var c = alphabet[random.Next(alphabet.Length)];
            if (!(c == '/' && text.Length > 0 && text[^1] == '/'))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}

/// <summary>A stress book: its name on the command line, the n it starts at, what it holds, and its chapters for an n.</summary>
internal sealed record StressScenario(string Name, int BaseSize, string Description, Func<int, IReadOnlyList<string>> Chapters)
{
    /// <summary>Whether book.yml lists the chapters (else every content/*.md is one).</summary>
    public bool ListsChapters { get; init; }

    /// <summary>A bad book: its errors are the point, and the run is measured all the same.</summary>
    public bool ExpectsErrors { get; init; }
}
