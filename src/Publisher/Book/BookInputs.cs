namespace Publisher.Book;

/// <summary>
/// Everything a build read from the book folder: the files it read (with their size and time stamp at the moment
/// of reading), the paths it looked for and did not find, and the folders it listed. <c>publisher watch</c> watches
/// exactly these and rebuilds when one of them changed.
/// </summary>
/// <remarks>
/// Every stage that opens a book file records it here: <see cref="BookLoader"/> records <c>book.yml</c>, the chapter
/// files and the chapter folder it lists; <see cref="BookFiles"/> the images and the places it looked for them.
/// Code that reads another file (a book layout's manifest, an included file) calls <see cref="FileRead"/> before it
/// reads and <see cref="PathMissing"/> when a file it looked for is not there, or the watch will not see it change.
/// Safe to use from several threads.
/// </remarks>
internal sealed class BookInputs
{
    private readonly Dictionary<string, FileStamp> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FolderListing> _listings = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Records that the file at <paramref name="fullPath"/> is about to be read. The stamp is taken before the read,
    /// so a change during the read shows as a change afterwards, never as no change.
    /// </summary>
    public void FileRead(string fullPath)
    {
        var stamp = FileStamp.Of(fullPath);
        lock (_gate)
        {
            _files.TryAdd(fullPath, stamp);
        }
    }

    /// <summary>Records that the build looked for <paramref name="fullPath"/> and did not find it.</summary>
    public void PathMissing(string fullPath)
    {
        lock (_gate)
        {
            _missing.Add(fullPath);
        }
    }

    /// <summary>
    /// Records that the build listed <paramref name="folder"/> and took the entries that <paramref name="include"/>
    /// accepts (by file name); a file that appears or disappears there changes the book.
    /// </summary>
    public void FolderListed(string folder, Func<string, bool> include)
    {
        var listing = new FolderListing(folder, include, FolderListing.Names(folder, include));
        lock (_gate)
        {
            _listings.TryAdd(folder, listing);
        }
    }

    /// <summary>The files read, full paths, in no particular order.</summary>
    public IReadOnlyList<string> Files
    {
        get
        {
            lock (_gate)
            {
                return [.. _files.Keys];
            }
        }
    }

    /// <summary>
    /// The folders to watch: those holding a file read, those listed, and for each missing path the nearest folder
    /// that exists (where the file, or a folder leading to it, would appear).
    /// </summary>
    public IReadOnlyList<string> Folders
    {
        get
        {
            lock (_gate)
            {
                return _files.Keys.Select(Path.GetDirectoryName)
                    .Concat(_missing.Select(NearestExistingFolder))
                    .Concat(_listings.Keys)
                    .OfType<string>()
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    /// <summary>
    /// The inputs that are no longer as the build found them, full paths, sorted: files changed or deleted, missing
    /// paths that now exist, listed folders whose entries changed. Empty when the book is as it was read.
    /// </summary>
    public IReadOnlyList<string> Changed()
    {
        List<KeyValuePair<string, FileStamp>> files;
        List<string> missing;
        List<FolderListing> listings;
        lock (_gate)
        {
            files = [.. _files];
            missing = [.. _missing];
            listings = [.. _listings.Values];
        }

        return files.Where(file => FileStamp.Of(file.Key) != file.Value).Select(file => file.Key)
            .Concat(missing.Where(path => File.Exists(path) || Directory.Exists(path)))
            .Concat(listings.Where(listing => listing.HasChanged()).Select(listing => listing.Folder))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string? NearestExistingFolder(string path)
    {
        var folder = Path.GetDirectoryName(path);
        while (folder is not null && !Directory.Exists(folder))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder;
    }

    /// <summary>What identifies a version of a file without reading it: whether it exists, its size and its time stamp.</summary>
    private readonly record struct FileStamp(bool Exists, long Length, DateTime LastWriteUtc)
    {
        public static FileStamp Of(string path)
        {
            try
            {
                var info = new FileInfo(path);
                return info.Exists ? new FileStamp(true, info.Length, info.LastWriteTimeUtc) : default;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return default;
            }
        }
    }

    private sealed record FolderListing(string Folder, Func<string, bool> Include, IReadOnlyList<string> Entries)
    {
        public bool HasChanged() => !Names(Folder, Include).SequenceEqual(Entries, StringComparer.Ordinal);

        public static IReadOnlyList<string> Names(string folder, Func<string, bool> include)
        {
            try
            {
                return Directory.Exists(folder)
                    ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(include).Order(StringComparer.Ordinal).ToList()
                    : [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [];
            }
        }
    }
}
