namespace Publisher.Pdf.Layout;

/// <summary>
/// A chapter ready for pagination: its body as a column of slices, the notes its slices reference, and its structure
/// element (a Sect), which its slices' items point into and which depends on nothing outside the chapter.
/// </summary>
internal sealed record LaidOutChapter(IReadOnlyList<Slice> Body, ChapterNotes Notes)
{
    public StructureNode Structure { get; init; } = new(StructureRole.Sect);
}

/// <summary>A chapter cut into pages, and its structure element (a Sect), which its pages' items point into.</summary>
internal sealed record PagedChapter(IReadOnlyList<IReadOnlyList<PlacedSlice>> Pages, StructureNode Structure);
