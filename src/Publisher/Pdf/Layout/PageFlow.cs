using Publisher.Diagnostics;
namespace Publisher.Pdf.Layout;

/// <summary>A slice placed in a page's text block, <paramref name="Y"/> from the block's top.</summary>
internal readonly record struct PlacedSlice(Slice Slice, float Y);

/// <summary>
/// Distributes a column of slices over pages of a given text height. A slice that does not fit moves to the next
/// page together with the slices kept with it (headings, the first and last two lines of paragraphs); when such a
/// chain fills a whole page the rule gives way, so the flow always moves on. Table header rows repeat after a break.
/// The notes a slice references go to the foot of the same page (<see cref="FootnoteArea"/>): the body's room shrinks
/// by their height, and a slice whose notes do not fit moves on with them.
/// A single slice taller than a page (one huge image or line; tall table rows arrive already cut into lines) is
/// clipped at the foot of the text block, with a PUB301 warning.
/// A page does not end with a line broken inside a word when the line before it can end the page instead.
/// A float (<see cref="Slice.FloatLength"/>: a figure, table or code block no taller than a page) that does not fit
/// in the room left waits for the next page, where it goes first; the text after it fills the room. It never waits
/// longer than one page, nor past its chapter's end; several wait together only when they fit on one page. A float
/// that can break across pages (a table, a code block) waits only when the text before the next float fills the room:
/// otherwise it begins where it stands, so its page is not left short.
/// </summary>
internal static class PageFlow
{
    private const float Tolerance = 0.01f;

    public static List<List<PlacedSlice>> Distribute(IReadOnlyList<Slice> column, float height, DiagnosticBag diagnostics, ChapterNotes? notes = null)
    {
        var slices = new List<Slice>(column);
        List<Slice>? waiting = null;
        var waitingHeight = 0f;
        var pages = new List<List<PlacedSlice>>();
        var page = new List<PlacedSlice>();
        var foot = new FootnoteArea(notes ?? ChapterNotes.None, height);
        var footBefore = new List<FootnoteArea.State>(); // the notes before each body slice of the page, to undo a break
        var pageStart = 0;
        var contentOnPage = 0;
        var y = 0f;
        var i = 0;
        while (i < slices.Count || waiting is not null)
        {
            if (i == slices.Count)
            {
                StartPage(); // the chapter ends: the waiting float takes the next page.
                continue;
            }

            var slice = slices[i];
            if (slice.FloatLength > 0 && contentOnPage > 0 && !slices[i - 1].KeepWithNext)
            {
                var length = Math.Min(slice.FloatLength, slices.Count - i);
                var floatHeight = Height(slices, i, length);
                // One that fits in the room left stays by its text, even while an earlier one waits.
                var fitsHere = y + slice.SpaceBefore + floatHeight + foot.Height <= height + Tolerance;
                var fitsNextPage = waitingHeight + (waiting is null ? 0 : slice.SpaceBefore) + floatHeight <= height + Tolerance;
                // The text after it must not end on this page: a float never lands after its chapter's last words.
                var room = height + Tolerance - y - foot.Height;
                var chapterGoesOn = TallerThan(slices, i + length, room, stopAtFloat: false);
                // Waiting pays only when the text before the next float fills the room; otherwise a float that can
                // break (a table, a long code block) is better begun here than left behind a short page.
                var textFillsRoom = TallerThan(slices, i + length, room, stopAtFloat: true);
                if (!fitsHere && fitsNextPage && chapterGoesOn && (textFillsRoom || !CanBreak(slices, i, length)))
                {
                    // It waits for the next page, after any float already waiting (floats keep their order).
                    waiting ??= [];
                    waiting.AddRange(slices.GetRange(i, length).Select(moved => moved with { Floated = true }));
                    waitingHeight += (waiting.Count > length ? slice.SpaceBefore : 0) + floatHeight;
                    slices.RemoveRange(i, length);
                    continue;
                }

                if (!fitsHere && waiting is not null)
                {
                    StartPage(); // the waiting floats and this one do not share a page: they go first, then this one.
                    continue;
                }
            }

            var space = page.Count == 0 ? 0 : slice.SpaceBefore;
            var bottom = y + space + slice.Height;
            var saved = foot.Save();
            if (foot.TryAdd(slice.FootnoteIds, height - bottom, firstOnPage: contentOnPage == 0) && bottom + foot.Height <= height + Tolerance)
            {
                footBefore.Add(saved);
                page.Add(new PlacedSlice(slice, y + space));
                y = bottom;
                contentOnPage++;
                i++;
                continue;
            }

            if (contentOnPage == 0)
            {
                footBefore.Add(saved);
                page.Add(new PlacedSlice(Clip(slice, height - y - foot.Height, diagnostics), y));
                contentOnPage++;
                i++;
                StartPage();
                continue;
            }

            var breakAt = i;
            while (breakAt > pageStart && slices[breakAt - 1].KeepWithNext)
            {
                breakAt--;
            }

            if (breakAt == pageStart)
            {
                breakAt = i; // the kept chain fills the page: break inside it rather than loop.
            }

            // A word is not split across pages: a hyphenated last line goes over with the rest when the line before
            // it may end the page (the page ends one line short instead).
            if (breakAt - 2 >= pageStart && slices[breakAt - 1].EndsWithHyphen && !slices[breakAt - 2].KeepWithNext && !slices[breakAt - 2].EndsWithHyphen)
            {
                breakAt--;
            }

            var moved = i - breakAt;
            page.RemoveRange(page.Count - moved, moved);
            foot.Restore(moved > 0 ? footBefore[^moved] : saved);
            footBefore.RemoveRange(footBefore.Count - moved, moved);
            i = breakAt;
            StartPage();
        }

        // The rest of a note split at the chapter's end still needs pages.
        while (page.Count > 0 || foot.HasNotes)
        {
            StartPage();
        }

        return pages;

        void StartPage()
        {
            page.AddRange(foot.FinishPage());
            pages.Add(page);
            page = [];
            footBefore.Clear();
            y = 0;
            contentOnPage = 0;
            pageStart = i;
            if (waiting is not null)
            {
                slices.InsertRange(i, waiting);
                waiting = null;
                waitingHeight = 0;
            }

            // Header rows repeat after a break only when they leave room for the row that follows: a header taller than
            // the page was already cut (and reported) where the table starts, and repeating it would push the rows off the page.
            if (i < slices.Count && slices[i].RepeatAfterBreak is { } headers &&
                headers.Sum(header => header.Height) + slices[i].Height <= height + Tolerance)
            {
                foreach (var header in headers)
                {
                    // The reader heard the header where the table begins: its copies are artifacts.
                    page.Add(new PlacedSlice(header.AsArtifact(ArtifactKind.Pagination), y));
                    y += header.Height;
                }
            }
        }
    }

    /// <summary>
    /// True when the slices from <paramref name="start"/> to the chapter's end (or, with <paramref name="stopAtFloat"/>,
    /// to the next float) are taller than <paramref name="room"/>. It stops as soon as they are, so asking at every
    /// float costs a page's worth of slices, not the rest of the chapter.
    /// </summary>
    private static bool TallerThan(List<Slice> slices, int start, float room, bool stopAtFloat)
    {
        var height = 0f;
        for (var k = start; k < slices.Count && !(stopAtFloat && slices[k].FloatLength > 0); k++)
        {
            height += slices[k].SpaceBefore + slices[k].Height;
            if (height > room)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a page may break somewhere inside the <paramref name="length"/> slices at <paramref name="start"/>.</summary>
    private static bool CanBreak(List<Slice> slices, int start, int length)
    {
        for (var k = start; k < start + length - 1; k++)
        {
            if (!slices[k].KeepWithNext)
            {
                return true;
            }
        }

        return false;
    }

    private static float Height(List<Slice> slices, int start, int count)
    {
        var height = 0f;
        for (var k = start; k < start + count; k++)
        {
            height += slices[k].Height + (k > start ? slices[k].SpaceBefore : 0);
        }

        return height;
    }

    /// <summary>Keeps what fits above <paramref name="room"/> and reports the rest.</summary>
    public static Slice Clip(Slice slice, float room, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(
            DiagnosticCodes.ContentTooLarge,
            $"Content is {slice.Height:0} pt tall but a page has room for {room:0} pt; the part below the page is cut off.",
            slice.Source,
            "split the table row or block into smaller parts");
        return slice with { Height = room, Items = slice.Items.Where(item => PageItems.Bottom(item) <= room + Tolerance).ToList() };
    }
}
