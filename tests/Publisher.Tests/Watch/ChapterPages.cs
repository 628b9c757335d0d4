namespace Publisher.Tests.Watch;

/// <summary>Where a PDF's chapters start (1-based pages, from its top-level bookmarks) and how many pages it has.</summary>
internal sealed record ChapterPages(IReadOnlyList<int> Starts, int Total)
{
    public int FrontMatter => Starts[0] - 1;

    public static ChapterPages Of(string pdf) =>
        new(PdfReadBack.Outline(pdf).Select(chapter => chapter.PageNumber).ToList(), PdfReadBack.PageLabels(pdf).Count);

    /// <summary>How many pages chapter <paramref name="chapter"/> (0-based) has.</summary>
    public int Length(int chapter) => (chapter + 1 < Starts.Count ? Starts[chapter + 1] : Total + 1) - Starts[chapter];

    /// <summary>
    /// The pages a rebuild that changed only chapter <paramref name="edited"/> has to paint again, this being its PDF
    /// and <paramref name="before"/> the one before: the front matter (the contents list page numbers), the edited
    /// chapter, and every chapter that now starts on another page. The others keep their painted pages.
    /// </summary>
    public int RepaintedSince(ChapterPages before, int edited) => FrontMatter + RedoneSince(before, edited).Sum(Length);

    /// <summary>
    /// The chapters (0-based) a rebuild that changed only chapter <paramref name="edited"/> has to make again, in the
    /// PDF and in the EPUB (whose pages carry the PDF's page numbers): that one and those that now start elsewhere.
    /// </summary>
    public IEnumerable<int> RedoneSince(ChapterPages before, int edited) =>
        Enumerable.Range(0, Starts.Count).Where(i => i == edited || i >= before.Starts.Count || before.Starts[i] != Starts[i]);
}
