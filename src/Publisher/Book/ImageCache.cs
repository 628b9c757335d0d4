namespace Publisher.Book;

/// <summary>
/// Checked images kept from one build to the next (by <c>publisher watch</c>), so an image is decoded and checked
/// again only when its bytes change. The same bytes give back the same <see cref="ImageCheck"/>, whose data array is
/// then shared by the builds: later stages recognise an unchanged image by it.
/// </summary>
internal sealed class ImageCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The check of <paramref name="bytes"/>, read from <paramref name="fullPath"/>: the earlier one when the bytes are the same.</summary>
    public ImageCheck Check(string fullPath, byte[] bytes)
    {
        lock (_gate)
        {
            _used.Add(fullPath);
            if (_entries.TryGetValue(fullPath, out var entry) && entry.Bytes.AsSpan().SequenceEqual(bytes))
            {
                return entry.Check;
            }
        }

        var check = ImageDecoder.Check(bytes);
        lock (_gate)
        {
            _entries[fullPath] = new Entry(bytes, check);
        }

        return check;
    }

    /// <summary>
    /// Forgets the images the build that just ended did not use, so memory follows the book; a build that used none
    /// (it stopped early, or the book has none) forgets nothing.
    /// </summary>
    public void Sweep()
    {
        lock (_gate)
        {
            if (_used.Count == 0)
            {
                return;
            }

            foreach (var path in _entries.Keys.Where(path => !_used.Contains(path)).ToList())
            {
                _entries.Remove(path);
            }

            _used.Clear();
        }
    }

    private sealed record Entry(byte[] Bytes, ImageCheck Check);
}
