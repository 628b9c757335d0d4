using System.Text;
using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>Text from HTML as a browser shows it: runs of white space are one space.</summary>
internal static class HtmlText
{
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in XmlCharacters.Clean(text))
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// White space between inlines as a browser shows it: one space where runs of text meet with space on both
    /// sides, none at the start of a line or right before a line break.
    /// </summary>
    public static List<Inline> TidySpaces(IReadOnlyList<Inline> inlines)
    {
        var atLineStart = true;
        var tidy = Tidy(inlines, ref atLineStart);
        TrimEndBeforeBreak(tidy);
        return tidy;
    }

    private static List<Inline> Tidy(IReadOnlyList<Inline> inlines, ref bool spaceBefore)
    {
        var output = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    var value = spaceBefore ? text.Text.TrimStart(' ') : text.Text;
                    if (value.Length > 0)
                    {
                        output.Add(new TextInline(value));
                        spaceBefore = value[^1] == ' ';
                    }

                    break;
                case LineBreak:
                    TrimEndBeforeBreak(output);
                    output.Add(inline);
                    spaceBefore = true;
                    break;
                case StyledInline styled:
                    output.Add(styled with { Content = Tidy(styled.Content, ref spaceBefore) });
                    break;
                case SpanInline span:
                    output.Add(span with { Content = Tidy(span.Content, ref spaceBefore) });
                    break;
                case LinkInline link:
                    output.Add(link with { Content = Tidy(link.Content, ref spaceBefore) });
                    break;
                case AnchorInline:
                    output.Add(inline);
                    break;
                default:
                    output.Add(inline);
                    spaceBefore = false;
                    break;
            }
        }

        return output;
    }

    private static void TrimEndBeforeBreak(List<Inline> output)
    {
        if (output.Count > 0 && output[^1] is TextInline last && last.Text.EndsWith(' '))
        {
            var trimmed = last.Text.TrimEnd(' ');
            if (trimmed.Length == 0)
            {
                output.RemoveAt(output.Count - 1);
            }
            else
            {
                output[^1] = new TextInline(trimmed);
            }
        }
    }

    /// <summary>Like <see cref="Collapse"/>, but keeps a single space at either end where there was white space.</summary>
    public static string CollapseKeepingEnds(string text)
    {
        var inner = Collapse(text);
        if (inner.Length == 0)
        {
            return text.Length > 0 ? " " : "";
        }

        var start = char.IsWhiteSpace(text[0]) ? " " : "";
        var end = char.IsWhiteSpace(text[^1]) ? " " : "";
        return start + inner + end;
    }
}
