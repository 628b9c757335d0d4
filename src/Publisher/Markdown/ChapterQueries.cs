using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Markdown;

/// <summary>
/// One question a chapter's conversion asked of the rest of the book (where a link goes, which image a path names),
/// with the answer and the problems it reported. A conversion depends on nothing else outside its own chapter, so
/// when every question still gets the same answer, the converted chapter is still right.
/// </summary>
internal abstract record ChapterQuery(IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when asking again, of this build's book, gives the recorded answer and problems.</summary>
    public abstract bool StillHolds(ParsedChapter chapter, ILinkResolver links, IContentFiles files);

    protected bool SameProblems(DiagnosticBag asked) => Problems.SequenceEqual(asked.ToSortedList());
}

internal sealed record LinkQuery(string Url, SourceLocation Location, LinkResolution Answer, IReadOnlyList<Diagnostic> Problems) : ChapterQuery(Problems)
{
    public override bool StillHolds(ParsedChapter chapter, ILinkResolver links, IContentFiles files)
    {
        var problems = new DiagnosticBag();
        return links.Resolve(Url, chapter, Location, problems).Equals(Answer) && SameProblems(problems);
    }
}

/// <summary>An image load; images are records, so an image whose file and name in the book are unchanged compares equal.</summary>
internal sealed record ImageQuery(string Reference, SourceLocation Location, ImageResource? Answer, IReadOnlyList<Diagnostic> Problems) : ChapterQuery(Problems)
{
    public override bool StillHolds(ParsedChapter chapter, ILinkResolver links, IContentFiles files)
    {
        var problems = new DiagnosticBag();
        return Equals(files.LoadImage(Reference, Location, problems), Answer) && SameProblems(problems);
    }
}

/// <summary>
/// Stands between one chapter's converter and the rest of the book, passing every question on and writing down
/// the question, the answer and the problems reported.
/// </summary>
internal sealed class ChapterQueries(ILinkResolver links, IContentFiles files) : ILinkResolver, IContentFiles
{
    private readonly List<ChapterQuery> _asked = [];

    public IReadOnlyList<ChapterQuery> Asked => _asked;

    public LinkResolution Resolve(string url, ParsedChapter from, SourceLocation location, DiagnosticBag diagnostics)
    {
        var problems = new DiagnosticBag();
        var answer = links.Resolve(url, from, location, problems);
        Record(new LinkQuery(url, location, answer, problems.ToSortedList()), diagnostics);
        return answer;
    }

    public ImageResource? LoadImage(string reference, SourceLocation location, DiagnosticBag diagnostics)
    {
        var problems = new DiagnosticBag();
        var answer = files.LoadImage(reference, location, problems);
        Record(new ImageQuery(reference, location, answer, problems.ToSortedList()), diagnostics);
        return answer;
    }

    public IReadOnlyList<ImageResource> LoadedImages => files.LoadedImages;

    private void Record(ChapterQuery query, DiagnosticBag diagnostics)
    {
        lock (_asked)
        {
            _asked.Add(query);
        }

        diagnostics.AddRange(query.Problems);
    }
}
