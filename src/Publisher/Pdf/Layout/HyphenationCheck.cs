using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Pdf.Text.Hyphenation;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Says once per language (PUB320, info) when the book's text is in a language whose words the PDF cannot
/// hyphenate because no patterns are bundled for it: the book's own language and any block's or span's.
/// </summary>
internal static class HyphenationCheck
{
    public static void Report(BookDocument document, DiagnosticBag diagnostics)
    {
        if (!document.Metadata.Pdf.Hyphenate)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Check(document.Metadata.Language, null);
        foreach (var chapter in document.Chapters)
        {
            foreach (var (language, line) in Languages(chapter.Blocks))
            {
                Check(language, new SourceLocation(chapter.SourcePath, Math.Max(1, line), 1));
            }
        }

        void Check(string language, SourceLocation? where)
        {
            if (!HyphenationLanguages.Supports(language) && reported.Add(language))
            {
                diagnostics.Info(
                    DiagnosticCodes.NoHyphenationPatterns,
                    $"The PDF does not hyphenate text in '{language}': no hyphenation patterns are bundled for it.",
                    where,
                    $"the languages it hyphenates are {string.Join(", ", HyphenationLanguages.PatternTags.Order())}; set 'pdf: hyphenate: false' to silence this");
            }
        }
    }

    /// <summary>Every language a block or inline anywhere in <paramref name="blocks"/> declares, with the block's line.</summary>
    private static IEnumerable<(string Language, int Line)> Languages(IEnumerable<Block> blocks) =>
        DocumentTree.Blocks(blocks).SelectMany(block =>
            DocumentTree.InlineRuns(block).SelectMany(DocumentTree.Inlines).Select(inline => inline.ContentLanguage)
                .Prepend(block.ContentLanguage)
                .OfType<string>()
                .Select(language => (language, block.Line)));
}
