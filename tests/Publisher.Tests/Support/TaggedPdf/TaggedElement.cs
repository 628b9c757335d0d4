namespace Publisher.Tests.Support.TaggedPdf;

/// <summary>
/// A structure element read back from a tagged PDF: its type, what it says (<see cref="Text"/>: its ActualText, or
/// the text of the marked content under it in tree order), and the entries a reader's tools use.
/// </summary>
internal sealed record TaggedElement(string Role, string Text, IReadOnlyList<TaggedElement> Kids)
{
    public string? Alt { get; init; }

    public string? Lang { get; init; }

    public string? ActualText { get; init; }

    /// <summary>Expansion of an abbreviation (<c>/E</c>).</summary>
    public string? Expansion { get; init; }

    /// <summary>A table header cell's <c>/Scope</c> (Column, Row or Both).</summary>
    public string? Scope { get; init; }

    public int ColumnSpan { get; init; } = 1;

    public int RowSpan { get; init; } = 1;

    /// <summary>How many link annotations the element holds (OBJR kids).</summary>
    public int Annotations { get; init; }

    /// <summary>The element and every element under it, in tree order.</summary>
    public IEnumerable<TaggedElement> DescendantsAndSelf()
    {
        yield return this;
        foreach (var kid in Kids)
        {
            foreach (var element in kid.DescendantsAndSelf())
            {
                yield return element;
            }
        }
    }

    public override string ToString() => $"{Role} '{(Text.Length > 40 ? Text[..40] + "…" : Text)}'";
}
