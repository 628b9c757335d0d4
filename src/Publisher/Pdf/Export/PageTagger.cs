using System.Text;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Export;

/// <summary>
/// One marked-content sequence of a page that belongs to the structure: its MCID (its index on the page), the run of
/// structure content it shows, and, for part of a word broken across lines, which part and its text.
/// </summary>
internal readonly record struct MarkedSequence(StructureContent Content, WordPart Part, string? WordText);

/// <summary>
/// Paints a page's items wrapped in marked content, as layout tagged them: consecutive items of one run of structure
/// content share one sequence (<c>/P &lt;&lt;/MCID n&gt;&gt; BDC ... EMC</c>, the tag being the element's type),
/// artifacts are wrapped as <c>/Artifact</c> of their type, and what layout left untagged (a decorative image has its
/// kind; nothing else should be) as a plain artifact. The two parts of a word broken at a line end get sequences of
/// their own, so the structure tree can join them into the word. Every text-showing operator ends up inside marked
/// content. Sequences never cross items' text objects (items close theirs), so they nest properly.
/// </summary>
internal sealed class PageTagger(PageFrame page, PagePainter painter, ContentStream content)
{
    private readonly List<MarkedSequence> _sequences = [];
    private readonly List<StructureContent?> _links = [];
    private StructureContent? _open;
    private ArtifactKind? _openArtifact;
    private WordPart _openPart;
    private StringBuilder? _word;

    /// <summary>The page's structure sequences, by MCID.</summary>
    public IReadOnlyList<MarkedSequence> Sequences => _sequences;

    /// <summary>The structure content of each link annotation the page gets, in the order of its link items.</summary>
    public IReadOnlyList<StructureContent?> Links => _links;

    public void PaintAll()
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case LinkItem link:
                    if (link.Url is not null || link.DestinationName is not null)
                    {
                        _links.Add(link.Content);
                    }

                    continue;
                case AnchorItem:
                case TextRunItem { Glyphs.Length: 0 }:
                    continue; // draws nothing
            }

            Mark(item);
            painter.Paint(item);
        }

        Close();
    }

    private void Mark(PageItem item)
    {
        var run = item as TextRunItem;
        if (item.Content is { } structure)
        {
            var part = run?.WordPart ?? WordPart.None;
            var continues = structure == _open && (run?.IsBreakHyphen == true ? _openPart.HasFlag(WordPart.Head) : _openPart == WordPart.None && part == WordPart.None);
            if (!continues)
            {
                Close();
                _open = structure;
                _openPart = run?.IsBreakHyphen == true ? WordPart.None : part;
                _word = _openPart == WordPart.None ? null : new StringBuilder();
                content.BeginMarkedContent(Tag(structure.Owner.Role), _sequences.Count);
                _sequences.Add(new MarkedSequence(structure, _openPart, null));
            }

            if (_word is not null && run is { IsBreakHyphen: false })
            {
                _word.Append(run.Text);
            }

            return;
        }

        var kind = item.Artifact;
        if (_openArtifact == kind)
        {
            return;
        }

        Close();
        _openArtifact = kind;
        content.BeginArtifact(kind switch
        {
            ArtifactKind.Pagination => "Pagination",
            ArtifactKind.Layout => "Layout",
            _ => null,
        });
    }

    private void Close()
    {
        if (_open is not null)
        {
            if (_word is not null)
            {
                _sequences[^1] = _sequences[^1] with { WordText = _word.ToString() };
                _word = null;
            }

            content.EndMarkedContent();
            _open = null;
            _openPart = WordPart.None;
        }
        else if (_openArtifact is not null)
        {
            content.EndMarkedContent();
            _openArtifact = null;
        }
    }

    /// <summary>The marked-content tag: the element's own type, as ISO 32000 suggests (any name would do).</summary>
    private static string Tag(StructureRole role) => RoleNames.Of(role);
}

/// <summary>The PDF names of the structure types, made once.</summary>
internal static class RoleNames
{
    private static readonly string[] Names = Enum.GetNames<StructureRole>();

    public static string Of(StructureRole role) => Names[(int)role];
}
