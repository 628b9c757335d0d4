using Publisher.Diagnostics;
using Publisher.Document;
using MdExtensions = Markdig.Extensions;

namespace Publisher.Markdown;

/// <summary>
/// The footnotes of one chapter: numbered in order of first reference (<c>fn-N</c>, <c>fnref-N</c>,
/// <c>fnref-N-2</c>...), converted once every reference is known, and unused definitions reported.
/// </summary>
internal sealed class FootnoteNumbering(ParsedChapter chapter, ChapterLocator locator, DiagnosticBag diagnostics)
{
    private readonly Dictionary<MdExtensions.Footnotes.Footnote, NoteState> _notes = [];
    private readonly List<MdExtensions.Footnotes.Footnote> _noteOrder = [];

    public FootnoteReference Reference(MdExtensions.Footnotes.FootnoteLink link)
    {
        if (!_notes.TryGetValue(link.Footnote, out var state))
        {
            state = new NoteState(_noteOrder.Count + 1);
            _notes[link.Footnote] = state;
            _noteOrder.Add(link.Footnote);
        }

        state.References++;
        var referenceId = state.References == 1 ? $"fnref-{state.Number}" : $"fnref-{state.Number}-{state.References}";
        return new FootnoteReference($"fn-{state.Number}", referenceId, state.Number);
    }

    /// <summary>Converts every referenced note with <paramref name="convertBlocks"/>, in number order.</summary>
    public List<Footnote> ConvertFootnotes(Func<MdExtensions.Footnotes.Footnote, List<Block>> convertBlocks)
    {
        var footnotes = new List<Footnote>();

        // A note may refer to another note: the list grows while we walk it.
        for (var i = 0; i < _noteOrder.Count; i++)
        {
            var note = _noteOrder[i];
            locator.Part = chapter.Parts.FirstOrDefault(p => p.Syntax is not null && note.Parent?.Parent == p.Syntax) ?? locator.Part;
            var number = _notes[note].Number;
            footnotes.Add(new Footnote($"fn-{number}", number, convertBlocks(note)));
        }

        return footnotes;
    }

    public void ReportUnusedFootnotes()
    {
        foreach (var part in chapter.Parts.Where(p => p.Syntax is not null))
        {
            locator.Part = part;
            // Markdig drops unreferenced notes from its tree, but keeps every label definition.
            foreach (var definition in MarkdigWalk.Blocks(part.Syntax!).OfType<MdExtensions.Footnotes.FootnoteLinkReferenceDefinition>())
            {
                var note = definition.Footnote;
                if (note is not null && !_notes.ContainsKey(note))
                {
                    diagnostics.Warning(
                        DiagnosticCodes.FootnoteUnused,
                        $"The footnote '[^{note.Label}]' is never referenced in this chapter; it was left out",
                        locator.Locate(definition));
                }
            }
        }
    }

    private sealed class NoteState(int number)
    {
        public int Number { get; } = number;
        public int References { get; set; }
    }
}
