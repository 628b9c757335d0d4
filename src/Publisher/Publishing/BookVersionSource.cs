namespace Publisher.Publishing;

/// <summary>Where the version stamped into the ebooks came from.</summary>
public enum BookVersionSource
{
    /// <summary>The book has no version: none was given and book.yml has none.</summary>
    None,

    /// <summary><see cref="PublishOptions.Version"/> (the command line's <c>--book-version</c>).</summary>
    Options,

    /// <summary>The <c>version</c> key of book.yml.</summary>
    Manifest,

    /// <summary><see cref="PublishOptions.DefaultVersion"/>, since neither of the others gave one.</summary>
    Default,
}
