using AngleSharp.Dom;

namespace Publisher.Markdown.Html;

/// <summary>What each HTML element means to a book: which are dropped, which group blocks, which mark text.</summary>
internal static class HtmlElements
{
    /// <summary>Active or interactive content: removed together with everything inside it (PUB205).</summary>
    public static readonly HashSet<string> Dangerous = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "form", "input", "button", "select", "textarea", "option", "optgroup", "datalist", "output", "keygen",
        "fieldset", "legend", "noscript", "template", "canvas", "svg", "math", "audio", "video", "base", "link", "meta", "title", "head", "dialog", "portal", "slot", "noembed", "noframes",
        "xmp", "plaintext", "marquee",
    };

    /// <summary>
    /// Elements that only group blocks: their content joins the surrounding flow, taking their alignment,
    /// language and id with it. <c>p</c> is one too, for the blocks Markdown puts inside it.
    /// </summary>
    public static readonly HashSet<string> Groups = new(StringComparer.Ordinal)
    {
        "div", "center", "section", "article", "header", "footer", "main", "nav", "address", "hgroup", "search", "p",
        "li", "dt", "dd", "figcaption", "summary", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup",
    };

    /// <summary>Elements that mark text and mean nothing else here: their content is kept as it is.</summary>
    public static readonly HashSet<string> PlainSpans = new(StringComparer.Ordinal)
    {
        "span", "font", "big", "bdi", "bdo", "time", "data", "label", "nobr", "abbr", "acronym", "picture",
    };

    /// <summary>Every element that is not unknown (an unknown one, such as <c>&lt;note&gt;</c>, is reported once as info).</summary>
    public static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br",
        "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "dir", "div",
        "dl", "dt", "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "i", "img", "ins", "kbd", "label", "li", "listing", "main", "map", "mark", "menu", "nav",
        "nobr", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "search", "section", "small", "span",
        "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt",
        "u", "ul", "var", "wbr", "html", "body", "source", "track",
    };

    /// <summary>Every element of the fragment that reaches the book, in document order: none inside dropped ones.</summary>
    public static IEnumerable<IElement> Kept(IEnumerable<INode> roots)
    {
        var stack = new Stack<INode>(roots.Reverse());
        while (stack.Count > 0)
        {
            if (stack.Pop() is not IElement element || IsDropped(element))
            {
                continue;
            }

            yield return element;
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(element.ChildNodes[i]);
            }
        }
    }

    public static bool IsDropped(IElement element) =>
        Dangerous.Contains(element.LocalName) || element.NamespaceUri is not (null or "http://www.w3.org/1999/xhtml");

    public static int HeadingLevel(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'] name ? name[1] - '0' : 0;
}
