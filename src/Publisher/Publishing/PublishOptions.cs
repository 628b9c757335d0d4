namespace Publisher.Publishing;

/// <summary>What to publish and where.</summary>
public sealed record PublishOptions
{
    /// <summary>The book folder: the one holding <c>book.yml</c>, <c>content/</c> and <c>images/</c>.</summary>
    public required string BookDirectory { get; init; }

    /// <summary>Where the artifacts go; <c>BOOK/artifacts</c> when null.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Which files to write.</summary>
    public OutputFormats Formats { get; init; } = OutputFormats.All;

    /// <summary>Treat every warning as an error: nothing is written when there is one.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Repair common mojibake (text decoded twice) in the output instead of only warning.</summary>
    public bool FixEncoding { get; init; }

    /// <summary>The book version to stamp into the outputs; <c>book.yml</c>'s <c>version</c> when null.</summary>
    public string? Version { get; init; }

    /// <summary>The version to stamp when neither <see cref="Version"/> nor <c>book.yml</c> gives one.</summary>
    public string? DefaultVersion { get; init; }

    /// <summary>
    /// The build timestamp; when null: SOURCE_DATE_EPOCH, else the newest git commit of the book, else a fixed date,
    /// so identical input gives byte-identical output.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }
}
