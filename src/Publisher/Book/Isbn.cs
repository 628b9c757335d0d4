namespace Publisher.Book;

/// <summary>Recognises ISBN-10 and ISBN-13 identifiers, checks their check digit, and writes them as <c>urn:isbn:</c>.</summary>
internal static class Isbn
{
    private const string UrnPrefix = "urn:isbn:";

    /// <summary>
    /// For an identifier that is an ISBN (bare, <c>ISBN 978-...</c> or <c>urn:isbn:...</c>): the canonical
    /// <c>urn:isbn:</c> form, or null with <paramref name="problem"/> set when its check digit is wrong.
    /// Any other identifier comes back unchanged.
    /// </summary>
    public static string? Normalize(string identifier, out string? problem)
    {
        problem = null;
        var text = identifier.Trim();
        var isUrn = text.StartsWith(UrnPrefix, StringComparison.OrdinalIgnoreCase);
        var body = isUrn ? text[UrnPrefix.Length..]
            : text.StartsWith("isbn", StringComparison.OrdinalIgnoreCase) ? text[4..].TrimStart(':', ' ')
            : text;
        if (!body.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or 'X' or 'x'))
        {
            return isUrn ? Fail(out problem, "urn:isbn: must be followed by an ISBN") : text;
        }

        var compact = new string(body.Where(c => c is not ('-' or ' ')).ToArray()).ToUpperInvariant();
        var valid = compact.Length switch
        {
            13 => compact.All(char.IsAsciiDigit) && IsValid13(compact),
            10 => compact[..9].All(char.IsAsciiDigit) && IsValid10(compact),
            _ => (bool?)null,
        };
        return valid switch
        {
            true => UrnPrefix + compact,
            false => Fail(out problem, $"'{identifier}' is not a valid ISBN: its check digit is wrong"),
            null when isUrn || text.StartsWith("isbn", StringComparison.OrdinalIgnoreCase) =>
                Fail(out problem, $"'{identifier}' is not a valid ISBN: an ISBN has 10 or 13 digits"),
            null => text,
        };
    }

    private static string? Fail(out string? problem, string message)
    {
        problem = message;
        return null;
    }

    private static bool IsValid13(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return sum % 10 == 0;
    }

    private static bool IsValid10(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var value = digits[i] == 'X' ? (i == 9 ? 10 : -1000) : digits[i] - '0';
            sum += value * (10 - i);
        }

        return sum >= 0 && sum % 11 == 0;
    }
}
