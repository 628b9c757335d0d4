using System.Text;
using Publisher.Document;
using Publisher.Pdf.Text;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Turns Document inlines into breakable pieces: styles become faces and colours, spaces become glue, and
/// break opportunities are marked at spaces and after hyphens and slashes.
/// </summary>
internal sealed class InlineCollector
{
    private const char SoftHyphen = '\u00AD';

    private readonly LayoutContext _context;
    private readonly List<TextPiece> _pieces = [];
    private readonly StringBuilder _word = new();
    private TextStyle? _wordStyle;
    private (string? Url, string? Destination) _wordLink;

    // Where the next character stands in the block's text (Inlines.TextLength), and where the word being built began:
    // each piece remembers its offset, so the typesetter can tell where in the text a page begins.
    private int _offset;
    private int _wordStart;

    private InlineCollector(LayoutContext context) => _context = context;

    public static List<TextPiece> Collect(IEnumerable<Inline> inlines, TextStyle style, LayoutContext context)
    {
        var collector = new InlineCollector(context);
        collector.Add(inlines, style, (null, null));
        collector.FlushWord(canBreakAfter: false);
        return collector._pieces;
    }

    /// <summary>Pieces of plain text in one style (headers, TOC entries, code).</summary>
    public static List<TextPiece> Collect(string text, TextStyle style, LayoutContext context) =>
        Collect([new TextInline(text)], style, context);

    private void Add(IEnumerable<Inline> inlines, TextStyle style, (string? Url, string? Destination) link)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    AddText(text.Text, style, link);
                    break;
                case StyledInline styled:
                    Add(styled.Content, Restyle(style, styled.Style), link);
                    break;
                case CodeInline code:
                    AddText(code.Code, style with
                    {
                        Face = style.Face is FontFace.SerifBold or FontFace.SerifBoldItalic or FontFace.SansBold ? FontFace.MonoBold : FontFace.Mono,
                        Size = style.Size * 0.86f,
                        Background = Typography.InlineCodeBackground,
                    }, link);
                    break;
                case LinkInline linked:
                    Add(linked.Content, style with { Color = Typography.LinkColor }, Resolve(linked.Target));
                    break;
                case FootnoteReference reference:
                    AddFootnoteReference(reference, style);
                    break;
                case ImageInline image:
                    AddImage(image, style, link);
                    break;
                case SoftBreak:
                    AddText(" ", style, link);
                    break;
                case LineBreak:
                    FlushWord(canBreakAfter: true);
                    if (_pieces.Count == 0)
                    {
                        _pieces.Add(new TextPiece("", style) { SourceOffset = _offset });
                    }

                    _pieces[^1].ForcedBreakAfter = true;
                    _pieces[^1].Glue = 0;
                    break;
                case HtmlInline html:
                    AddText(html.PlainText, style, link);
                    break;
            }
        }
    }

    private (string?, string?) Resolve(LinkTarget target) => target switch
    {
        ExternalTarget external => (external.Url, null),
        InternalTarget inside => (null, DestinationNames.For(inside.ChapterIndex, inside.AnchorId)),
        _ => (null, null),
    };

    private static TextStyle Restyle(TextStyle style, InlineStyle inlineStyle) => inlineStyle switch
    {
        InlineStyle.Emphasis => style with
        {
            Face = style.Face switch
            {
                FontFace.Serif => FontFace.SerifItalic,
                FontFace.SerifBold => FontFace.SerifBoldItalic,
                FontFace.SerifItalic => FontFace.Serif,
                FontFace.SerifBoldItalic => FontFace.SerifBold,
                var face => face,
            },
        },
        InlineStyle.Strong => style with
        {
            Face = style.Face switch
            {
                FontFace.Serif => FontFace.SerifBold,
                FontFace.SerifItalic => FontFace.SerifBoldItalic,
                FontFace.Sans => FontFace.SansBold,
                FontFace.Mono => FontFace.MonoBold,
                var face => face,
            },
        },
        InlineStyle.Strikethrough => style with { Strike = true },
        InlineStyle.Superscript => style with { Size = style.Size * 0.68f, Rise = style.Rise + style.Size * 0.36f },
        InlineStyle.Subscript => style with { Size = style.Size * 0.68f, Rise = style.Rise - style.Size * 0.14f },
        _ => style,
    };

    private void AddFootnoteReference(FootnoteReference reference, TextStyle style)
    {
        FlushWord(canBreakAfter: false);
        _context.FootnoteReferences.TryAdd(reference.NoteId, reference.ReferenceId);
        var superscript = style with
        {
            Size = style.Size * 0.68f,
            Rise = style.Rise + style.Size * 0.36f,
            Color = Typography.LinkColor,
            Strike = false,
        };
        var piece = new TextPiece(reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), superscript)
        {
            LinkDestination = _context.Destination(reference.NoteId),
            AnchorName = _context.Destination(reference.ReferenceId),
            SourceOffset = _offset,
        };
        _pieces.Add(piece);
        _offset += Inlines.TextLength(reference);
    }

    private void AddImage(ImageInline image, TextStyle style, (string? Url, string? Destination) link)
    {
        FlushWord(canBreakAfter: false);
        var (width, height) = ImageSizing.Natural(image.Image);
        var maxHeight = style.Size * 1.6f;
        var scale = Math.Min(1f, Math.Min(maxHeight / height, _context.Typography.TextWidth / width));
        _pieces.Add(new TextPiece(image.Image, width * scale, height * scale, style)
        {
            LinkUrl = link.Url,
            LinkDestination = link.Destination,
            SourceOffset = _offset,
        });
    }

    private void AddText(string text, TextStyle style, (string? Url, string? Destination) link)
    {
        if (_word.Length > 0 && (_wordStyle != style || _wordLink != link))
        {
            FlushWord(canBreakAfter: false);
        }

        _wordStyle = style;
        _wordLink = link;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u200B')
            {
                FlushWord(canBreakAfter: true);
            }
            else if (c == SoftHyphen)
            {
                AddSoftHyphen();
            }
            else if (IsBreakingSpace(c))
            {
                FlushWord(canBreakAfter: true);
                if (_pieces.Count > 0 && _pieces[^1].Glue == 0 && !_pieces[^1].ForcedBreakAfter)
                {
                    _pieces[^1].Glue = style.Font.SpaceAdvance * style.Size;
                    _pieces[^1].CanBreakAfter = true;
                    _pieces[^1].SoftHyphenAfter = false;
                }
            }
            else
            {
                if (_word.Length == 0)
                {
                    _wordStart = _offset + i;
                }

                _word.Append(c);

                // A break may follow a hyphen, dash or slash, but never splits "//" or "--".
                if (c is '-' or '/' or '\u2013' or '\u2014' && _word.Length > 1 && i + 1 < text.Length && !IsBreakingSpace(text[i + 1]) && text[i + 1] != c)
                {
                    FlushWord(canBreakAfter: true);
                }
            }
        }

        _offset += text.Length;
    }

    /// <summary>
    /// An author's soft hyphen inside a word ends the piece there: a line may break after it and then shows a
    /// hyphen. The character itself is dropped, so it is never drawn and copied text has the whole word.
    /// </summary>
    private void AddSoftHyphen()
    {
        if (_word.Length == 0)
        {
            return;
        }

        FlushWord(canBreakAfter: true);
        _pieces[^1].SoftHyphenAfter = true;
    }

    private static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u2002' or '\u2003' or '\u2009';

    private void FlushWord(bool canBreakAfter)
    {
        if (_word.Length == 0 || _wordStyle is null)
        {
            if (canBreakAfter && _pieces.Count > 0)
            {
                _pieces[^1].CanBreakAfter = true;
            }

            return;
        }

        var piece = new TextPiece(_word.ToString(), _wordStyle)
        {
            LinkUrl = _wordLink.Url,
            LinkDestination = _wordLink.Destination,
            CanBreakAfter = canBreakAfter,
            SourceOffset = _wordStart,
        };
        _context.NoteShaped(piece.Shape);
        _pieces.Add(piece);
        _word.Clear();
    }
}
