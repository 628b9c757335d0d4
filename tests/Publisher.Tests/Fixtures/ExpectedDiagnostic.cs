namespace Publisher.Tests.Fixtures;

/// <summary>
/// One line of a bad book's <c>expected.txt</c>: <c>CODE file line</c>, e.g. <c>PUB200 content/01-a.md 5</c>.
/// The file is relative to the book folder with forward slashes; the line is 1-based, and 0 means the
/// diagnostic names the file as a whole (e.g. <c>PUB100 book.yml 0</c> when there is no book.yml); a path
/// ending in <c>/</c> names a folder (e.g. <c>PUB104 content/ 0</c>). A line listed twice is expected twice.
/// Blank lines and lines starting with <c>#</c> are comments.
/// </summary>
internal sealed record ExpectedDiagnostic(string Code, string File, int Line)
{
    public const string FileName = "expected.txt";

    public static IReadOnlyList<ExpectedDiagnostic> ParseFile(string path) =>
        System.IO.File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)
            .ToList();

    public static ExpectedDiagnostic Parse(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !int.TryParse(parts[2], out var lineNumber) || lineNumber < 0)
        {
            throw new FormatException($"Expected 'CODE file line', got '{line}'.");
        }

        return new ExpectedDiagnostic(parts[0], parts[1], lineNumber);
    }

    public override string ToString() => $"{Code} {File} {Line}";
}
