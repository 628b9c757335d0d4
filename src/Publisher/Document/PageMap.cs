namespace Publisher.Document;

/// <summary>
/// Where each page of the paginated edition (the PDF) begins in the book: the hand-over from the typesetter to the
/// EPUB writer, which turns it into page-break markers and a page list, so "page 42" means the same place in both.
/// </summary>
/// <param name="Source">Names the paginated edition the page numbers come from (the EPUB's pagination source).</param>
/// <param name="Pages">Every page in order, each with its label as the PDF shows it (i, ii, ... 1, 2, ...).</param>
internal sealed record PageMap(string Source, IReadOnlyList<PageStart> Pages)
{
    /// <summary>No pages: a book whose pagination is unknown.</summary>
    public static readonly PageMap None = new("", []);
}

/// <summary>One page: its label and the place where it begins.</summary>
internal sealed record PageStart(string Label, PagePlace Place);

/// <summary>A place in the book where a page can begin.</summary>
internal abstract record PagePlace;

/// <summary>The front matter the writers generate themselves (they have no place in any chapter).</summary>
internal enum FrontMatterPart
{
    Cover,
    TitlePage,
    Copyright,
    Contents,
}

/// <summary>A page that begins with (or inside) a part of the generated front matter.</summary>
internal sealed record FrontMatterPlace(FrontMatterPart Part) : PagePlace;

/// <summary>A page that begins in a chapter's text.</summary>
internal sealed record TextPlace(int ChapterIndex, BlockPosition Position) : PagePlace;

/// <summary>
/// A place in a chapter's text: the block, by its path from the chapter's blocks (see <see cref="BlockPaths"/>), and a
/// UTF-16 offset into that block's text (see <see cref="Inlines.TextLength"/>; code counts its own characters).
/// </summary>
internal sealed record BlockPosition(IReadOnlyList<int> Path, int Offset)
{
    /// <summary>The start of the block that holds this position, seen from one level up: <paramref name="index"/> first.</summary>
    public BlockPosition Under(int index) => this with { Path = [index, .. Path] };

    /// <summary>Orders positions as they come in reading order.</summary>
    public int CompareTo(BlockPosition other)
    {
        for (var i = 0; i < Math.Min(Path.Count, other.Path.Count); i++)
        {
            if (Path[i] != other.Path[i])
            {
                return Path[i].CompareTo(other.Path[i]);
            }
        }

        return Path.Count != other.Path.Count ? Path.Count.CompareTo(other.Path.Count) : Offset.CompareTo(other.Offset);
    }

    public override string ToString() => $"[{string.Join('.', Path)}]+{Offset}";
}
