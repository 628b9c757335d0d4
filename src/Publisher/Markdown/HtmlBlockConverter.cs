using Publisher.Diagnostics;
using Publisher.Document;
using Md = Markdig.Syntax;

namespace Publisher.Markdown;

/// <summary>HTML blocks: sanitized into XHTML, or, for tags that only wrap Markdown, left out with the Markdown kept.</summary>
internal sealed class HtmlBlockConverter(ChapterLocator locator, ChapterUrls urls, DiagnosticBag diagnostics)
{
    private int _openWrappers;

    public Block? Convert(Md.HtmlBlock html)
    {
        if (html.Type is Md.HtmlBlockType.Comment or Md.HtmlBlockType.ProcessingInstruction or Md.HtmlBlockType.DocumentType or Md.HtmlBlockType.CData)
        {
            return null;
        }

        var raw = html.Lines.ToString();
        if (HtmlWrappers.IsClosingOnly(raw))
        {
            if (_openWrappers > 0)
            {
                _openWrappers--; // the end of a wrapper, reported at its start
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.HtmlRepaired, $"Removed the stray {raw.Trim()}, which closes nothing", locator.Locate(html));
            }

            return null;
        }

        if (HtmlWrappers.OpenedWrappers(raw) is { } wrappers)
        {
            _openWrappers++;
            diagnostics.Warning(
                DiagnosticCodes.HtmlRepaired,
                $"{wrappers} around Markdown cannot be carried into the ebook; the Markdown inside is kept without it",
                locator.Locate(html));
            return null;
        }

        var sanitized = HtmlSanitizer.Sanitize(raw, locator.Locate(html), urls, diagnostics);
        return sanitized.IsEmpty ? null : new HtmlBlock(sanitized.Xhtml, sanitized.PlainText);
    }
}
