namespace Publisher.Pdf.Layout;

/// <summary>
/// The notes at the foot of the page being filled: a short rule, then the notes first referenced on the page, in
/// order. A note taller than <see cref="MaxShare"/> of the text height may be split line by line; its other lines
/// open the next page's note area. The page flow saves the area before each body slice, so a page break that moves
/// slices on to the next page takes their notes with them.
/// </summary>
internal sealed class FootnoteArea(ChapterNotes notes, float textHeight)
{
    /// <summary>The share of the text height a note may take before it is split rather than moved whole.</summary>
    public const float MaxShare = 0.5f;

    private const float Tolerance = 0.01f;

    private readonly List<Slice> _lines = [];
    private readonly List<string> _idsOnPage = [];
    private readonly HashSet<string> _placed = new(StringComparer.Ordinal);
    private IReadOnlyList<Slice> _carry = [];

    /// <summary>The area's height: nothing while it is empty, else the rule and every line with the gaps between notes.</summary>
    public float Height { get; private set; }

    /// <summary>Whether the page has notes (a page may hold only the rest of a split note).</summary>
    public bool HasNotes => _lines.Count > 0;

    /// <summary>What <see cref="Restore"/> needs to undo what was added since.</summary>
    public readonly record struct State(int Lines, int Ids, float Height, IReadOnlyList<Slice> Carry);

    public State Save() => new(_lines.Count, _idsOnPage.Count, Height, _carry);

    public void Restore(State state)
    {
        _lines.RemoveRange(state.Lines, _lines.Count - state.Lines);
        for (var k = state.Ids; k < _idsOnPage.Count; k++)
        {
            _placed.Remove(_idsOnPage[k]);
        }

        _idsOnPage.RemoveRange(state.Ids, _idsOnPage.Count - state.Ids);
        Height = state.Height;
        _carry = state.Carry;
    }

    /// <summary>
    /// Adds the notes a body slice references for the first time, when the whole area then fits in
    /// <paramref name="room"/> (the text height left below the slice); otherwise adds nothing and answers false.
    /// Notes taller than <see cref="MaxShare"/>, or referenced by the first slice of a page, are split instead:
    /// the lines that fit stay, the rest continue on the next page.
    /// </summary>
    public bool TryAdd(IReadOnlyList<string>? ids, float room, bool firstOnPage)
    {
        var fresh = ids?.Where(id => !_placed.Contains(id) && notes.Lines.ContainsKey(id)).ToList() ?? [];
        if (fresh.Count == 0)
        {
            return Height <= room + Tolerance;
        }

        var lines = fresh.SelectMany(id => notes.Lines[id]).ToList();
        if (_carry.Count > 0)
        {
            // A note already continues on the next page; notes referenced after it follow it there.
            if (!firstOnPage)
            {
                return false;
            }

            Mark(fresh);
            _carry = [.. _carry, .. lines];
            return Height <= room + Tolerance;
        }

        var added = Height + lines.Select((line, k) => Cost(line, _lines.Count + k == 0)).Sum();
        if (added <= room + Tolerance)
        {
            Mark(fresh);
            lines.ForEach(Append);
            return true;
        }

        if (!firstOnPage && added - Height <= textHeight * MaxShare)
        {
            return false;
        }

        var saved = Save();
        Mark(fresh);
        var fitting = 0;
        while (fitting < lines.Count && Height + Cost(lines[fitting], _lines.Count == 0) <= room + Tolerance)
        {
            Append(lines[fitting++]);
        }

        if (fitting == 0 && !firstOnPage)
        {
            Restore(saved);
            return false;
        }

        _carry = lines.Skip(fitting).ToList();
        return true;
    }

    /// <summary>
    /// The page's notes placed at the foot of its text block, rule first; then the area starts over with the rest
    /// of a split note, as much of it as fits in <see cref="MaxShare"/> of the next page.
    /// </summary>
    public List<PlacedSlice> FinishPage()
    {
        var placed = new List<PlacedSlice>(_lines.Count + 1);
        if (_lines.Count > 0)
        {
            var y = textHeight - Height;
            placed.Add(new PlacedSlice(notes.Separator, y));
            y += notes.Separator.Height;
            for (var k = 0; k < _lines.Count; k++)
            {
                y += k == 0 ? 0 : _lines[k].SpaceBefore;
                placed.Add(new PlacedSlice(_lines[k], y));
                y += _lines[k].Height;
            }
        }

        _lines.Clear();
        _idsOnPage.Clear();
        Height = 0;
        var carry = _carry;
        var taken = 0;
        while (taken < carry.Count && (taken == 0 || Height + Cost(carry[taken], false) <= textHeight * MaxShare + Tolerance))
        {
            Append(carry[taken++]);
        }

        _carry = carry.Skip(taken).ToList();
        return placed;
    }

    /// <summary>The height a line adds: the first line of the area brings the rule, the others their space before.</summary>
    private float Cost(Slice line, bool first) => (first ? notes.Separator.Height : line.SpaceBefore) + line.Height;

    private void Append(Slice line)
    {
        Height += Cost(line, _lines.Count == 0);
        _lines.Add(line);
    }

    private void Mark(List<string> ids)
    {
        foreach (var id in ids)
        {
            _placed.Add(id);
            _idsOnPage.Add(id);
        }
    }
}
