using AngleSharp.Dom;
using Publisher.Document;

namespace Publisher.Markdown.Html;

/// <summary>
/// A numbered code listing written as <c>&lt;Listing number="2-1" file-name="src/main.rs" caption="..."&gt;</c> around
/// Markdown, as The Rust Programming Language's mdBook preprocessor reads it (HTML knows <c>listing</c> only as an old
/// name of <c>pre</c>). It becomes a figure: the file name above the content, "Listing 2-1: caption" as its caption.
/// </summary>
internal static class HtmlListings
{
    public static List<FlowItem> Listing(IElement element, List<Block> content)
    {
        var number = Attribute(element, "number");
        var caption = Attribute(element, "caption");
        var fileName = Attribute(element, "file-name");
        if (fileName is not null)
        {
            content = [new ParagraphBlock([new TextInline("Filename: "), new CodeInline(fileName)]), .. content];
        }

        var label = new List<Inline>();
        if (number is not null)
        {
            label.Add(new TextInline(caption is null ? $"Listing {number}" : $"Listing {number}: "));
        }

        if (caption is not null)
        {
            label.AddRange(CodeSpans(caption));
        }

        if (label.Count == 0 && fileName is null)
        {
            return [.. content.Select(FlowItem.Of)];
        }

        return [FlowItem.Of(new ContainerBlock(ContainerKind.Figure, content) { Label = label })];
    }

    private static string? Attribute(IElement element, string name) =>
        element.GetAttribute(name) is { } value && !string.IsNullOrWhiteSpace(value) ? XmlCharacters.Clean(HtmlText.Collapse(value)) : null;

    /// <summary>The caption is Markdown text in the preprocessor; code spans (<c>`cargo build`</c>) are what it uses.</summary>
    private static IEnumerable<Inline> CodeSpans(string text)
    {
        var pieces = text.Split('`');
        if (pieces.Length % 2 == 0)
        {
            return [new TextInline(text)]; // an unpaired backtick is a backtick
        }

        return pieces
            .Select((piece, i) => i % 2 == 1 ? (Inline)new CodeInline(piece) : new TextInline(piece))
            .Where(inline => inline is not TextInline { Text.Length: 0 });
    }
}
