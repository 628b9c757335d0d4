using System.Globalization;
using System.Text;

namespace Publisher.Benchmarks;

/// <summary>
/// One chapter of the synthetic book: sections that cycle through every kind of block, so each chapter has
/// tables, code in several languages, nested lists, images, quotes, footnotes and non-Latin text.
/// </summary>
internal sealed class SyntheticChapter
{
    private static readonly string[] Words =
    [
        "book", "chapter", "page", "margin", "type", "layout", "reader", "author", "draft", "proof", "ink", "paper",
        "line", "word", "column", "heading", "figure", "table", "index", "note", "press", "binding", "cover", "spine",
        "measure", "leading", "kerning", "ligature", "serif", "glyph", "baseline", "rhythm", "balance", "contrast",
        "careful", "quiet", "steady", "clear", "simple", "patient", "exact", "generous", "narrow", "wide", "early",
        "builds", "shapes", "checks", "breaks", "joins", "sets", "reads", "writes", "keeps", "moves", "holds", "turns",
        "the", "a", "of", "and", "to", "in", "with", "for", "on", "every", "each", "its", "their", "between", "before",
        "office", "official", "affluent", "difficult", "flourish", "fifty", "shuffle", "efficient",
    ];

    private static readonly string[] Greek =
    [
        "Η τυπογραφία είναι η τέχνη της διάταξης των γραμμάτων ώστε το κείμενο να διαβάζεται εύκολα.",
        "Κάθε σελίδα έχει περιθώρια, και κάθε γραμμή έχει ρυθμό που ο αναγνώστης νιώθει χωρίς να το σκέφτεται.",
        "Ο συγγραφέας γράφει, ο επιμελητής διορθώνει, και το βιβλίο παίρνει τη μορφή του στη σελίδα.",
    ];

    private static readonly string[] Cyrillic =
    [
        "Типографика — это искусство расположения букв так, чтобы текст было легко и приятно читать.",
        "Каждая страница имеет поля, а каждая строка — ритм, который читатель чувствует, не задумываясь.",
        "Автор пишет, редактор исправляет, и книга обретает свою форму на странице.",
    ];

    private static readonly (string Language, string Code)[] CodeSamples =
    [
        ("csharp", """
            public static IReadOnlyList<Page> Paginate(IEnumerable<Block> blocks, float pageHeight)
            {
                var pages = new List<Page>();
                var current = new Page();
                foreach (var block in blocks)
                {
                    if (current.Height + block.Height > pageHeight && current.Blocks.Count > 0)
                    {
                        pages.Add(current);
                        current = new Page();
                    }

                    current.Add(block); // headings are kept with what follows elsewhere
                }

                pages.Add(current);
                return pages;
            }
            """),
        ("python", """
            def hyphenate(word: str, patterns: dict[str, str]) -> list[str]:
                \"\"\"Split a word at the points the patterns allow.\"\"\"
                points = [0] * (len(word) + 1)
                for start in range(len(word)):
                    for end in range(start + 1, len(word) + 1):
                        pattern = patterns.get(word[start:end])
                        if pattern:
                            for i, value in enumerate(pattern):
                                points[start + i] = max(points[start + i], int(value))
                return [word[i:j] for i, j in zip([0] + breaks(points), breaks(points) + [None])]
            """),
        ("javascript", """
            export function buildToc(chapters, depth = 2) {
              return chapters.flatMap((chapter, index) => [
                { level: 1, title: chapter.title, href: `ch${index}.xhtml` },
                ...chapter.headings
                  .filter((h) => h.level <= depth)
                  .map((h) => ({ level: h.level, title: h.text, href: `ch${index}.xhtml#${h.id}` })),
              ]);
            }
            """),
        ("json", """
            {
              "title": "A Synthetic Book",
              "pageSize": "A4",
              "margins": { "top": 72, "bottom": 72, "inner": 72, "outer": 54 },
              "fonts": ["serif", "sans", "mono"],
              "tocDepth": 2
            }
            """),
        ("bash", """
            #!/usr/bin/env bash
            set -euo pipefail
            for book in books/*/; do
              echo "building ${book}"
              publisher build "${book}" --output "artifacts/$(basename "${book}")"
            done
            """),
        ("yaml", """
            title: A Synthetic Book
            authors:
              - Bench Marker
            pdf:
              pageSize: A4
              fontSize: 10.5
            """),
    ];

    private readonly int _number;
    private readonly string? _next;
    private readonly Random _random;
    private readonly List<SyntheticImage> _images = [];
    private int _footnotes;
    private int _codeBlocks;

    public SyntheticChapter(int number, string? next)
    {
        _number = number;
        _next = next;
        _random = new Random(number);
    }

    /// <summary>The images the chapter's Markdown refers to (filled by <see cref="Markdown"/>).</summary>
    public IReadOnlyList<SyntheticImage> Images => _images;

    public string Markdown(int targetBytes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Chapter {_number}: {Title(_number)}\n\n");
        text.Append(Paragraph(5)).Append("\n\n");

        var section = 0;
        // Leave room for the notes and the link to the next chapter at the end.
        while (Encoding.UTF8.GetByteCount(text.ToString()) < targetBytes - 400 - (_footnotes * 120))
        {
            section++;
            text.Append(CultureInfo.InvariantCulture, $"## {Title(_number * 31 + section)}\n\n");
            text.Append(Paragraph(4)).Append("\n\n");
            text.Append(Block(section)).Append("\n\n");
            text.Append(CultureInfo.InvariantCulture, $"### {Title(_number * 17 + section)} in detail\n\n");
            text.Append(Paragraph(3)).Append("\n\n");
        }

        text.Append("\n");
        for (var note = 1; note <= _footnotes; note++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[^{note}]: {Sentence()} See also section {note}.\n\n");
        }

        if (_next is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"[Next chapter](./{_next})\n");
        }

        return text.ToString();
    }

    // Every block kind once in each run of nine sections.
    private string Block(int section) => (section % 9) switch
    {
        1 => Table(),
        2 => Code(),
        3 => NestedList(),
        4 => Image(),
        5 => Quote(),
        6 => NonLatin(section),
        7 => OrderedAndTaskList(),
        8 => Code(),
        _ => Table(),
    };

    private string Paragraph(int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(Sentence());
        }

        // Inline markup, a link, inline code and a footnote in every paragraph.
        text.Append(CultureInfo.InvariantCulture, $" The *{Word()}* and the **{Word()}** meet in `{Word()}_{Word()}()`,");
        text.Append(CultureInfo.InvariantCulture, $" as [the guide](https://example.org/guide/{_number}) explains.");
        text.Append(CultureInfo.InvariantCulture, $"[^{++_footnotes}]");
        return text.ToString();
    }

    private string Sentence()
    {
        var length = _random.Next(8, 20);
        var words = Enumerable.Range(0, length).Select(_ => Word()).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private string Word() => Words[_random.Next(Words.Length)];

    private string Table()
    {
        var text = new StringBuilder("| Element | Measure | Count | Note |\n|:--|--:|--:|:--|\n");
        var rows = _random.Next(6, 14);
        for (var row = 0; row < rows; row++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {Word()} {Word()} | {_random.Next(6, 72)} pt | {_random.Next(1, 999)} | {Sentence()} |\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    // Each chapter starts at a different language and moves on with every code block.
    private string Code()
    {
        var (language, code) = CodeSamples[(_number + _codeBlocks++) % CodeSamples.Length];
        return $"```{language}\n{code}\n```";
    }

    private string NestedList() =>
        $"""
        - {Sentence()}
          - {Sentence()}
            - {Sentence()}
            - {Sentence()}
          - {Sentence()}
        - {Sentence()}
        - {Sentence()}
          1. {Sentence()}
          2. {Sentence()}
        """;

    private string OrderedAndTaskList() =>
        $"""
        1. {Sentence()}
        2. {Sentence()}
        3. {Sentence()}

        - [x] {Sentence()}
        - [ ] {Sentence()}
        """;

    private string Image()
    {
        var index = _images.Count + 1;
        var svg = index % 2 == 0;
        var path = $"images/{_number:D2}-{index}.{(svg ? "svg" : "png")}";
        var seed = _number * 100 + index;
        _images.Add(new SyntheticImage(path, svg ? SyntheticImages.Svg(seed) : SyntheticImages.Png(seed)));
        return $"![Figure {_number}.{index}: {Word()} and {Word()}]({path} \"Figure {_number}.{index}\")";
    }

    private string Quote() => $"> {Sentence()} {Sentence()}\n>\n> — {Word()} {Word()}";

    private static string NonLatin(int section) =>
        $"{Greek[section % Greek.Length]} {Cyrillic[section % Cyrillic.Length]}\n\n{Cyrillic[(section + 1) % Cyrillic.Length]}";

    private static string Title(int seed)
    {
        string[] first = ["Measuring", "Setting", "Breaking", "Balancing", "Binding", "Reading", "Proofing", "Shaping"];
        string[] second = ["the Page", "Lines", "Tables", "Figures", "Notes", "Margins", "Type", "Chapters"];
        return $"{first[seed % first.Length]} {second[(seed / first.Length) % second.Length]}";
    }
}

/// <summary>An image file of the synthetic book, with its path relative to the book folder.</summary>
internal sealed record SyntheticImage(string RelativePath, byte[] Data);
