using Publisher.Document;
namespace Publisher.Epub;

/// <summary>
/// What the book offers readers of assistive technology, computed from its content, for the schema.org
/// accessibility metadata of the package document.
/// </summary>
internal sealed record AccessibilityProfile(
    IReadOnlyList<string> AccessModes,
    IReadOnlyList<string> AccessModesSufficient,
    IReadOnlyList<string> Features,
    string Summary,
    bool ConformsToWcagAA)
{
    public const string ConformanceStatement = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    public static AccessibilityProfile Of(BookDocument book)
    {
        var blocks = book.Chapters.SelectMany(c => DocumentTree.Blocks(c.Blocks).Concat(c.Footnotes.SelectMany(f => DocumentTree.Blocks(f.Blocks)))).ToList();
        var inlines = blocks.SelectMany(DocumentTree.InlineRuns).SelectMany(DocumentTree.Inlines).ToList();
        var images = blocks.OfType<FigureBlock>().Select(f => f.AltText)
            .Concat(inlines.OfType<ImageInline>().Select(i => i.AltText))
            .ToList();
        var everyImageDescribed = images.All(alt => !string.IsNullOrWhiteSpace(alt));
        var tables = blocks.OfType<TableBlock>().Count();
        var codeBlocks = blocks.OfType<CodeBlock>().Count();
        var footnotes = book.Chapters.Sum(c => c.Footnotes.Count);

        var modes = images.Count > 0 ? new[] { "textual", "visual" } : ["textual"];
        var sufficient = images.Count == 0 || everyImageDescribed ? new[] { "textual" } : ["textual,visual"];
        var features = new List<string> { "tableOfContents", "readingOrder", "structuralNavigation" };
        if (images.Count > 0 && everyImageDescribed)
        {
            features.Add("alternativeText");
        }

        // Every page carries DPUB-ARIA roles (doc-chapter, doc-toc, doc-noteref...).
        features.Add("ARIA");
        features.Add("displayTransformability");

        var summary = SummaryOf(book, images.Count, everyImageDescribed, tables, codeBlocks, footnotes);

        // Conformance is claimed only where it can be checked from the content: every image has a text
        // alternative. Raw HTML reaches the book only as Document content, written like the rest.
        var conforms = everyImageDescribed;
        return new AccessibilityProfile(modes, sufficient, features, summary, conforms);
    }

    private static string SummaryOf(BookDocument book, int images, bool everyImageDescribed, int tables, int codeBlocks, int footnotes)
    {
        var parts = new List<string>
        {
            $"This publication has {Count(book.Chapters.Count, "chapter")} with a table of contents, structured headings and a logical reading order",
        };
        if (images > 0)
        {
            parts.Add(everyImageDescribed
                ? $"{Count(images, "image")}, each with a text alternative"
                : $"{Count(images, "image")}, not all of which have a text alternative");
        }

        if (tables > 0)
        {
            parts.Add($"{Count(tables, "table")} with header rows");
        }

        if (codeBlocks > 0)
        {
            parts.Add($"{Count(codeBlocks, "code listing")} as text");
        }

        if (footnotes > 0)
        {
            parts.Add($"{Count(footnotes, "footnote")} linked to and from the text");
        }

        var summary = parts.Count == 1
            ? parts[0]
            : $"{parts[0]}; it contains {string.Join(", ", parts.Skip(1).SkipLast(1))}{(parts.Count > 2 ? " and " : "")}{parts[^1]}";
        return summary + ". Text can be resized and restyled; there are no flashing, sound or motion hazards.";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
