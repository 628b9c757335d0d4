namespace Publisher.Benchmarks;

/// <summary>What to measure, from the command line.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        usage: Publisher.Benchmarks [--chapters N] [--layout book|mdbook] [--scale] [--keep]
               Publisher.Benchmarks --watch [--chapters N] [--edits N] [--rebuilds N]
               Publisher.Benchmarks --stress NAME[,NAME...]|all [--size N] [--format epub|pdf|all] [--keep]
               Publisher.Benchmarks --single epub|pdf|all --book DIR --out DIR   (one measured run; used internally)
               Publisher.Benchmarks [--list] --pages FILE.pdf...   (page quality of existing PDFs: loose lines, hyphens, short pages, folios)
          --chapters N   chapters in the synthetic book (default 50)
          --layout L     book: book.yml and content/ (default); mdbook: book.toml, src/SUMMARY.md with parts and
                         sub-chapters, listings brought in with {{#include}}
          --scale        measure 10, 25 and 50 chapters to show how time grows
          --keep         keep the generated book and its outputs (their folder is printed)
          --watch        the author's loop: time from a chapter's save to the PDF and to the preview page,
                         then the memory kept over many rebuilds
          --edits N      timed edits in --watch (default 10)
          --rebuilds N   rebuilds for the memory measurement in --watch (default 200; 0 skips it)
          --stress       build stress books at n, 2n and 4n to show how cost grows (names: see README)
          --size N       the n a stress scenario starts at (default: the scenario's own)
          --format F     the format(s) a stress run builds (default: EPUB and PDF, each on its own)
          --list         with --pages: list each loose line (its page and words)
        """;

    public int Chapters { get; init; } = 50;

    public bool Scale { get; init; }

    /// <summary>How the synthetic book is laid out.</summary>
    public BenchLayout Layout { get; init; } = BenchLayout.Book;

    public bool Keep { get; init; }

    public bool Watch { get; init; }

    public int Edits { get; init; } = 10;

    public int Rebuilds { get; init; } = 200;

    /// <summary>Stress scenarios to run (comma-separated names, or <c>all</c>), or null for the synthetic book.</summary>
    public string? Stress { get; init; }

    public int? StressSize { get; init; }

    public BenchFormat? StressFormat { get; init; }

    /// <summary>Set in the child process: publish this format once and report.</summary>
    public BenchFormat? Single { get; init; }

    public string? BookDirectory { get; init; }

    public string? OutputDirectory { get; init; }

    /// <summary>With <see cref="PagesOf"/>: list every loose line found.</summary>
    public bool ListLooseLines { get; init; }

    /// <summary>PDFs whose page quality to report, instead of running the benchmark.</summary>
    public IReadOnlyList<string> PagesOf { get; init; } = [];

    /// <summary>The options, or null when the command line is not understood.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--chapters" when int.TryParse(Next(), out var chapters) && chapters > 0:
                    options = options with { Chapters = chapters };
                    break;
                case "--layout" when Enum.TryParse<BenchLayout>(Next(), ignoreCase: true, out var layout):
                    options = options with { Layout = layout };
                    break;
                case "--scale":
                    options = options with { Scale = true };
                    break;
                case "--keep":
                    options = options with { Keep = true };
                    break;
                case "--watch":
                    options = options with { Watch = true };
                    break;
                case "--edits" when int.TryParse(Next(), out var edits) && edits > 0:
                    options = options with { Edits = edits };
                    break;
                case "--rebuilds" when int.TryParse(Next(), out var rebuilds) && rebuilds >= 0:
                    options = options with { Rebuilds = rebuilds };
                    break;
                case "--list":
                    options = options with { ListLooseLines = true };
                    break;
                case "--stress" when Next() is { } stress:
                    options = options with { Stress = stress };
                    break;
                case "--size" when int.TryParse(Next(), out var size) && size > 0:
                    options = options with { StressSize = size };
                    break;
                case "--format" when Enum.TryParse<BenchFormat>(Next(), ignoreCase: true, out var stressFormat):
                    options = options with { StressFormat = stressFormat };
                    break;
                case "--single" when Enum.TryParse<BenchFormat>(Next(), ignoreCase: true, out var format):
                    options = options with { Single = format };
                    break;
                case "--book" when Next() is { } book:
                    options = options with { BookDirectory = book };
                    break;
                case "--pages" when i + 1 < args.Count:
                    options = options with { PagesOf = args.Skip(i + 1).ToList() };
                    i = args.Count;
                    break;
                case "--out" when Next() is { } output:
                    options = options with { OutputDirectory = output };
                    break;
                default:
                    return null;
            }
        }

        var singleIsComplete = options.Single is null || (options.BookDirectory is not null && options.OutputDirectory is not null);
        return singleIsComplete ? options : null;
    }
}

/// <summary>Which output one measured run publishes.</summary>
internal enum BenchFormat
{
    Epub,
    Pdf,
    All,
}

/// <summary>The synthetic book's layout.</summary>
internal enum BenchLayout
{
    /// <summary>book.yml and numbered chapters in content/.</summary>
    Book,

    /// <summary>An mdBook: book.toml, src/SUMMARY.md, nested sub-chapters, include directives.</summary>
    MdBook,
}
