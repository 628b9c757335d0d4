using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Book;

/// <summary>
/// CSS inside an SVG image (a &lt;style&gt; sheet, a style attribute, a presentation attribute such as
/// <c>fill="url(#g)"</c>) with every address that could reach out taken away. References to the image's own
/// elements (<c>url(#g)</c>) and pictures written into the address (<c>data:image/png</c>) stay.
/// </summary>
internal static partial class SvgStyles
{
    /// <summary>Functions that take an image address, as url() does, but may take it as a plain string.</summary>
    private static readonly HashSet<string> ImageFunctions = new(StringComparer.Ordinal)
    {
        "image", "image-set", "cross-fade", "element", "paint",
    };

    /// <summary>
    /// The CSS with <c>@import</c> rules removed and every other address replaced by <c>none</c>; each removal is
    /// passed to <paramref name="removed"/> with the address (empty when none is written) and what held it.
    /// Null when the CSS uses escapes (<c>\75 rl(</c> spells url(), past any check): then it goes whole.
    /// </summary>
    public static string? Rewrite(string css, Action<string, string> removed)
    {
        if (css.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var output = new StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var close = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var end = close < 0 ? css.Length : close + 2;
                output.Append(css, i, end - i);
                i = end;
            }
            else if (c is '"' or '\'')
            {
                var end = StringEnd(css, i);
                output.Append(css, i, end - i);
                i = end;
            }
            else if (c == '@' && ImportRule().Match(css, i).Success)
            {
                var end = StatementEnd(css, i);
                removed(ImportTarget(css[i..end]), "@import");
                i = end;
            }
            else if (IsNameCharacter(c))
            {
                var start = i;
                while (i < css.Length && IsNameCharacter(css[i]))
                {
                    i++;
                }

                var function = i < css.Length && css[i] == '(' ? WithoutVendorPrefix(css[start..i].ToLowerInvariant()) : null;
                if (function == "url")
                {
                    var end = UrlEnd(css, i + 1);
                    var address = UrlAddress(css[(i + 1)..Math.Max(i + 1, end - 1)]);
                    if (ResourceAddress.Classify(address) == AddressKind.Fragment || ResourceAddress.IsRasterData(address))
                    {
                        output.Append(css, start, end - start);
                    }
                    else
                    {
                        removed(address, "url()");
                        output.Append("none");
                    }

                    i = end;
                }
                else if (function is not null && ImageFunctions.Contains(function))
                {
                    var end = ParenthesesEnd(css, i);
                    removed(FirstString(css[i..end]), function + "()");
                    output.Append("none");
                    i = end;
                }
                else
                {
                    output.Append(css, start, i - start);
                }
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    /// <summary>Whether an attribute value holds CSS that names something (so it goes through <see cref="Rewrite"/>).</summary>
    public static bool MayNameSomething(string value) =>
        value.Contains('(', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal) || value.Contains('@', StringComparison.Ordinal);

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > '\u007f';

    private static string WithoutVendorPrefix(string name) =>
        name.StartsWith('-') && name.IndexOf('-', 1) is > 1 and var dash ? name[(dash + 1)..] : name;

    /// <summary>The index after the string that starts at <paramref name="start"/> (CSS strings end at their quote or line).</summary>
    private static int StringEnd(string css, int start)
    {
        var quote = css[start];
        var i = start + 1;
        while (i < css.Length && css[i] != quote && css[i] != '\n')
        {
            i++;
        }

        return Math.Min(css.Length, i + 1);
    }

    /// <summary>The index after the ';' that ends the at-rule at <paramref name="start"/>, skipping strings and brackets.</summary>
    private static int StatementEnd(string css, int start)
    {
        var depth = 0;
        var i = start;
        while (i < css.Length)
        {
            var c = css[i];
            if (c is '"' or '\'')
            {
                i = StringEnd(css, i);
                continue;
            }

            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            if ((c == ';' && depth <= 0) || c is '{' or '}')
            {
                return c == ';' ? i + 1 : i;
            }

            i++;
        }

        return css.Length;
    }

    /// <summary>The index after the ')' that closes a url( whose content starts at <paramref name="start"/>.</summary>
    private static int UrlEnd(string css, int start)
    {
        var i = start;
        while (i < css.Length && css[i] != ')')
        {
            i = css[i] is '"' or '\'' ? StringEnd(css, i) : i + 1;
        }

        return Math.Min(css.Length, i + 1);
    }

    /// <summary>The index after the ')' that closes the '(' at <paramref name="open"/>.</summary>
    private static int ParenthesesEnd(string css, int open)
    {
        var depth = 0;
        var i = open;
        while (i < css.Length)
        {
            if (css[i] is '"' or '\'')
            {
                i = StringEnd(css, i);
                continue;
            }

            depth += css[i] == '(' ? 1 : css[i] == ')' ? -1 : 0;
            i++;
            if (depth == 0)
            {
                break;
            }
        }

        return i;
    }

    private static string UrlAddress(string content) => content.Trim().Trim('"', '\'').Trim();

    private static string ImportTarget(string rule) =>
        ImportAddress().Match(rule) is { Success: true } match ? match.Groups["address"].Value.Trim() : "";

    private static string FirstString(string text) =>
        QuotedText().Match(text) is { Success: true } match ? match.Groups[1].Value : "";

    [GeneratedRegex(@"\G@import\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImportRule();

    [GeneratedRegex(@"@import\s*(?:url\(\s*)?[""']?(?<address>[^""')\s;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ImportAddress();

    [GeneratedRegex(@"[""']([^""']*)[""']")]
    private static partial Regex QuotedText();
}
