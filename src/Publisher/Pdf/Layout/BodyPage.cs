using Publisher.Document;
namespace Publisher.Pdf.Layout;

/// <summary>A page of a chapter before its margins are drawn; <paramref name="IsOpening"/> for the chapter's first page.</summary>
internal sealed record BodyPage(ChapterDocument Chapter, bool IsOpening, IReadOnlyList<PlacedSlice> Content)
{
    /// <summary>False for a part's title page and the blank pages around it, which carry no folio (blind folios).</summary>
    public bool ShowsFolio { get; init; } = true;

    /// <summary>On a part's title page: the heading its Part element opens with (see <see cref="PageFrame.PartHeading"/>).</summary>
    public StructureNode? PartHeading { get; init; }
}
