using System.Text;
using System.Xml;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Book;

/// <summary>What an SVG image may take from the book, under the same rule as a chapter's images (implemented by <see cref="BookFiles"/>).</summary>
internal interface ISvgResources
{
    /// <summary>
    /// The image in the book that <paramref name="reference"/> names (relative to the SVG, then to the book folder),
    /// written as a <c>data:</c> address; null after reporting why not (PUB110, PUB200, PUB208, PUB116).
    /// </summary>
    string? ImageAsDataAddress(string reference, SourceLocation location, DiagnosticBag diagnostics);

    /// <summary>Whether <paramref name="reference"/> stays inside the book folder, decided without opening it; reports PUB110 when not.</summary>
    bool StaysInsideBook(string reference, SourceLocation location, DiagnosticBag diagnostics);
}

/// <summary>
/// Makes a book's SVG image self-contained, so that neither the PDF renderer nor a reader's app can reach outside the
/// book through it. Every address the image names (href and xlink:href, CSS url() and @import in style sheets and
/// attributes) is checked by the book-folder rule; pictures in the book are written into the image as <c>data:</c>
/// addresses; network addresses, other files, scripts, event handlers and embedded HTML are removed, each reported
/// at its line in the SVG. Other programs' metadata (elements and attributes outside the SVG namespace) is dropped.
/// </summary>
internal sealed class SvgSanitizer
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>Elements whose href is a picture to draw.</summary>
    private static readonly HashSet<string> ImageElements = new(StringComparer.Ordinal) { "image", "feImage" };

    /// <summary>Elements that run code or show a web page.</summary>
    private static readonly HashSet<string> ActiveElements = new(StringComparer.Ordinal) { "script", "foreignObject", "handler", "listener", "iframe" };

    private static readonly HashSet<string> AnimationElements = new(StringComparer.Ordinal)
    {
        "animate", "set", "animateMotion", "animateTransform", "animateColor",
    };

    private readonly string _path;
    private readonly ISvgResources _resources;
    private readonly DiagnosticBag _diagnostics;
    private readonly XmlReader _reader;
    private readonly XmlWriter _writer;

    /// <summary>The <c>&lt;switch&gt;</c> elements open around the reader, innermost last.</summary>
    private readonly Stack<SwitchChoices> _switches = new();

    private SvgSanitizer(string path, ISvgResources resources, DiagnosticBag diagnostics, XmlReader reader, XmlWriter writer)
    {
        _path = path;
        _resources = resources;
        _diagnostics = diagnostics;
        _reader = reader;
        _writer = writer;
    }

    /// <summary>The self-contained SVG; <paramref name="path"/> (book-relative) is where problems are reported.</summary>
    /// <exception cref="XmlException">The bytes are not well-formed XML (checked before, by <see cref="SvgImage"/>).</exception>
    public static byte[] Sanitize(byte[] svg, string path, ISvgResources resources, DiagnosticBag diagnostics)
    {
        using var reader = XmlReader.Create(new MemoryStream(svg, writable: false), SafeXml.ReaderSettings());
        using var output = new MemoryStream(svg.Length);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.None };
        using (var writer = XmlWriter.Create(output, settings))
        {
            new SvgSanitizer(path, resources, diagnostics, reader, writer).Copy();
        }

        return output.ToArray();
    }

    private void Copy()
    {
        _reader.Read();
        while (!_reader.EOF)
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (!CopyElement())
                    {
                        _reader.Skip();
                        continue;
                    }

                    break;
                case XmlNodeType.EndElement:
                    _writer.WriteFullEndElement();
                    CloseSwitch();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when _reader.Depth > 0:
                    _writer.WriteString(_reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction when _reader.Name == "xml-stylesheet":
                    Removed("the <?xml-stylesheet?> instruction (it loads a style sheet from a file)", Here());
                    break;
            }

            _reader.Read();
        }
    }

    /// <summary>Writes the element the reader is on (a style sheet with its content); false when it must go whole.</summary>
    private bool CopyElement()
    {
        var name = _reader.LocalName;
        var location = Here();
        if (_reader.NamespaceURI != SvgNamespace)
        {
            return false; // another program's metadata (Inkscape, RDF) or HTML: nothing an SVG renderer draws
        }

        var choices = _switches.TryPeek(out var open) && open.Depth == _reader.Depth - 1 ? open : null;
        if (name == "foreignObject" && choices is not null)
        {
            // In a <switch>, embedded HTML is one choice; a renderer without it draws the next (draw.io's text).
            choices.RemovedHtml ??= location;
            return false;
        }

        if (ActiveElements.Contains(name))
        {
            Removed($"the <{name}> element (a picture in a book runs no code and shows no web page)", location);
            return false;
        }

        if (AnimationElements.Contains(name) && _reader.GetAttribute("attributeName") is "href" or "xlink:href")
        {
            Removed($"the <{name}> element (it would change an address)", location);
            return false;
        }

        if (choices is not null)
        {
            choices.Kept++;
        }

        _writer.WriteStartElement(_reader.Prefix, name, SvgNamespace);
        CopyAttributes(name);
        _reader.MoveToElement();
        if (name == "switch" && !_reader.IsEmptyElement)
        {
            _switches.Push(new SwitchChoices(_reader.Depth));
        }

        if (name == "style" && !_reader.IsEmptyElement)
        {
            CopyStyleSheet(location);
        }
        else if (_reader.IsEmptyElement)
        {
            _writer.WriteEndElement();
        }

        return true;
    }

    private void CopyAttributes(string element)
    {
        string? link = null;
        var titled = false;
        while (_reader.MoveToNextAttribute())
        {
            var (name, space, value) = (_reader.LocalName, _reader.NamespaceURI, _reader.Value);
            var location = Here();
            string? kept = space switch
            {
                XmlnsNamespace => null, // the writer declares the namespaces it writes
                XmlNamespace => name == "base" ? null : value,
                XlinkNamespace => name == "href" ? Reference(element, value, location) : value,
                "" when name.StartsWith("on", StringComparison.OrdinalIgnoreCase) => EventHandler(name, location),
                "" when name == "href" => Reference(element, value, location),
                "" when name == "content" && element == "svg" => null, // draw.io's copy of the diagram: no SVG attribute
                "" when name == "style" || value.Contains('(', StringComparison.Ordinal) => Style(value, $"'{name}' attribute", location),
                "" => value,
                _ => null, // another program's metadata
            };
            if (kept is not null)
            {
                _writer.WriteAttributeString(_reader.Prefix, name, space, kept);
                link = name == "href" && element == "a" ? kept : link;
                titled |= name == "title" && space == XlinkNamespace;
            }
        }

        // Readers announce a link in a picture by its title (EPUBCheck's ACC-011); without one, its address says where it goes.
        if (link is not null && !titled)
        {
            _writer.WriteAttributeString("xlink", "title", XlinkNamespace, link);
        }
    }

    /// <summary>A &lt;style&gt; element's sheet, rewritten, and its end tag; the reader ends on that end tag.</summary>
    private void CopyStyleSheet(SourceLocation location)
    {
        var css = new StringBuilder();
        var depth = _reader.Depth;
        while (_reader.Read() && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                css.Append(_reader.Value);
            }
        }

        if (Style(css.ToString(), "style sheet", location) is { } rewritten)
        {
            _writer.WriteString(rewritten);
        }

        _writer.WriteFullEndElement();
    }

    private string? Style(string css, string what, SourceLocation location)
    {
        var rewritten = SvgStyles.Rewrite(css, (address, holder) => AddressRemoved(address, $"{holder} in a {what}", location));
        if (rewritten is null)
        {
            Removed($"the {what} (it uses CSS escapes, which can hide an address)", location);
        }

        return rewritten;
    }

    private string? EventHandler(string name, SourceLocation location)
    {
        Removed($"the event handler '{name}' (a picture in a book runs no code)", location);
        return null;
    }

    /// <summary>The href to keep, or null when it goes (reported).</summary>
    private string? Reference(string element, string address, SourceLocation location)
    {
        switch (ResourceAddress.Classify(address))
        {
            case AddressKind.Fragment:
                return address;
            case AddressKind.Path when address.Trim().Length == 0:
                return null; // names nothing
            case AddressKind.Data when ImageElements.Contains(element) && ResourceAddress.IsRasterData(address):
                return address;
            case AddressKind.Network or AddressKind.OtherScheme when element == "a" && IsWebOrMailLink(address):
                return address; // a link is followed only when a reader taps it; nothing is fetched to draw the picture
            case AddressKind.Path when ImageElements.Contains(element):
                return _resources.ImageAsDataAddress(address, location, _diagnostics);
            default:
                AddressRemoved(address, $"href of <{element}>", location);
                return null;
        }
    }

    /// <summary>Reports an address that was taken out: network (PUB115), outside the book (PUB110), anything else (PUB116).</summary>
    private void AddressRemoved(string address, string holder, SourceLocation location)
    {
        var kind = ResourceAddress.Classify(address);
        if (kind == AddressKind.Network)
        {
            _diagnostics.Warning(
                DiagnosticCodes.SvgNetworkResource,
                $"the SVG image names the network address '{Shorten(address)}' ({holder}); it is not fetched, and the reference was removed",
                location,
                "save the file into the book folder and refer to it with a relative path");
            return;
        }

        var namesFile = kind == AddressKind.Path && address.Length > 0 ||
                        kind == AddressKind.OtherScheme && address.TrimStart().StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (namesFile && !_resources.StaysInsideBook(address, location, _diagnostics))
        {
            return;
        }

        var what = namesFile ? $"the reference to another file, '{Shorten(address)}' ({holder})" : $"the address '{Shorten(address)}' ({holder})";
        Removed(what, location);
    }

    /// <summary>At a switch's end tag: embedded HTML it held is only reported when no other choice was left to draw.</summary>
    private void CloseSwitch()
    {
        if (_switches.TryPeek(out var open) && open.Depth == _reader.Depth && _reader.LocalName == "switch")
        {
            _switches.Pop();
            if (open.RemovedHtml is { } location && open.Kept == 0)
            {
                Removed("the <foreignObject> element (a picture in a book runs no code and shows no web page)", location);
            }
        }
    }

    private sealed class SwitchChoices(int depth)
    {
        public int Depth { get; } = depth;

        /// <summary>Choices kept (drawn by SVG itself).</summary>
        public int Kept { get; set; }

        /// <summary>Where the first embedded HTML choice was, when one was removed.</summary>
        public SourceLocation? RemovedHtml { get; set; }
    }

    private void Removed(string what, SourceLocation location) =>
        _diagnostics.Warning(
            DiagnosticCodes.SvgContentRemoved,
            $"removed from the SVG image: {what}; a picture in a book must be self-contained",
            location,
            "draw it in this SVG, or show pictures from the book folder with <image href=\"...\">");

    private static bool IsWebOrMailLink(string address)
    {
        var trimmed = address.TrimStart();
        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
               trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
               trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string address) => address.Length <= 80 ? address : address[..77] + "...";

    private SourceLocation Here() =>
        _reader is IXmlLineInfo { LineNumber: > 0 } info
            ? new SourceLocation(_path, info.LineNumber, info.LinePosition)
            : new SourceLocation(_path, 1, 1);
}
