using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>
/// A picture's alternative text is what a reader who cannot see it hears instead (the EPUB's <c>alt</c>, the tagged
/// PDF's <c>/Alt</c>). A picture without any is reported (PUB255); an author marks a picture that says nothing a
/// reader needs as decorative with an empty alt on purpose: HTML <c>alt=""</c>, or <c>{alt=""}</c> after a Markdown
/// image. Both writers then leave a decorative picture out of what is read aloud.
/// </summary>
internal static class AltText
{
    /// <summary>
    /// Whether the picture is decorative: no alt text, and <paramref name="emptyOnPurpose"/> (the author wrote an empty
    /// alt). A picture with neither alt text nor that mark is reported.
    /// </summary>
    public static bool IsDecorative(string alt, bool emptyOnPurpose, ImageResource image, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(alt))
        {
            return false;
        }

        if (emptyOnPurpose)
        {
            return true;
        }

        diagnostics.Warning(
            DiagnosticCodes.ImageWithoutAltText,
            $"The picture '{image.Href}' has no alt text: a reader who cannot see it hears only that there is a picture",
            location,
            "say what it shows, as in ![A map of the harbour](images/map.png) or <img alt=\"A map of the harbour\">; if it only decorates, mark it with an empty alt: {alt=\"\"} after a Markdown image, alt=\"\" on an <img>");
        return false;
    }

    /// <summary>Whether a Markdown image carries an empty <c>{alt=""}</c> of its author's (generic attributes).</summary>
    public static bool MarkedEmpty(Markdig.Syntax.MarkdownObject image) =>
        Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(image)?.Properties?.Any(p => p.Key == "alt" && string.IsNullOrWhiteSpace(p.Value)) == true;
}
