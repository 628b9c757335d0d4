using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using Publisher.Diagnostics;

namespace Publisher.Markdown;

/// <summary>Raw HTML made safe and well-formed: XHTML for the EPUB and its text for the PDF.</summary>
internal sealed record SanitizedHtml(string Xhtml, string PlainText)
{
    public bool IsEmpty => Xhtml.Trim().Length == 0;
}

/// <summary>How the sanitizer treats URLs and ids, which only the chapter being converted knows.</summary>
internal interface IHtmlContext
{
    /// <summary>The href to write for a link, or null to drop the link (after reporting why).</summary>
    string? LinkHref(string url, SourceLocation location);

    /// <summary>The src to write for an image, or null to drop the image (after reporting why).</summary>
    string? ImageSource(string url, SourceLocation location);

    /// <summary>True when an element may carry this id (declared once, not used by a heading).</summary>
    bool ClaimHtmlId(string id);
}

/// <summary>
/// Parses raw HTML the way a browser does (AngleSharp, HTML5 rules, which also repair unclosed and stray tags),
/// then writes only what a book may carry: known elements, safe attributes and URLs, as well-formed XHTML.
/// Every removal and repair is reported at its line.
/// </summary>
internal static class HtmlSanitizer
{
    private const int MaxDepth = 64;
    private const string DocumentPrefix = "<!DOCTYPE html><html><head></head><body>";

    public static SanitizedHtml Sanitize(string html, SourceLocation start, IHtmlContext context, DiagnosticBag diagnostics)
    {
        var repaired = false;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, MaximumDepth = MaxDepth });
        // A whole document around the fragment: the parser reports its repairs (stray and unclosed
        // tags) only when it builds a document, and the prefix keeps the fragment's lines in place.
        parser.Error += (_, e) =>
        {
            repaired |= e is HtmlErrorEvent;
        };

        var nodes = parser.ParseDocument(DocumentPrefix + html).Body!.ChildNodes.ToList();
        if (repaired)
        {
            diagnostics.Warning(
                DiagnosticCodes.HtmlRepaired,
                "Malformed HTML (an unclosed or stray tag) in the block starting here was repaired into well-formed XHTML",
                start);
        }

        var writer = new Writer(start, context, diagnostics);
        writer.Write(nodes);
        return new SanitizedHtml(writer.Xhtml.ToString(), NormalizeSpace(writer.Text.ToString()));
    }


    private static SourceLocation Offset(SourceLocation start, int line, int column) =>
        line <= 1
            ? start with { Column = start.Column + Math.Max(0, column - 1 - DocumentPrefix.Length) }
            : start with { Line = start.Line + line - 1, Column = Math.Max(1, column) };

    private static string NormalizeSpace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Writes the cleaned tree with an explicit stack: hostile input may nest deeply.</summary>
    private sealed class Writer(SourceLocation start, IHtmlContext context, DiagnosticBag diagnostics)
    {
        public StringBuilder Xhtml { get; } = new();
        public StringBuilder Text { get; } = new();

        public void Write(IEnumerable<INode> roots)
        {
            var stack = new Stack<(INode? Node, string? CloseTag)>();
            foreach (var root in roots.Reverse())
            {
                stack.Push((root, null));
            }

            while (stack.Count > 0)
            {
                var (node, closeTag) = stack.Pop();
                if (closeTag is not null)
                {
                    Xhtml.Append("</").Append(closeTag).Append('>');
                    continue;
                }

                switch (node)
                {
                    case IText text:
                        XmlText.AppendEscaped(Xhtml, text.Data, attribute: false);
                        Text.Append(text.Data);
                        break;
                    case IElement element:
                        WriteElement(element, stack);
                        break;
                }
            }
        }

        private void WriteElement(IElement element, Stack<(INode? Node, string? CloseTag)> stack)
        {
            var name = element.LocalName.ToLowerInvariant();
            var location = LocationOf(element);
            if (HtmlRules.Dangerous.Contains(name) || element.NamespaceUri is not (null or "http://www.w3.org/1999/xhtml"))
            {
                diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, $"Removed <{name}> and its content: books cannot carry active or interactive HTML", location);
                return;
            }

            if (HtmlRules.Renamed.TryGetValue(name, out var modern))
            {
                name = modern;
            }
            else if (!HtmlRules.Allowed.Contains(name))
            {
                diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"<{name}> is not an XHTML element; kept its content without it", location);
                PushChildren(element, stack);
                return;
            }

            if (name == "img" && element.GetAttribute("src") is { } src && RemoteImages.IsRemote(src))
            {
                WriteRemoteImageLink(src, element.GetAttribute("alt") ?? "", element.Closest("a") is not null, location);
                return;
            }

            var attributes = CleanAttributes(name, element, location);
            if (attributes is null)
            {
                return;
            }

            Xhtml.Append('<').Append(name);
            foreach (var (attribute, value) in attributes)
            {
                Xhtml.Append(' ').Append(attribute).Append("=\"");
                XmlText.AppendEscaped(Xhtml, value, attribute: true);
                Xhtml.Append('"');
            }

            if (HtmlRules.Void.Contains(name))
            {
                Xhtml.Append(" />");
                Text.Append(name is "br" ? " " : "");
                return;
            }

            Xhtml.Append('>');
            Text.Append(' ');
            stack.Push((null, name));
            PushChildren(element, stack);
        }

        /// <summary>A remote image is never fetched: its description becomes a link to it (its text alone inside a link).</summary>
        private void WriteRemoteImageLink(string src, string alt, bool insideLink, SourceLocation location)
        {
            var (address, text) = RemoteImages.StandIn(src, alt, location, diagnostics);
            if (insideLink)
            {
                XmlText.AppendEscaped(Xhtml, text, attribute: false);
                Text.Append(text);
                return;
            }

            Xhtml.Append("<a href=\"");
            XmlText.AppendEscaped(Xhtml, address, attribute: true);
            Xhtml.Append("\">");
            XmlText.AppendEscaped(Xhtml, text, attribute: false);
            Xhtml.Append("</a>");
            Text.Append(text);
        }

        private static void PushChildren(IElement element, Stack<(INode? Node, string? CloseTag)> stack)
        {
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], null));
            }
        }

        /// <summary>The attributes to write, or null when the element itself must go (an image without a usable source).</summary>
        private List<(string Name, string Value)>? CleanAttributes(string element, IElement source, SourceLocation location)
        {
            var kept = new List<(string, string)>();
            var dropped = new List<string>();
            foreach (var attribute in source.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                var value = attribute.Value;
                if (HtmlRules.IsEventHandler(name))
                {
                    diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, $"Removed the event handler attribute '{name}' from <{element}>", location);
                    continue;
                }

                if (element == "a" && name == "name" && source.GetAttribute("id") is null)
                {
                    name = "id";
                }

                if (!HtmlRules.IsAllowedAttribute(element, name) || !XmlText.IsNcName(name))
                {
                    dropped.Add(name);
                    continue;
                }

                if (HtmlRules.IsUrl(name) && LinkResolver.IsUnsafe(value))
                {
                    diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, $"Removed a dangerous URL from the '{name}' attribute of <{element}>", location);
                    continue;
                }

                string? cleaned = name switch
                {
                    "href" => context.LinkHref(value, location),
                    "src" => context.ImageSource(value, location),
                    "cite" => value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? value : null,
                    "id" => context.ClaimHtmlId(value) ? value : null,
                    _ when HtmlRules.Boolean.Contains(name) => name,
                    _ => value,
                };
                if (cleaned is null && name == "id")
                {
                    diagnostics.Warning(DiagnosticCodes.DuplicateHeadingId, $"The id '{value}' is not valid or already used in this chapter; it was removed", location);
                }

                if (cleaned is not null)
                {
                    kept.Add((name, cleaned));
                }
            }

            if (dropped.Count > 0)
            {
                diagnostics.Warning(
                    DiagnosticCodes.HtmlRepaired,
                    $"Dropped attribute(s) {string.Join(", ", dropped.Select(d => $"'{d}'"))} of <{element}>, which XHTML in an ebook does not allow",
                    location);
            }

            if (element == "img")
            {
                if (!kept.Any(a => a.Item1 == "src"))
                {
                    return null;
                }

                if (!kept.Any(a => a.Item1 == "alt"))
                {
                    kept.Add(("alt", ""));
                }
            }

            return kept;
        }

        private SourceLocation LocationOf(IElement element) =>
            element.SourceReference is { } reference
                ? Offset(start, reference.Position.Line, reference.Position.Column)
                : start;
    }
}
