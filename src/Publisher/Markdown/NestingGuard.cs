using Publisher.Diagnostics;
using Md = Markdig.Syntax;

namespace Publisher.Markdown;

/// <summary>Deeper block or inline nesting is flattened (PUB210), so nothing recurses without bound; reported once per chapter.</summary>
internal sealed class NestingGuard(ChapterLocator locator, DiagnosticBag diagnostics)
{
    public const int MaxDepth = 32;

    private bool _reported;

    public void ReportDeepNesting(Md.MarkdownObject where)
    {
        if (!_reported)
        {
            _reported = true;
            diagnostics.Warning(
                DiagnosticCodes.NestingTooDeep,
                $"Content is nested more than {MaxDepth} levels deep; deeper levels were flattened",
                locator.Locate(where));
        }
    }
}
