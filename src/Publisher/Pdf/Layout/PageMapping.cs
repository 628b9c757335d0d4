using System.Globalization;
using Publisher.Document;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Reads the page map off the final pages: each page's label as the PDF shows it, and where it begins in the
/// Document. Front matter pages begin with their part (title page, copyright page, contents); a body page begins at
/// its first slice that has a place in the text (a footnote or a repeated table header has none).
/// </summary>
internal static class PageMapping
{
    public static PageMap Of(BookMetadata metadata, IReadOnlyList<PageFrame> front, IReadOnlyList<BodyPage> body)
    {
        var pages = new List<PageStart>(front.Count + body.Count);
        // A named page (the cover) opens the front matter; the numbered pages after it are the title page, the
        // copyright page and the contents.
        var numbered = 0;
        foreach (var page in front)
        {
            var part = page.Label is not null ? FrontMatterPart.Cover : numbered++ switch
            {
                0 => FrontMatterPart.TitlePage,
                1 => FrontMatterPart.Copyright,
                _ => FrontMatterPart.Contents,
            };
            pages.Add(new PageStart(Label(page), new FrontMatterPlace(part)));
        }

        TextPlace? previous = null;
        for (var i = 0; i < body.Count; i++)
        {
            var place = FirstPlace(body[i]);

            // A page of nothing but what has no place (the middle of a row taller than a page) begins where the one
            // before it did, so the page list never runs backwards.
            if (place is null || (previous is not null && Before(place, previous)))
            {
                place = previous ?? new TextPlace(body[i].Chapter.Index, new BlockPosition([0], 0));
            }

            pages.Add(new PageStart((i + 1).ToString(CultureInfo.InvariantCulture), place));
            previous = place;
        }

        return new PageMap(Source(metadata), pages);
    }

    /// <summary>The paginated edition the labels come from: this book's PDF.</summary>
    public static string Source(BookMetadata metadata) =>
        string.IsNullOrWhiteSpace(metadata.Version)
            ? $"{metadata.Title}, PDF edition"
            : $"{metadata.Title}, PDF edition, version {metadata.Version}";

    private static string Label(PageFrame page) => page.Label ?? page.NumberStyle switch
    {
        PageNumberStyle.LowerRoman => RomanNumerals.ToLower(page.Number),
        _ => page.Number.ToString(CultureInfo.InvariantCulture),
    };

    private static TextPlace? FirstPlace(BodyPage page)
    {
        foreach (var placed in page.Content)
        {
            if (placed.Slice.Start is { } start)
            {
                return new TextPlace(page.Chapter.Index, start);
            }
        }

        return null;
    }

    private static bool Before(TextPlace place, TextPlace other) =>
        place.ChapterIndex != other.ChapterIndex ? place.ChapterIndex < other.ChapterIndex : place.Position.CompareTo(other.Position) < 0;
}
