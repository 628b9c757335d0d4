using Publisher.Document;
namespace Publisher.Pdf.Layout;

/// <summary>
/// A chapter's footnotes, laid out once for the foot of the page: the short rule that opens a page's note area,
/// and each note's lines (its number on the first) by <see cref="Footnote.Id"/>.
/// </summary>
internal sealed record ChapterNotes(Slice Separator, IReadOnlyDictionary<string, IReadOnlyList<Slice>> Lines)
{
    /// <summary>No notes: pages keep their whole text height for the body.</summary>
    public static ChapterNotes None { get; } = new(new Slice(0, []), new Dictionary<string, IReadOnlyList<Slice>>());
}
