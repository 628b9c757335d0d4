using Publisher.Pdf.Text.Hyphenation;
using Publisher.Tests.Fixtures;

namespace Publisher.Tests.Pdf.Text.Hyphenation;

/// <summary>
/// Liang's algorithm over the bundled hyph-utf8 patterns, checked per language against word lists hyphenated by an
/// independent implementation (tests/fixtures/hyphenation/, each file says how it was made) and against each
/// language's own exception list.
/// </summary>
public sealed class PatternTests
{
    /// <summary>The languages whose book labels we translate (Document/BookLabels.cs): each must hyphenate.</summary>
    public static readonly TheoryData<string> LabelledLanguages =
        new("cs", "da", "de", "el", "en", "es", "fi", "fr", "it", "nb", "nl", "pl", "pt", "ru", "sv", "tr", "uk");

    public static TheoryData<string> BundledPatterns => new(HyphenationLanguages.PatternTags.Order());

    [Theory]
    [MemberData(nameof(LabelledLanguages))]
    public void Every_language_with_translated_labels_has_patterns(string language)
    {
        Assert.True(HyphenationLanguages.Supports(language));
        Assert.NotNull(HyphenationLanguages.For(language));
    }

    [Theory]
    [MemberData(nameof(BundledPatterns))]
    public void Words_break_where_the_independent_implementation_breaks_them(string tag)
    {
        var hyphenator = HyphenatorFor(tag);
        var words = ExpectedWords($"hyph-{tag}.txt");
        Assert.True(words.Count >= 15, $"hyph-{tag}.txt has only {words.Count} words");

        var wrong = new List<string>();
        var breaksSeen = 0;
        foreach (var expected in words)
        {
            var word = expected.Replace("-", "", StringComparison.Ordinal);

            // The fixture's tool never breaks after the first letter or before the last: compare inside that.
            var low = Math.Max(2, hyphenator.LeftMin);
            var high = word.Length - Math.Max(2, hyphenator.RightMin);
            var want = Offsets(expected).Where(at => at >= low && at <= high).ToArray();
            var got = hyphenator.Breaks(word).Where(at => at >= low && at <= high).ToArray();
            if (word.Length < Hyphenator.MinimumWordLength)
            {
                want = [];
            }

            breaksSeen += want.Length;
            if (!want.SequenceEqual(got))
            {
                wrong.Add($"{word}: expected {Show(word, want)}, got {Show(word, got)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(breaksSeen >= words.Count, $"the list for {tag} has only {breaksSeen} breaks");
    }

    [Theory]
    [MemberData(nameof(BundledPatterns))]
    public void Words_of_the_exception_list_break_only_where_the_list_says(string tag)
    {
        var file = Path.Combine(FixtureBooks.RepositoryRoot, "src", "Publisher", "Pdf", "Text", "Hyphenation", "Patterns", $"hyph-{tag}.hyp.txt");
        if (!File.Exists(file))
        {
            Assert.DoesNotContain(tag, TagsWithExceptions);
            return;
        }

        var hyphenator = HyphenatorFor(tag);
        var entries = File.ReadAllText(file).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var word = entry.Replace("-", "", StringComparison.Ordinal);
            var want = Offsets(entry)
                .Where(at => at >= hyphenator.LeftMin && at <= word.Length - hyphenator.RightMin)
                .ToArray();
            Assert.Equal(word.Length < Hyphenator.MinimumWordLength ? [] : want, hyphenator.Breaks(word));
        }
    }

    private static readonly string[] TagsWithExceptions = ["cs", "en-gb", "en-us", "nb", "nl", "pl", "pt", "ru"];

    [Theory]
    [InlineData("en", "en-us")]
    [InlineData("en-US", "en-us")]
    [InlineData("en-GB", "en-gb")]
    [InlineData("de-AT", "de-1996")]
    [InlineData("el-GR", "el-monoton")]
    [InlineData("no", "nb")]
    [InlineData("pt_BR", "pt")]
    [InlineData("ja", null)]
    [InlineData("", null)]
    public void A_language_tag_chooses_patterns_by_its_primary_language(string tag, string? patterns) =>
        Assert.Equal(patterns, HyphenationLanguages.PatternTag(tag));

    private static Hyphenator HyphenatorFor(string tag)
    {
        var hyphenator = HyphenationLanguages.For(tag);
        Assert.NotNull(hyphenator);
        Assert.Equal(tag, hyphenator.Tag);
        return hyphenator;
    }

    private static List<string> ExpectedWords(string file) =>
        File.ReadAllLines(Path.Combine(FixtureBooks.RepositoryRoot, "tests", "fixtures", "hyphenation", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

    /// <summary>"hy-phen-ation" gives 2 and 6: where, in the word without hyphens, each break falls.</summary>
    private static int[] Offsets(string hyphenated)
    {
        var offsets = new List<int>();
        var letters = 0;
        foreach (var c in hyphenated)
        {
            if (c == '-')
            {
                offsets.Add(letters);
            }
            else
            {
                letters++;
            }
        }

        return [.. offsets];
    }

    private static string Show(string word, int[] breaks)
    {
        var shown = word;
        foreach (var at in breaks.Reverse())
        {
            shown = shown.Insert(at, "-");
        }

        return shown;
    }
}
