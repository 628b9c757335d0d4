namespace Publisher.Pdf.Layout;

/// <summary>A chapter ready for pagination: its body as a column of slices, and the notes its slices reference.</summary>
internal sealed record LaidOutChapter(IReadOnlyList<Slice> Body, ChapterNotes Notes);
