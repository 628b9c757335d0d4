namespace Publisher.Document;

/// <summary>Where a link goes, resolved: outside the book, or to a chapter and optional anchor inside it.</summary>
internal abstract record LinkTarget;

/// <summary>A URL outside the book (http, https, mailto...).</summary>
internal sealed record ExternalTarget(string Url) : LinkTarget;

/// <summary>A place in the book: the chapter's <see cref="ChapterDocument.Index"/> and an optional element id in it.</summary>
internal sealed record InternalTarget(int ChapterIndex, string? AnchorId) : LinkTarget;
