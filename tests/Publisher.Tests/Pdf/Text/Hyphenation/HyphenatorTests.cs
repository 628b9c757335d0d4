using Publisher.Pdf.Text.Hyphenation;

namespace Publisher.Tests.Pdf.Text.Hyphenation;

/// <summary>Which words a hyphenator breaks at all, and how far from their ends.</summary>
public sealed class HyphenatorTests
{
    private static readonly Hyphenator English = HyphenationLanguages.For("en")!;

    [Fact]
    public void English_keeps_two_letters_before_a_break_and_three_after_it()
    {
        Assert.Equal(2, English.LeftMin);
        Assert.Equal(3, English.RightMin);
        foreach (var word in new[] { "electricity", "photography", "university", "aluminium", "ideally", "oneself" })
        {
            Assert.All(English.Breaks(word), at => Assert.InRange(at, 2, word.Length - 3));
        }
    }

    [Fact]
    public void Punctuation_around_a_word_is_kept_off_the_break_positions()
    {
        Assert.Equal([2, 6], English.Breaks("hyphenation"));
        Assert.Equal([3, 7], English.Breaks("(hyphenation),"));
        Assert.Equal([3, 7], English.Breaks("“Hyphenation”"));
    }

    [Theory]
    [InlineData("hyphen2ation")]
    [InlineData("1990hyphenation")]
    [InlineData("hyphenation.example")]
    [InlineData("www.example.com")]
    [InlineData("hyphenation@example")]
    [InlineData("hyphen_ation_name")]
    [InlineData("mail")]
    public void Words_with_digits_signs_or_fewer_than_five_letters_are_never_broken(string word) =>
        Assert.Empty(English.Breaks(word));

    [Fact]
    public void Capitals_break_like_lower_case_and_Turkish_dotted_capitals_fold_the_Turkish_way()
    {
        Assert.Equal(English.Breaks("computer"), English.Breaks("COMPUTER"));
        var turkish = HyphenationLanguages.For("tr")!;
        Assert.Equal(turkish.Breaks("ılıman"), turkish.Breaks("ILIMAN"));
        Assert.NotEmpty(turkish.Breaks("ılıman"));
    }

    [Fact]
    public void A_language_is_read_once_and_then_shared()
    {
        Assert.Same(HyphenationLanguages.For("de"), HyphenationLanguages.For("de-CH"));
    }
}
