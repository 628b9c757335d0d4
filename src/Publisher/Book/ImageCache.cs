using Publisher.Document;

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
    /// The SVG of <paramref name="fullPath"/> as made self-contained (<see cref="SvgSanitizer"/>) this build: the array
    /// of the last build when the bytes are the same. The sanitizer writes a new array every time (what it takes in
    /// from other files can change), so this is what keeps an unchanged picture recognisable to later stages.
    /// </summary>
    public byte[] SameSanitized(string fullPath, byte[] sanitized)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(fullPath, out var entry))
            {
                return sanitized;
            }

            if (entry.Sanitized is { } earlier && earlier.AsSpan().SequenceEqual(sanitized))
            {
                return earlier;
            }

            entry.Sanitized = sanitized;
            return sanitized;
        }
    }

    /// <summary>
    /// The image as the book holds it: the very object of the last build when nothing about it changed (file, bytes,
    /// name in the book), so a chapter converted again and one kept from an earlier build share one picture, as in a
    /// one-off build, and the PDF embeds it once.
    /// </summary>
    public ImageResource Same(string fullPath, ImageResource image)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(fullPath, out var entry))
            {
                return image;
            }

            if (entry.Resource is { } earlier && earlier == image)
            {
                return earlier;
            }

            entry.Resource = image;
            return image;
        }
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

    private sealed class Entry(byte[] bytes, ImageCheck check)
    {
        public byte[] Bytes { get; } = bytes;

        public ImageCheck Check { get; } = check;

        public byte[]? Sanitized { get; set; }

        public ImageResource? Resource { get; set; }
    }
}
