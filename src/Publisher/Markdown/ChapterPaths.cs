namespace Publisher.Markdown;

/// <summary>Resolves a relative reference between book files, as text only: nothing is opened.</summary>
internal static class ChapterPaths
{
    /// <summary>
    /// The book-relative path (forward slashes) that <paramref name="reference"/>, written in
    /// <paramref name="fromFile"/>, names; null when it is absolute or climbs out of the book folder.
    /// </summary>
    public static string? Resolve(string reference, string fromFile)
    {
        var normalized = reference.Replace('\\', '/');
        if (normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':'))
        {
            return null;
        }

        var lastSlash = fromFile.LastIndexOf('/');
        var segments = new List<string>(lastSlash < 0 ? [] : fromFile[..lastSlash].Split('/'));
        foreach (var segment in normalized.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }
}
