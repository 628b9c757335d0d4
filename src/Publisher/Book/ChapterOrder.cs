namespace Publisher.Book;

/// <summary>
/// Natural reading order of chapter file names: by numeric prefix (<c>2-x.md</c> before <c>10-x.md</c>),
/// then files without a number, alphabetically (ordinal, so the order never depends on the machine's culture).
/// </summary>
internal sealed class ChapterOrder : IComparer<string>
{
    public static ChapterOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = Path.GetFileName(x ?? "");
        var right = Path.GetFileName(y ?? "");
        var leftNumber = NumericPrefix(left);
        var rightNumber = NumericPrefix(right);
        if (leftNumber.Length > 0 && rightNumber.Length > 0)
        {
            var byNumber = CompareNumbers(leftNumber, rightNumber);
            if (byNumber != 0)
            {
                return byNumber;
            }
        }
        else if (leftNumber.Length > 0 != rightNumber.Length > 0)
        {
            return leftNumber.Length > 0 ? -1 : 1;
        }

        return string.CompareOrdinal(left, right);
    }

    private static string NumericPrefix(string fileName)
    {
        var length = 0;
        while (length < fileName.Length && char.IsAsciiDigit(fileName[length]))
        {
            length++;
        }

        return fileName[..length];
    }

    // Compares digit strings of any length without parsing, so "0002" equals "2" and huge numbers cannot overflow.
    private static int CompareNumbers(string left, string right)
    {
        left = left.TrimStart('0');
        right = right.TrimStart('0');
        return left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(left, right);
    }
}
