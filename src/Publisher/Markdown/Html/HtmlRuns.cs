using System.Text.RegularExpressions;
using Md = Markdig.Syntax;

namespace Publisher.Markdown.Html;

/// <summary>
/// Finds the stretches of sibling blocks that make one piece of HTML. CommonMark ends an HTML block at a
/// blank line, so <c>&lt;figure&gt;</c>, a blank line, Markdown, a blank line, <c>&lt;/figure&gt;</c> arrives as three
/// blocks; as on GitHub, the Markdown belongs inside the element. A run starts at an HTML block that leaves
/// elements open and takes the following siblings until an HTML block closes them, or the container ends.
/// </summary>
internal static partial class HtmlRuns
{
    /// <summary>Elements that never hold content.</summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    /// <summary>Elements whose content is text up to their end tag, even if it looks like tags.</summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript",
    };

    /// <summary>Every run below <paramref name="root"/>: lists of sibling blocks, each starting with an HTML block.</summary>
    public static IEnumerable<List<Md.Block>> Find(Md.ContainerBlock root)
    {
        foreach (var block in MarkdigWalk.Blocks(root).Prepend(root))
        {
            if (block is not Md.ContainerBlock container)
            {
                continue;
            }

            for (var i = 0; i < container.Count; i++)
            {
                if (container[i] is not Md.HtmlBlock html || IsInert(html))
                {
                    continue;
                }

                var run = new List<Md.Block> { html };
                var open = new List<string>();
                Balance(open, Text(html));
                while (open.Count > 0 && i + 1 < container.Count)
                {
                    var next = container[++i];
                    run.Add(next);
                    if (next is Md.HtmlBlock nextHtml)
                    {
                        Balance(open, Text(nextHtml));
                    }
                }

                yield return run;
            }
        }
    }

    /// <summary>The block's HTML as written, one line per source line.</summary>
    public static string Text(Md.HtmlBlock html) => html.Lines.ToString();

    /// <summary>Comments, processing instructions and declarations show nothing and open nothing.</summary>
    private static bool IsInert(Md.HtmlBlock html) =>
        html.Type is Md.HtmlBlockType.Comment or Md.HtmlBlockType.ProcessingInstruction or Md.HtmlBlockType.DocumentType or Md.HtmlBlockType.CData;

    /// <summary>
    /// Follows the tags of <paramref name="html"/> on the stack of open elements: a start tag opens, an end tag
    /// closes up to its element, a stray end tag is ignored. The browser's parser decides the real tree later.
    /// </summary>
    public static void Balance(List<string> open, string html) => Balance(open, html, out _);

    /// <summary>
    /// Follows the tags as <see cref="Balance(List{string}, string)"/> does, and names a raw-text element
    /// (<c>&lt;script&gt;</c>, <c>&lt;iframe&gt;</c>) left open at the end: the browser would read everything after
    /// it as its text, Markdown included, so the parser closes it there instead, and it opens nothing.
    /// </summary>
    public static void Balance(List<string> open, string html, out string? unclosedRawText)
    {
        unclosedRawText = null;
        var position = 0;
        while (position < html.Length)
        {
            var match = TagOrComment().Match(html, position);
            if (!match.Success)
            {
                return;
            }

            position = match.Index + match.Length;
            if (!match.Groups["name"].Success)
            {
                continue; // a comment
            }

            var name = match.Groups["name"].Value.ToLowerInvariant();
            if (match.Groups["close"].Success)
            {
                var index = open.LastIndexOf(name);
                if (index >= 0)
                {
                    open.RemoveRange(index, open.Count - index);
                }

                continue;
            }

            if (VoidElements.Contains(name) || match.Groups["self"].Success)
            {
                continue;
            }

            if (RawTextElements.Contains(name))
            {
                var end = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    unclosedRawText = name;
                    return;
                }

                position = end;
                continue;
            }

            open.Add(name);
        }
    }

    [GeneratedRegex(@"<!--.*?(-->|$)|<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9\-]*)(?:\s(?:[^>""']|""[^""]*""|'[^']*')*?)?(?<self>/)?>", RegexOptions.Singleline)]
    private static partial Regex TagOrComment();
}
