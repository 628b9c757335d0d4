namespace Publisher.Book.Layouts;

/// <summary>Which tool a book folder was written for, recognised from the files in it.</summary>
internal enum BookLayoutKind
{
    /// <summary>book.yml, chapters in content/ or listed under <c>chapters:</c>.</summary>
    Publisher,

    /// <summary>mdBook: book.toml and <c>src/SUMMARY.md</c>.</summary>
    MdBook,

    /// <summary>GitBook or HonKit: book.json and/or SUMMARY.md, README.md as the introduction.</summary>
    GitBook,
}

/// <summary>
/// What a book.toml or book.json says beyond the metadata that book.yml also has: where the chapters are, and how
/// their text is written (mdBook directives, GitBook template variables).
/// </summary>
internal sealed record LayoutSettings
{
    /// <summary>The folder of SUMMARY.md and the chapters, relative to the book folder ("" for the book folder).</summary>
    public string ChapterFolder { get; init; } = "";

    /// <summary>The table of contents file's name inside <see cref="ChapterFolder"/>.</summary>
    public string SummaryFile { get; init; } = "SUMMARY.md";

    /// <summary>GitBook's introduction, first in the book even when SUMMARY.md does not list it.</summary>
    public string? ReadmeFile { get; init; }

    /// <summary>mdBook numbers its numbered chapters (1., 1.1.) unless <c>no-section-label</c> is set.</summary>
    public bool NumbersChapters { get; init; } = true;

    /// <summary>GitBook's <c>variables</c>: <c>{{ book.name }}</c> in a chapter becomes the value.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>The line each key was written on, so a later check can point at it.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();
}
