using Publisher.Book;
using Publisher.Markdown;
using Publisher.Tests.Fixtures;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// The sample book's footnotes read back from its PDF: each note is printed at the foot of the page that carries
/// its reference mark, and the reference and the note's number link to each other on that page.
/// </summary>
public sealed class SampleBookFootnoteTests(SampleBookBuild build) : IClassFixture<SampleBookBuild>
{
    /// <summary>Every footnote of the sample book: its chapter, number and the first words of its text.</summary>
    private static List<(string Chapter, int Number, string[] Opening)> SourceNotes()
    {
        var diagnostics = new DiagnosticBag();
        var source = BookLoader.Load(new BookLoadRequest(FixtureBooks.SampleBook), diagnostics)!;
        var document = DocumentBuilder.Build(source, diagnostics);
        return document.Chapters
            .SelectMany(chapter => chapter.Footnotes.Select(note => (
                chapter.Title,
                note.Number,
                Inlines.ToPlainText(((ParagraphBlock)note.Blocks[0]).Content).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5).ToArray())))
            .ToList();
    }

    /// <summary>
    /// Where a run of words starts on the page: the first word's box, or null when the page lacks them. Ligatures
    /// (the "fi" glyph) read back as one character, so they are spelled out before comparing.
    /// </summary>
    private static UglyToad.PdfPig.Core.PdfRectangle? Find(IReadOnlyList<Word> words, string[] sequence)
    {
        for (var i = 0; i + sequence.Length <= words.Count; i++)
        {
            if (sequence.Select((text, k) => Unligate(words[i + k].Text) == text).All(match => match))
            {
                return words[i].BoundingBox;
            }
        }

        return null;
    }

    private static string Unligate(string word) => word
        .Replace("\uFB00", "ff", StringComparison.Ordinal)
        .Replace("\uFB01", "fi", StringComparison.Ordinal)
        .Replace("\uFB02", "fl", StringComparison.Ordinal)
        .Replace("\uFB03", "ffi", StringComparison.Ordinal)
        .Replace("\uFB04", "ffl", StringComparison.Ordinal);

    private static bool Overlap(UglyToad.PdfPig.Core.PdfRectangle a, UglyToad.PdfPig.Core.PdfRectangle b) =>
        a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;

    [Fact]
    public void Every_note_is_at_the_foot_of_the_page_whose_reference_mark_links_to_it_and_its_number_links_back()
    {
        var notes = SourceNotes();
        Assert.True(notes.Count >= 5, $"the sample book has only {notes.Count} footnotes");
        using var pdf = PdfDocument.Open(build.Book.Pdf);

        foreach (var (chapter, number, opening) in notes)
        {
            var found = pdf.GetPages()
                .Select(page => (Page: page, Box: Find(page.GetWords().ToList(), opening)))
                .Where(p => p.Box is not null)
                .ToList();
            Assert.True(found.Count == 1, $"note {number} of '{chapter}' ('{string.Join(' ', opening)}') is on {found.Count} pages");
            var (page, box) = found[0];
            var noteTop = box!.Value.Top;
            var noteBaseline = box.Value.Bottom;
            var links = page.GetAnnotations()
                .Where(a => a.Type == AnnotationType.Link && a.Action is AbstractGoToAction)
                .Select(a => (Rect: a.Rectangle, Destination: ((AbstractGoToAction)a.Action!).Destination))
                .ToList();

            // The reference mark: a link in the body above the note, to this page, landing just above the note's text.
            var reference = links.Where(l =>
                l.Rect.Bottom > noteTop &&
                l.Destination.PageNumber == page.Number &&
                l.Destination.Coordinates.Top is { } top && top >= noteTop && top - noteTop < 12).ToList();
            Assert.True(reference.Count >= 1, $"note {number} of '{chapter}' on page {page.Number}: no reference mark on that page links to it");
            var markWords = page.GetWords().Where(w => reference.Any(r => Overlap(r.Rect, w.BoundingBox)) && w.Text.Contains(number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.NotEmpty(markWords);

            // The note's number: a link on the note's first line, left of its text, back up to the reference.
            var back = links.Where(l =>
                l.Rect.Right <= box.Value.Left + 1 &&
                l.Rect.Bottom <= noteBaseline + 1 && l.Rect.Top >= noteBaseline - 1 &&
                l.Destination.PageNumber == page.Number &&
                l.Destination.Coordinates.Top is { } top && top > noteTop).ToList();
            Assert.True(back.Count == 1, $"note {number} of '{chapter}' on page {page.Number}: {back.Count} back links");
        }
    }
}
