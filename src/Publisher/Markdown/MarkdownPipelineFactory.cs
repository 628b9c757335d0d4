using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Publisher.Markdown;

/// <summary>The one Markdig pipeline of the program: built once, immutable and safe to share between threads.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>
    /// CommonMark plus the extensions a book needs, GitHub's alerts (<c>&gt; [!NOTE]</c>) among them; raw HTML stays on
    /// (the sanitizer handles it).
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseDefinitionLists()
        .UseGenericAttributes()
        .UseAlertBlocks()
        .UsePreciseSourceLocation()
        .Build();
}
