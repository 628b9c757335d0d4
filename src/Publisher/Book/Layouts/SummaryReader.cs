using System.Text.RegularExpressions;
using Publisher.Diagnostics;
using Publisher.Document;

namespace Publisher.Book.Layouts;

/// <summary>Which tool's SUMMARY.md grammar to follow; they differ only in numbering and where chapters stand.</summary>
internal enum SummaryDialect
{
    /// <summary>mdBook: prefix chapters, numbered chapters (numbered 1., 1.1., ...), suffix chapters.</summary>
    MdBook,

    /// <summary>GitBook and HonKit: every entry is a chapter of the body; no numbers.</summary>
    GitBook,
}

/// <summary>
/// Reads a SUMMARY.md into a table of contents, line by line: an optional title heading; then prefix chapters
/// (<c>[Title](file.md)</c>), part titles (any later heading), numbered chapters as list items nested by indentation,
/// separators (<c>---</c>), and suffix chapters after the numbered ones. <c>[Title]()</c> is a draft, left out
/// (PUB123); a second entry for a file already listed is a contents entry for its <c>#section</c>; a line that is
/// none of these is reported (PUB122) and skipped.
/// </summary>
internal sealed partial class SummaryReader
{
    private readonly string _file;
    private readonly string _folder;
    private readonly SummaryDialect _dialect;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Node> _top = [];
    private readonly List<(int Indent, Node Node)> _open = [];
    private readonly List<int> _numbers = [];
    private readonly HashSet<string> _listed = new(StringComparer.Ordinal);
    private Node? _part;
    private Stage _stage = Stage.Prefix;
    private bool _seenAnything;

    private SummaryReader(string file, SummaryDialect dialect, DiagnosticBag diagnostics)
    {
        _file = file;
        var slash = file.LastIndexOf('/');
        _folder = slash < 0 ? "" : file[..(slash + 1)];
        _dialect = dialect;
        _diagnostics = diagnostics;
    }

    private enum Stage
    {
        Prefix,
        Numbered,
        Suffix,
    }

    /// <summary>The entries of <paramref name="text"/>, the SUMMARY.md at book-relative <paramref name="file"/>.</summary>
    public static IReadOnlyList<TocEntry> Read(string text, string file, SummaryDialect dialect, DiagnosticBag diagnostics)
    {
        var reader = new SummaryReader(file, dialect, diagnostics);
        reader.ReadLines(text);
        return reader._top.SelectMany(node => node.ToEntries()).ToList();
    }

    private void ReadLines(string text)
    {
        var lines = text.Split('\n');
        var inComment = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            var location = new SourceLocation(_file, i + 1, 1 + line.Length - line.TrimStart().Length);
            if (inComment || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            ReadLine(line, location);
        }
    }

    private void ReadLine(string line, SourceLocation location)
    {
        if (Heading().Match(line) is { Success: true } heading)
        {
            Part(Plain(heading.Groups["text"].Value), location);
        }
        else if (Separator().IsMatch(line))
        {
            _open.Clear(); // a separator ends any nesting; it shows nothing in an ebook's contents
        }
        else if (ListItem().Match(line) is { Success: true } item)
        {
            ListEntry(Indent(item.Groups["indent"].Value), item.Groups["content"].Value, location);
        }
        else if (LinkLine().IsMatch(line.Trim()) && ParseLink(line.Trim()) is { } link)
        {
            AffixEntry(link, location);
        }
        else
        {
            _diagnostics.Warning(
                DiagnosticCodes.SummaryLineIgnored,
                $"this line of {FileName} is not a chapter entry, a part title or a separator; it is ignored",
                location,
                "write chapters as '- [Title](file.md)' and parts as '# Part title'");
        }

        _seenAnything = true;
    }

    private void Part(string title, SourceLocation location)
    {
        // The first heading, before any entry, is the summary's own title ("# Summary"), not a part.
        if (!_seenAnything)
        {
            return;
        }

        _open.Clear();
        _part = new Node(NodeKind.Part, title, null, null, ChapterMatter.Body, location);
        _top.Add(_part);
        if (_stage == Stage.Prefix)
        {
            _stage = Stage.Numbered;
        }
    }

    private void ListEntry(int indent, string content, SourceLocation location)
    {
        if (_stage == Stage.Suffix && _dialect == SummaryDialect.MdBook)
        {
            _diagnostics.Warning(
                DiagnosticCodes.SummaryLineIgnored,
                "a numbered chapter after the suffix chapters is read as a suffix chapter",
                location,
                "move the numbered chapters above the suffix chapters");
        }
        else
        {
            _stage = Stage.Numbered;
        }

        while (_open.Count > 0 && _open[^1].Indent >= indent)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        var number = _dialect == SummaryDialect.MdBook && _stage == Stage.Numbered ? NextNumber(_open.Count) : null;
        var matter = _stage == Stage.Suffix ? ChapterMatter.Back : ChapterMatter.Body;
        var node = ParseLink(content) is { } link
            ? Linked(link, matter, number, location)
            : new Node(NodeKind.Part, Plain(content), null, null, matter, location); // a title without a page groups what is nested under it
        if (node is null)
        {
            return;
        }

        Siblings().Add(node);
        _open.Add((indent, node));
    }

    private void AffixEntry((string Title, string Target) link, SourceLocation location)
    {
        if (_stage == Stage.Numbered)
        {
            _stage = Stage.Suffix;
            _part = null;
        }

        _open.Clear();
        var matter = _stage == Stage.Prefix ? ChapterMatter.Front : ChapterMatter.Back;
        if (_dialect == SummaryDialect.GitBook)
        {
            matter = ChapterMatter.Body;
        }

        if (Linked(link, matter, null, location) is { } node)
        {
            (_part?.Children ?? _top).Add(node);
        }
    }

    private List<Node> Siblings() => _open.Count > 0 ? _open[^1].Node.Children : _part?.Children ?? _top;

    private Node? Linked((string Title, string Target) link, ChapterMatter matter, string? number, SourceLocation location)
    {
        var title = Plain(link.Title);
        if (link.Target.Length == 0)
        {
            _diagnostics.Info(
                DiagnosticCodes.DraftChapter,
                $"'{title}' is a draft chapter (no file); it is left out of the book",
                location);
            return new Node(NodeKind.Draft, title, null, null, matter, location);
        }

        if (WebAddress().IsMatch(link.Target))
        {
            _diagnostics.Info(
                DiagnosticCodes.SummaryWebLink,
                $"'{title}' links to a web page, not a chapter file; an ebook's contents list only its chapters, so it is left out",
                location);
            return null;
        }

        var (path, anchor) = SplitTarget(link.Target);
        var bookPath = _folder + path;
        if (_listed.Add(bookPath))
        {
            return new Node(NodeKind.Chapter, title, bookPath, null, matter, location) { Number = number };
        }

        if (anchor is not null)
        {
            return new Node(NodeKind.Section, title, bookPath, anchor, matter, location);
        }

        _diagnostics.Warning(
            DiagnosticCodes.DuplicateChapterEntry,
            $"'{path}' is listed twice in {FileName}; the second entry is ignored",
            location);
        return null;
    }

    private string NextNumber(int depth)
    {
        if (_numbers.Count > depth + 1)
        {
            _numbers.RemoveRange(depth + 1, _numbers.Count - depth - 1);
        }

        while (_numbers.Count <= depth)
        {
            _numbers.Add(0);
        }

        _numbers[depth]++;
        return string.Join('.', _numbers) + ".";
    }

    private string FileName => _file[(_file.LastIndexOf('/') + 1)..];

    private static int Indent(string whitespace) => whitespace.Sum(c => c == '\t' ? 4 : 1);

    /// <summary>
    /// <c>[Title](target "tooltip")</c> with brackets and parentheses balanced, or null when the text is not one link.
    /// </summary>
    private static (string Title, string Target)? ParseLink(string text)
    {
        text = text.Trim();
        if (!text.StartsWith('['))
        {
            return null;
        }

        var close = Balanced(text, 0, '[', ']');
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(')
        {
            return null;
        }

        var end = Balanced(text, close + 1, '(', ')');
        if (end != text.Length - 1)
        {
            return null;
        }

        var title = text[1..close];
        var target = text[(close + 2)..end].Trim();
        if (target.StartsWith('<') && target.IndexOf('>') is var angle and > 0)
        {
            target = target[1..angle];
        }
        else if (target.IndexOfAny([' ', '\t']) is var space and > 0)
        {
            target = target[..space]; // a "tooltip" after the target
        }

        return (title, target);
    }

    private static int Balanced(string text, int open, char opening, char closing)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == opening)
            {
                depth++;
            }
            else if (text[i] == closing && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static (string Path, string? Anchor) SplitTarget(string target)
    {
        var hash = target.IndexOf('#');
        var path = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? null : Unescape(target[(hash + 1)..]);
        if (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return (Unescape(path), anchor is { Length: > 0 } ? anchor : null);
    }

    private static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    /// <summary>A title as plain text: code spans, emphasis marks and backslash escapes removed, entities decoded.</summary>
    public static string Plain(string markdown)
    {
        var text = markdown.Replace("`", "", StringComparison.Ordinal);
        text = Emphasis().Replace(text, "");
        text = Escape().Replace(text, "$1");
        return System.Net.WebUtility.HtmlDecode(text).Trim();
    }

    private enum NodeKind
    {
        Part,
        Chapter,
        Section,
        Draft,
    }

    /// <summary>An entry while the file is read; children are still being added.</summary>
    private sealed class Node(NodeKind kind, string title, string? path, string? anchor, ChapterMatter matter, SourceLocation location)
    {
        public List<Node> Children { get; } = [];

        public string? Number { get; init; }

        /// <summary>The finished entries; a draft gives its children to its parent.</summary>
        public IEnumerable<TocEntry> ToEntries()
        {
            var children = Children.SelectMany(child => child.ToEntries()).ToList();
            return kind switch
            {
                NodeKind.Part => [new TocPart(title, children, location)],
                NodeKind.Chapter => [new TocChapter(path!, title, matter, children, location, Number)],
                NodeKind.Section => [new TocSection(path!, anchor!, title, location), .. children],
                _ => children,
            };
        }
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?)(\s+#+)?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}((\*\s*){3,}|(-\s*){2,}|(_\s*){3,})$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<indent>[ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(?<content>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]+:|//)")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"^\[.*\]\(.*\)$")]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"(?<![\w\\])[*_]{1,3}(?=\S)|(?<=[^\s\\])[*_]{1,3}(?!\w)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>])")]
    private static partial Regex Escape();
}
