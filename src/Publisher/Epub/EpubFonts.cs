using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>
/// The book's own fonts in the EPUB, in the roles the PDF gives them: the serif for body text, the sans for headings,
/// the mono for code, and the fallbacks after them. A family the book gives only part of is completed with the bundled
/// faces the PDF uses for the rest, so both editions show the same faces. A book without <c>fonts:</c> gets nothing
/// here and leaves fonts to the reader.
/// </summary>
internal sealed class EpubFonts
{
    private const string Folder = "fonts/";

    private static readonly FontFamily[] Families =
    [
        new("Book Serif", "serif", "body",
            [(FontRole.Serif, false, false), (FontRole.SerifBold, true, false), (FontRole.SerifItalic, false, true), (FontRole.SerifBoldItalic, true, true)]),
        new("Book Sans", "sans-serif", "h1, h2, h3, h4, h5, h6, .task-box", [(FontRole.Sans, false, false), (FontRole.SansBold, true, false)]),
        new("Book Mono", "monospace", "code, pre.code", [(FontRole.Mono, false, false), (FontRole.MonoBold, true, false)]),
    ];

    private readonly List<EpubItem> _items = [];
    private readonly Dictionary<string, EpubItem> _itemsByContent = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hrefs = new(StringComparer.OrdinalIgnoreCase);
    private readonly StringBuilder _css = new();

    private EpubFonts(BookFonts fonts)
    {
        if (fonts.IsEmpty)
        {
            return;
        }

        var fallbackFamilies = new List<string>();
        for (var i = 0; i < fonts.Fallbacks.Count; i++)
        {
            var family = $"Book Fallback {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            FontFace(family, Item(fonts.Fallbacks[i]), bold: false, italic: false);
            fallbackFamilies.Add(Quoted(family));
        }

        var rules = new StringBuilder();
        foreach (var family in Families)
        {
            var given = family.Faces.Any(face => fonts.Faces.ContainsKey(face.Role));
            if (given)
            {
                foreach (var (role, bold, italic) in family.Faces)
                {
                    var item = fonts.Faces.TryGetValue(role, out var font) ? Item(font) : Item(role);
                    FontFace(family.Name, item, bold, italic);
                }
            }

            if (given || fallbackFamilies.Count > 0)
            {
                IEnumerable<string> stack = given
                    ? [Quoted(family.Name), .. fallbackFamilies, family.Generic]
                    : [family.Generic, .. fallbackFamilies];
                rules.Append(family.Selectors).Append(" { font-family: ").AppendJoin(", ", stack).Append("; }\n");
            }
        }

        _css.Append('\n').Append(rules);
    }

    /// <summary>The font files, each once, to list in the package.</summary>
    public IReadOnlyList<EpubItem> Items => _items;

    /// <summary>The @font-face rules and the font families of body text, headings and code; empty without book fonts.</summary>
    public string Css => _css.ToString();

    public static EpubFonts For(BookFonts fonts) => new(fonts);

    private void FontFace(string family, EpubItem item, bool bold, bool italic)
    {
        var format = item.MediaType == "font/otf" ? "opentype" : "truetype";
        _css.Append("@font-face {\n")
            .Append("  font-family: ").Append(Quoted(family)).Append(";\n")
            .Append("  font-weight: ").Append(bold ? "bold" : "normal").Append(";\n")
            .Append("  font-style: ").Append(italic ? "italic" : "normal").Append(";\n")
            .Append("  src: url(\"../").Append(item.Href).Append("\") format(\"").Append(format).Append("\");\n")
            .Append("}\n");
    }

    private EpubItem Item(BookFont font) => Item(Path.GetFileNameWithoutExtension(font.SourcePath), font.Data, font.MediaType);

    private EpubItem Item(FontRole bundled) =>
        Item(Path.GetFileNameWithoutExtension(BundledFonts.FileName(bundled)), BundledFonts.Read(bundled), "font/ttf");

    private EpubItem Item(string stem, byte[] data, string mediaType)
    {
        var content = Convert.ToHexString(SHA256.HashData(data));
        if (_itemsByContent.TryGetValue(content, out var known))
        {
            return known;
        }

        var extension = mediaType == "font/otf" ? ".otf" : ".ttf";
        var safe = SafeName(stem);
        var href = Folder + safe + extension;
        for (var n = 2; !_hrefs.Add(href); n++)
        {
            href = $"{Folder}{safe}-{n.ToString(CultureInfo.InvariantCulture)}{extension}";
        }

        var item = new EpubItem($"font-{(_items.Count + 1).ToString(CultureInfo.InvariantCulture)}", href, mediaType, data);
        _items.Add(item);
        _itemsByContent.Add(content, item);
        return item;
    }

    private static string SafeName(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return safe.Length == 0 ? "font" : safe;
    }

    private static string Quoted(string family) => $"\"{family}\"";

    /// <summary>One family of roles in the stylesheet: its CSS name, the generic family after it, and what it sets.</summary>
    private sealed record FontFamily(string Name, string Generic, string Selectors, (FontRole Role, bool Bold, bool Italic)[] Faces);
}
