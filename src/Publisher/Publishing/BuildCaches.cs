using Publisher.Book;
using Publisher.Epub;
using Publisher.Markdown;
using Publisher.Pdf;

namespace Publisher.Publishing;

/// <summary>How much of a build was done anew rather than taken from the caches of earlier builds.</summary>
/// <param name="ChaptersParsed">Chapters whose Markdown was parsed.</param>
/// <param name="ChaptersConverted">Chapters turned into the format-neutral document.</param>
/// <param name="ChaptersLaidOut">Chapters laid out into pages for the PDF.</param>
/// <param name="PagesPainted">PDF pages painted into content streams (the others were taken as painted before).</param>
/// <param name="PicturesPrepared">Pictures encoded or drawn for the PDF.</param>
/// <param name="EpubChaptersWritten">Chapters whose EPUB page (XHTML) was made anew.</param>
public sealed record BuildWork(
    int ChaptersParsed, int ChaptersConverted, int ChaptersLaidOut, int PagesPainted = 0, int PicturesPrepared = 0, int EpubChaptersWritten = 0);

/// <summary>
/// What a watch keeps from one build to the next, one cache per stage that can reuse its work. Each stage's cache
/// lives in that stage and decides there what "unchanged" means; a build with caches gives the same bytes as one without.
/// </summary>
internal sealed class BuildCaches
{
    public ImageCache Images { get; } = new();

    public ChapterCache Chapters { get; } = new();

    public PdfCache Pdf { get; } = new();

    public EpubCache Epub { get; } = new();

    /// <summary>Ends a build: every cache forgets what the build did not use, so memory follows the book.</summary>
    public BuildWork Sweep()
    {
        Images.Sweep();
        var (parsed, converted) = Chapters.Sweep();
        var (laidOut, painted, pictures) = Pdf.Sweep();
        return new BuildWork(parsed, converted, laidOut, painted, pictures, Epub.Sweep());
    }
}
