using System.Xml.Linq;
using Publisher.Document;

namespace Publisher.Epub;

/// <summary>The fixed names of the files and namespaces of the EPUB: one place, so pages link to each other safely.</summary>
internal static class EpubNames
{
    public const string ContentFolder = "OEBPS";
    public const string PackageDocument = "content.opf";
    public const string Navigation = "nav.xhtml";
    public const string NcxFile = "toc.ncx";
    public const string Stylesheet = "styles/book.css";
    public const string CoverPage = "cover.xhtml";
    public const string TitlePage = "title.xhtml";

    public const string XhtmlMediaType = "application/xhtml+xml";

    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace NcxNamespace = "http://www.daisy.org/z3986/2005/ncx/";
    public static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    public static readonly XNamespace MathMl = "http://www.w3.org/1998/Math/MathML";

    /// <summary>The content document of a chapter, relative to the package document.</summary>
    public static string ChapterFile(ChapterDocument chapter) => $"{chapter.Id}.xhtml";

    /// <summary>Where an outline entry points, relative to the package document, e.g. <c>ch02.xhtml#tables</c>.</summary>
    public static string Href(BookDocument book, OutlineItem entry)
    {
        var file = ChapterFile(book.Chapters[entry.ChapterIndex]);
        return entry.AnchorId is null ? file : $"{file}#{entry.AnchorId}";
    }
}
