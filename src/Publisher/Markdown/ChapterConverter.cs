using Publisher.Diagnostics;
using Publisher.Document;
using Publisher.Markdown.Html;

namespace Publisher.Markdown;

/// <summary>
/// Second pass over one chapter: turns its Markdig tree into Document blocks, numbers its footnotes,
/// resolves its links against every chapter, loads its images and turns its raw HTML into Document content.
/// The pieces, each in its own file: <see cref="BlockConverter"/>, <see cref="InlineConverter"/>,
/// <see cref="InlineHtmlTags"/>, <see cref="HtmlConverter"/> (raw HTML), <see cref="FootnoteNumbering"/>,
/// <see cref="ChapterUrls"/> (links and images), <see cref="ChapterLocator"/> and <see cref="NestingGuard"/>.
/// </summary>
internal sealed class ChapterConverter
{
    private readonly ParsedChapter _chapter;
    private readonly ChapterLocator _locator;
    private readonly ChapterUrls _urls;
    private readonly FootnoteNumbering _footnotes;
    private readonly BlockConverter _blocks;
    private readonly HtmlReport _htmlReport;

    public ChapterConverter(ParsedChapter chapter, ILinkResolver links, IContentFiles files, DiagnosticBag diagnostics)
    {
        _chapter = chapter;
        _locator = new ChapterLocator(chapter);
        _urls = new ChapterUrls(chapter, links, files, diagnostics);
        _footnotes = new FootnoteNumbering(chapter, _locator, diagnostics);
        var nesting = new NestingGuard(_locator, diagnostics);
        _htmlReport = new HtmlReport(diagnostics);
        var inlines = new InlineConverter(_locator, _urls, _footnotes, nesting, _htmlReport, diagnostics);
        _blocks = new BlockConverter(chapter, _locator, _urls, inlines, nesting, _htmlReport);
    }

    /// <summary>Images this chapter uses, in reading order (may repeat).</summary>
    public IReadOnlyList<ImageResource> Images => _urls.Images;

    public (IReadOnlyList<Block> Blocks, IReadOnlyList<Footnote> Footnotes) Convert()
    {
        var blocks = new List<Block>();
        foreach (var part in _chapter.Parts)
        {
            _locator.Part = part;
            if (part.Syntax is null)
            {
                var text = XmlCharacters.Clean(part.Text);
                blocks.Add(new ParagraphBlock([new TextInline(text)]) { Line = _chapter.Lines.Locate(part.Offset).Line });
            }
            else
            {
                blocks.AddRange(_blocks.ConvertChildren(part.Syntax, depth: 0));
            }
        }

        var footnotes = _footnotes.ConvertFootnotes(note => _blocks.ConvertChildren(note, depth: 1));
        _footnotes.ReportUnusedFootnotes();
        _htmlReport.Flush();
        return (blocks, footnotes);
    }
}
