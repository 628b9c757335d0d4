using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Markdown;

/// <summary>
/// The element ids of one chapter: GitHub-style slugs for headings, explicit <c>{#id}</c>s and ids from raw HTML,
/// all unique and valid XML ids. Footnote ids (<c>fn-1</c>, <c>fnref-1</c>) are reserved.
/// </summary>
internal sealed partial class ElementIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    // The next number to try after each base id, so a title used n times costs n tries, not n squared.
    private readonly Dictionary<string, int> _nextNumber = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> All => _used;

    public bool Contains(string id) => _used.Contains(id);

    /// <summary>Claims an explicit id as written; returns a unique variant (and false) when it was taken.</summary>
    public bool TryClaimExact(string id, out string claimed)
    {
        var valid = MakeValid(id);
        if (valid == id && !IsTaken(id))
        {
            _used.Add(id);
            claimed = id;
            return true;
        }

        claimed = ClaimUnique(valid);
        return false;
    }

    /// <summary>Claims the slug of a heading's text, made unique with <c>-1</c>, <c>-2</c>...</summary>
    public string ClaimSlug(string headingText) => ClaimUnique(MakeValid(Slug(headingText)));

    /// <summary>Marks an id as used without changing it (ids already checked elsewhere).</summary>
    public bool Register(string id) => XmlText.IsNcName(id) && !IsTaken(id) && _used.Add(id);

    private string ClaimUnique(string baseId)
    {
        // A slug that looks like a footnote id cannot be numbered out of the clash (fnref-1-2 is one too).
        if (FootnoteId().IsMatch(baseId))
        {
            baseId = "h-" + baseId;
        }

        var id = baseId;
        if (IsTaken(id))
        {
            // Ids are never given back, so every number below the one remembered is still taken.
            var n = _nextNumber.GetValueOrDefault(baseId, 1);
            while (IsTaken(id = $"{baseId}-{n}"))
            {
                n++;
            }

            _nextNumber[baseId] = n + 1;
        }

        _used.Add(id);
        return id;
    }

    private bool IsTaken(string id) => _used.Contains(id) || FootnoteId().IsMatch(id);

    /// <summary>GitHub's rule: lower case, punctuation removed, spaces become hyphens; letters of every script kept.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == ' ')
            {
                builder.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c) ||
                     category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Drops characters an XML id cannot hold and prefixes ids that cannot start one (<c>2024</c> becomes <c>h-2024</c>).</summary>
    public static string MakeValid(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (System.Xml.XmlConvert.IsNCNameChar(c))
            {
                builder.Append(c);
            }
        }

        var valid = builder.ToString();
        if (valid.Length == 0)
        {
            return "section";
        }

        return System.Xml.XmlConvert.IsStartNCNameChar(valid[0]) ? valid : "h-" + valid;
    }

    [GeneratedRegex(@"^(fn-\d+|fnref-\d+(-\d+)?)$")]
    private static partial Regex FootnoteId();
}
