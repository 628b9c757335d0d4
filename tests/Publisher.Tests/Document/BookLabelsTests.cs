using System.Xml.Linq;
using Publisher.Pdf.Layout;
using Publisher.Tests.Epub;

namespace Publisher.Tests.Document;

public sealed class BookLabelsTests
{
    private static readonly XNamespace X = EpubFile.Xhtml;

    [Theory]
    [InlineData("de", "Inhalt")]
    [InlineData("de-AT", "Inhalt")]
    [InlineData("pt_BR", "Índice")]
    [InlineData("FR", "Table des matières")]
    [InlineData("no", "Innhold")]
    [InlineData("nn-NO", "Innhold")]
    [InlineData("en-GB", "Contents")]
    [InlineData("xx", "Contents")]
    [InlineData("", "Contents")]
    public void Labels_follow_the_primary_language_subtag_and_fall_back_to_english(string language, string contents)
    {
        Assert.Equal(contents, BookLabels.For(language).Contents);
    }

    [Fact]
    public void Every_language_fills_every_label_and_keeps_the_value_slot_where_one_is_expected()
    {
        foreach (var language in new[] { "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ru", "uk", "el", "tr" })
        {
            var labels = BookLabels.For(language);
            Assert.True(language == "en" || !ReferenceEquals(labels, BookLabels.English), $"{language} has no labels of its own");
            Assert.All(new[] { labels.Contents, labels.Notes, labels.Cover, labels.TitlePage, labels.Landmarks, labels.StartOfContent, labels.TypesetWith },
                label => Assert.False(string.IsNullOrWhiteSpace(label)));
            Assert.All(new[] { labels.ByAuthors, labels.Version, labels.Published, labels.Identifier, labels.CoverOf, labels.BackToReference },
                label => Assert.Contains("{0}", label));
        }
    }

    [Fact]
    public void A_german_book_gets_german_words_in_the_epub_contents_and_colophon()
    {
        var book = German(DocumentSamples.Rich());

        using var epub = EpubFile.Of(book);

        var nav = epub.Page("nav.xhtml");
        Assert.Equal("Inhalt", nav.Descendants(X + "h1").First().Value);
        Assert.Equal("Inhalt", nav.Descendants(X + "title").Single().Value);
        var colophon = epub.Page("title.xhtml").Descendants(X + "p").Select(p => p.Value).ToList();
        Assert.Contains(colophon, line => line.StartsWith("Kennung: ", StringComparison.Ordinal));
        Assert.DoesNotContain(colophon, line => line.StartsWith("Identifier", StringComparison.Ordinal));
    }

    [Fact]
    public void A_german_book_gets_german_words_in_the_pdf_contents_and_copyright_page()
    {
        var book = BookTypesetter.Typeset(German(DocumentSamples.Rich()), new DiagnosticBag());

        var frontText = book.Pages.TakeWhile(page => page.NumberStyle == PageNumberStyle.LowerRoman)
            .SelectMany(page => page.Items.OfType<TextRunItem>())
            .Select(run => run.Text)
            .ToList();
        Assert.Contains("Inhalt", frontText);
        Assert.Contains(frontText, text => text.StartsWith("Veröffentlicht am", StringComparison.Ordinal));
        Assert.DoesNotContain("Contents", frontText);
    }

    private static BookDocument German(BookDocument book) => book with { Metadata = book.Metadata with { Language = "de" } };
}
