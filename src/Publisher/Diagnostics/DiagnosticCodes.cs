namespace Publisher.Diagnostics;

/// <summary>
/// Every diagnostic code in one place. 1xx: the book and its files; 2xx: Markdown content;
/// 3xx: typesetting; 4xx: writing the outputs. The README's "Diagnostics" section lists them.
/// </summary>
internal static class DiagnosticCodes
{
    public const string ManifestMissing = "PUB100";
    public const string ManifestInvalidYaml = "PUB101";
    public const string ManifestUnknownKey = "PUB102";
    public const string ManifestWrongType = "PUB103";
    public const string NoChapters = "PUB104";
    public const string ChapterFileMissing = "PUB105";
    public const string EmptyChapter = "PUB106";
    public const string ChapterWithoutTitle = "PUB107";
    public const string InvalidUtf8 = "PUB108";
    public const string Mojibake = "PUB109";
    public const string PathEscapesBook = "PUB110";
    public const string ManifestMissingValue = "PUB111";
    public const string DuplicateChapterTitle = "PUB112";
    public const string DuplicateChapterEntry = "PUB113";
    public const string FileTooLarge = "PUB114";
    public const string SvgNetworkResource = "PUB115";
    public const string SvgContentRemoved = "PUB116";

    // Book layouts (book.toml, book.json, SUMMARY.md) and the directives and template tags of their chapters.
    public const string LayoutFileInvalid = "PUB120";
    public const string LayoutValueIgnored = "PUB121";
    public const string SummaryLineIgnored = "PUB122";
    public const string DraftChapter = "PUB123";
    public const string SummaryMissing = "PUB124";
    public const string IncludeMissing = "PUB125";
    public const string IncludeAnchorMissing = "PUB126";
    public const string IncludeCycle = "PUB127";
    public const string IncludeTooDeep = "PUB128";
    public const string DirectiveInvalid = "PUB129";
    public const string TemplateTagUnknown = "PUB130";
    public const string TemplateVariableUnknown = "PUB131";
    public const string ChaptersOverrideSummary = "PUB132";
    public const string TitleFromChapter = "PUB133";
    public const string SummaryWebLink = "PUB134";

    public const string ImageMissing = "PUB200";
    public const string ChapterLinkUnresolved = "PUB201";
    public const string AnchorUnresolved = "PUB202";
    public const string FootnoteUndefined = "PUB203";
    public const string FootnoteUnused = "PUB204";
    public const string UnsafeHtmlRemoved = "PUB205";
    public const string HtmlRepaired = "PUB206";
    public const string DuplicateHeadingId = "PUB207";
    public const string ImageUnreadable = "PUB208";
    public const string ImageDownscaled = "PUB209";
    public const string NestingTooDeep = "PUB210";
    public const string RemoteImage = "PUB211";

    // Links into the repository and the web edition, and titles of books written for other tools.
    public const string LinkToRepository = "PUB215";
    public const string LinkToWebEdition = "PUB216";
    public const string AnchorCaseMismatch = "PUB217";
    public const string LinkSchemeUnregistered = "PUB218";
    public const string LinkEncoded = "PUB219";
    public const string SeriesTitle = "PUB220";

    // Raw HTML made valid (PUB230-PUB249).
    public const string HtmlUnknownElement = "PUB230";
    public const string HtmlPresentationDropped = "PUB231";
    public const string HtmlElementMoved = "PUB232";
    public const string HtmlElementDropped = "PUB233";
    public const string HtmlNotInPdf = "PUB234";

    // Accessibility (PUB255-PUB259).
    public const string ImageWithoutAltText = "PUB255";

    public const string MissingGlyphs = "PUB300";
    public const string ContentTooLarge = "PUB301";
    public const string FontFileMissing = "PUB310";
    public const string FontFileUnusable = "PUB311";
    public const string NoHyphenationPatterns = "PUB320";

    public const string OutputNotWritable = "PUB400";
    public const string WatchBuildCrashed = "PUB405";
}
