using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Publisher.Pdf.Text.Hyphenation;

/// <summary>
/// The bundled hyph-utf8 patterns (<c>Patterns/</c>, see NOTICE), chosen by a book's or a span's BCP 47 language
/// tag. A language is read from the assembly the first time a word of it is hyphenated, once per process.
/// </summary>
internal static class HyphenationLanguages
{
    /// <summary>
    /// Pattern tag, left and right minimums for each bundled language, from TeX Live's language.dat entries
    /// (<c>lefthyphenmin</c>, <c>righthyphenmin</c>) for the same patterns.
    /// </summary>
    private static readonly Dictionary<string, (int Left, int Right)> Minimums = new(StringComparer.Ordinal)
    {
        ["cs"] = (2, 3),
        ["da"] = (2, 2),
        ["de-1996"] = (2, 2),
        ["el-monoton"] = (1, 1),
        ["en-gb"] = (2, 3),
        ["en-us"] = (2, 3),
        ["es"] = (2, 2),
        ["fi"] = (2, 2),
        ["fr"] = (2, 2),
        ["it"] = (2, 2),
        ["nb"] = (2, 2),
        ["nl"] = (2, 2),
        ["pl"] = (2, 2),
        ["pt"] = (2, 3),
        ["ru"] = (2, 2),
        ["sv"] = (2, 2),
        ["tr"] = (2, 2),
        ["uk"] = (2, 2),
    };

    private static readonly ConcurrentDictionary<string, Lazy<Hyphenator>> Loaded = new(StringComparer.Ordinal);

    private static long LoadTicks;

    /// <summary>The pattern tags bundled, e.g. <c>de-1996</c>.</summary>
    public static IReadOnlyCollection<string> PatternTags => Minimums.Keys;

    /// <summary>Time spent reading patterns so far in this process (for the benchmark).</summary>
    public static TimeSpan LoadTime => TimeSpan.FromTicks(Interlocked.Read(ref LoadTicks));

    /// <summary>The hyphenator for a language tag such as <c>en</c>, <c>en-GB</c> or <c>de-CH</c>; null when none is bundled.</summary>
    public static Hyphenator? For(string? language) =>
        PatternTag(language) is { } tag ? Loaded.GetOrAdd(tag, static t => new Lazy<Hyphenator>(() => Load(t))).Value : null;

    /// <summary>Whether words of <paramref name="language"/> can be hyphenated.</summary>
    public static bool Supports(string? language) => PatternTag(language) is not null;

    /// <summary>The bundled patterns for a BCP 47 tag: by its primary language, with the region choosing British English.</summary>
    public static string? PatternTag(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var parts = language.Trim().ToLowerInvariant().Split('-', '_');
        var tag = parts[0] switch
        {
            "en" => parts.Length > 1 && parts[1] is "gb" or "uk" or "ie" or "au" or "nz" or "in" or "za" ? "en-gb" : "en-us",
            "de" or "gsw" => "de-1996",
            "el" => "el-monoton",
            "no" or "nb" => "nb",
            var primary => primary,
        };
        return Minimums.ContainsKey(tag) ? tag : null;
    }

    private static Hyphenator Load(string tag)
    {
        var clock = Stopwatch.StartNew();
        using var patterns = Open($"hyph-{tag}.pat.txt") ?? throw new InvalidOperationException($"The patterns hyph-{tag}.pat.txt are not bundled.");
        using var exceptions = Open($"hyph-{tag}.hyp.txt");
        var (left, right) = Minimums[tag];
        var hyphenator = new Hyphenator(tag, LiangPatterns.Parse(patterns, exceptions), left, right);
        Interlocked.Add(ref LoadTicks, clock.Elapsed.Ticks);
        return hyphenator;
    }

    /// <summary>
    /// A pattern file: compiled into the library, or, for patterns under a copyleft licence (Czech, GPL 2 or later),
    /// the unmodified file shipped beside the library in <c>hyphenation/</c>, so the library only reads it as data.
    /// </summary>
    private static StreamReader? Open(string file)
    {
        if (Assembly.GetExecutingAssembly().GetManifestResourceStream("Publisher.Hyphenation." + file) is { } stream)
        {
            return new StreamReader(stream);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "hyphenation", file);
        return File.Exists(beside) ? new StreamReader(beside) : null;
    }
}
