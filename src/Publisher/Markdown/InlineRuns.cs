using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>Tidying lists of converted inlines.</summary>
internal static class InlineRuns
{
    /// <summary>Joins neighbouring text runs and drops empty ones.</summary>
    public static List<Inline> MergeText(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextInline next && merged.Count > 0 && merged[^1] is TextInline previous)
            {
                merged[^1] = new TextInline(previous.Text + next.Text);
            }
            else if (inline is not TextInline { Text.Length: 0 })
            {
                merged.Add(inline);
            }
        }

        return merged;
    }
}
