using System.Text;

namespace Publisher.Pdf.Layout;

/// <summary>Lower-case roman numerals for front matter folios.</summary>
internal static class RomanNumerals
{
    private static readonly (int Value, string Symbol)[] Symbols =
    [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ];

    public static string ToLower(int number)
    {
        var text = new StringBuilder();
        foreach (var (value, symbol) in Symbols)
        {
            while (number >= value)
            {
                text.Append(symbol);
                number -= value;
            }
        }

        return text.ToString();
    }
}
