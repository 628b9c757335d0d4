namespace Publisher.Markdown;

/// <summary>Which raw HTML elements and attributes a book may carry into XHTML.</summary>
internal static class HtmlRules
{
    /// <summary>Active or interactive content: removed together with everything inside it.</summary>
    public static readonly HashSet<string> Dangerous = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "form", "input", "button", "select", "textarea", "option", "optgroup", "datalist", "output", "keygen",
        "fieldset", "legend", "noscript", "template", "canvas", "svg", "math", "audio", "video", "source",
        "track", "base", "link", "meta", "title", "head", "dialog", "portal", "slot", "noembed", "noframes",
        "xmp", "plaintext", "marquee",
    };

    /// <summary>Elements kept as they are (valid in an EPUB 3 XHTML body).</summary>
    public static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
        "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "mark",
        "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub",
        "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    /// <summary>Obsolete elements with a modern equivalent.</summary>
    public static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["strike"] = "s",
        ["tt"] = "code",
        ["center"] = "div",
        ["font"] = "span",
        ["big"] = "span",
        ["acronym"] = "abbr",
    };

    public static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "hr", "img", "wbr", "col" };

    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.Ordinal)
    {
        "id", "class", "title", "lang", "dir", "role",
    };

    private static readonly Dictionary<string, string[]> ElementAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["img"] = ["src", "alt", "width", "height"],
        ["ol"] = ["start", "reversed", "type"],
        ["li"] = ["value"],
        ["td"] = ["colspan", "rowspan", "headers"],
        ["th"] = ["colspan", "rowspan", "headers", "scope", "abbr"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["time"] = ["datetime"],
        ["q"] = ["cite"],
        ["blockquote"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
        ["details"] = ["open"],
    };

    /// <summary>Attributes whose presence is their value; XHTML needs <c>open="open"</c>.</summary>
    public static readonly HashSet<string> Boolean = new(StringComparer.Ordinal) { "reversed", "open" };

    public static bool IsAllowedAttribute(string element, string attribute) =>
        GlobalAttributes.Contains(attribute) ||
        attribute.StartsWith("aria-", StringComparison.Ordinal) ||
        attribute.StartsWith("data-", StringComparison.Ordinal) ||
        (ElementAttributes.TryGetValue(element, out var names) && names.Contains(attribute));

    public static bool IsEventHandler(string attribute) => attribute.StartsWith("on", StringComparison.Ordinal);

    public static bool IsUrl(string attribute) => attribute is "href" or "src" or "cite";
}
